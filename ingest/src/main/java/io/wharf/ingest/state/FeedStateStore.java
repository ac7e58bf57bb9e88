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
 * upserts absorb. Thread-safe: all methods synchronise on the store.
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
        sources.put(id, new SourceState(etag, lastModified, 0));
    }

    public synchronized int recordFailure(String id) {
        SourceState s = source(id);
        SourceState next = new SourceState(s.etag(), s.lastModified(), s.failures() + 1);
        sources.put(id, next);
        return next.failures();
    }

    public synchronized boolean seen(String articleId) {
        return seen.contains(articleId);
    }

    public synchronized void markSeen(String articleId) {
        seen.remove(articleId);
        seen.add(articleId);
        while (seen.size() > maxSeen) {
            seen.remove(seen.iterator().next());
        }
    }

    /** Writes the state to disk atomically. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            MAPPER.writeValue(tmp.toFile(), new Snapshot(new HashMap<>(sources), new ArrayList<>(seen)));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ingest state " + file, e);
        }
    }
}
