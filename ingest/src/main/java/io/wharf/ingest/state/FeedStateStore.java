package io.wharf.ingest.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wharf.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Ingest state that must survive restarts: per-source HTTP validators and failure counts, and the ids of the
 * articles already published (bounded, oldest forgotten first). It lives in one JSON file in the data
 * directory, written atomically (temp file + rename), because ingest must not depend on the database of the
 * store stage and the state is small; a lost file only means items are published again, which the store's
 * upserts absorb. Thread-safe: all methods synchronise on the store, so that the poller's threads share one; an id is
 * claimed by one poll while its article is on the way ({@link #claim}), so that two sources carrying the same link at
 * the same time publish it once.
 */
public final class FeedStateStore {
    public record SourceState(String etag, String lastModified, int failures) {
        static final SourceState EMPTY = new SourceState(null, null, 0);
    }

    record Snapshot(Map<String, SourceState> sources, List<String> seen) {}

    private static final ObjectMapper MAPPER = Json.mapper();
    private final Path file;
    private final int maxSeen;
    private final Map<String, SourceState> sources = new HashMap<>();
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    /** Ids whose article is being published by some poll: not seen yet, not to be taken up by another. In memory only. */
    private final java.util.Set<String> claimed = new java.util.HashSet<>();
    private boolean dirty;
    private final Object writeLock = new Object();

    public FeedStateStore(Path file, int maxSeen) {
        this.file = file;
        this.maxSeen = maxSeen;
        if (Files.isRegularFile(file)) {
            try {
                Snapshot s = MAPPER.readValue(file.toFile(), Snapshot.class);
                if (s.sources() != null) {
                    sources.putAll(s.sources());
                }
                if (s.seen() != null) {
                    seen.addAll(s.seen());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // One line an operator can act on; the parser's internals (source echo, token dump) are not.
                throw new IllegalArgumentException("ingest state file " + file + " is corrupt at " + io.wharf.model.ParseErrors.describe(e)
                        + " (move it aside to start over; every item is then new again)", e);
            } catch (IOException e) {
                throw new IllegalArgumentException("ingest state file " + file + " is unreadable: " + e.getMessage()
                        + " (move it aside to start over)", e);
            }
        }
    }

    public synchronized SourceState source(String id) {
        return sources.getOrDefault(id, SourceState.EMPTY);
    }

    public synchronized void recordSuccess(String id, String etag, String lastModified) {
        SourceState next = new SourceState(etag, lastModified, 0);
        dirty |= !next.equals(sources.put(id, next));
    }

    public synchronized int recordFailure(String id) {
        SourceState s = source(id);
        SourceState next = new SourceState(s.etag(), s.lastModified(), s.failures() + 1);
        sources.put(id, next);
        dirty = true;
        return next.failures();
    }

    public synchronized boolean seen(String articleId) {
        return seen.contains(articleId);
    }

    /** True when the id was neither seen nor claimed, and is now claimed by the caller until it marks or releases it. */
    public synchronized boolean claim(String articleId) {
        return !seen.contains(articleId) && claimed.add(articleId);
    }

    /** The claimed article was not published (deferred, failed): another poll may take it up. */
    public synchronized void release(String articleId) {
        claimed.remove(articleId);
    }

    /** The article was published (acknowledged), or is to be skipped for good; also ends a claim on it. */
    public synchronized void markSeen(String articleId) {
        claimed.remove(articleId);
        dirty = true;
        seen.remove(articleId);
        seen.add(articleId);
        while (seen.size() > maxSeen) {
            seen.remove(seen.iterator().next());
        }
    }

    /**
     * Writes the state to disk atomically, when it changed since the last write. The file is written outside the
     * store's lock (from a copy taken under it), so that polls and the output's acknowledgements marking ids seen are
     * not held up by a large file; one write at a time.
     */
    public void save() {
        synchronized (writeLock) {
            Snapshot snapshot;
            synchronized (this) {
                if (!dirty && Files.exists(file)) {
                    return;
                }
                snapshot = new Snapshot(new HashMap<>(sources), new ArrayList<>(seen));
                dirty = false;
            }
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                MAPPER.writeValue(tmp.toFile(), snapshot);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                synchronized (this) {
                    dirty = true;
                }
                throw new UncheckedIOException("cannot write ingest state " + file, e);
            }
        }
    }
}
