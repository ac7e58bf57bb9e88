package io.wharf.ingest.dedup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the earlier article a new one nearly duplicates (the same press release from several wires, a light
 * rewrite), by locality-sensitive hashing of MinHash signatures: candidates share a band of the signature, and
 * the first candidate over the similarity threshold wins. Remembers the most recent {@code capacity} articles of the
 * last {@code maxAge}; with a file, they are saved there ({@link #saveQuietly}) and read back at start, so that a copy
 * is recognised across restarts. A file that cannot be read is logged with its path and set aside: the index starts
 * empty, which only means copies of older articles are published as originals. Thread-safe: all methods synchronise,
 * the poller's threads share one index.
 */
public final class NearDuplicateIndex {
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateIndex.class);
    private static final int BANDS = 16;
    private final MinHash minHash;
    private final double threshold;
    private final int capacity;
    private final long maxAgeSeconds;
    private final Path file;
    private final Clock clock;
    private final int rows;
    private final Map<String, SignatureFile.Entry> signatures = new HashMap<>();
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Deque<SignatureFile.Entry> order = new ArrayDeque<>();
    private boolean dirty;

    /** In memory only, no age limit. */
    public NearDuplicateIndex(double threshold, int capacity) {
        this(threshold, capacity, Duration.ofDays(365_000), null, Clock.systemUTC());
    }

    /** @param file where the signatures are kept across restarts; null: in memory only */
    public NearDuplicateIndex(double threshold, int capacity, Duration maxAge, Path file, Clock clock) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], was " + threshold);
        }
        this.minHash = new MinHash(64, 3);
        this.threshold = threshold;
        this.capacity = capacity;
        this.maxAgeSeconds = maxAge.toSeconds();
        this.file = file;
        this.clock = clock;
        this.rows = minHash.hashes() / BANDS;
        if (file != null && Files.exists(file)) {
            load();
        }
    }

    private void load() {
        try {
            for (SignatureFile.Entry e : SignatureFile.read(file, minHash.hashes(), 3)) {
                add(e);
            }
            evict();
            dirty = false;
            LOG.info("near-duplicate index: {} signatures read from {}", signatures.size(), file);
        } catch (IOException | RuntimeException e) {
            signatures.clear();
            buckets.clear();
            order.clear();
            LOG.warn("near-duplicate index file {} is unreadable ({}); starting empty, it is replaced at the next save", file,
                    e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The id of the article this text nearly duplicates, or null; a text that is no copy is remembered. */
    public synchronized String findOrAdd(String id, String text) {
        int[] sig = minHash.signature(text);
        if (sig == null) {
            return null;
        }
        evict();
        for (int b = 0; b < BANDS; b++) {
            for (String other : buckets.getOrDefault(bandKey(sig, b), List.of())) {
                if (!other.equals(id) && MinHash.similarity(sig, signatures.get(other).signature()) >= threshold) {
                    return other;
                }
            }
        }
        add(new SignatureFile.Entry(id, clock.instant().getEpochSecond(), sig));
        evict();
        return null;
    }

    public synchronized int size() {
        return signatures.size();
    }

    /** Writes the signatures when they changed; a failure is logged (the index goes on in memory). */
    public synchronized void saveQuietly() {
        if (file == null || !dirty) {
            return;
        }
        try {
            SignatureFile.write(file, minHash.hashes(), 3, new ArrayList<>(order));
            dirty = false;
        } catch (IOException | RuntimeException e) {
            LOG.error("near-duplicate index could not be saved to {}: {}", file, e.getMessage());
        }
    }

    private void add(SignatureFile.Entry e) {
        if (e.signature().length != minHash.hashes() || signatures.putIfAbsent(e.id(), e) != null) {
            return;
        }
        dirty = true;
        order.addLast(e);
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(e.signature(), b), k -> new ArrayList<>(1)).add(e.id());
        }
    }

    /** Forgets the oldest articles past the capacity, and those older than the age limit. */
    private void evict() {
        long oldest = clock.instant().getEpochSecond() - maxAgeSeconds;
        while (!order.isEmpty() && (order.size() > capacity || order.peekFirst().addedAtSecond() < oldest)) {
            SignatureFile.Entry old = order.removeFirst();
            signatures.remove(old.id());
            dirty = true;
            for (int b = 0; b < BANDS; b++) {
                List<String> bucket = buckets.get(bandKey(old.signature(), b));
                if (bucket != null) {
                    bucket.remove(old.id());
                    if (bucket.isEmpty()) {
                        buckets.remove(bandKey(old.signature(), b));
                    }
                }
            }
        }
    }

    private long bandKey(int[] sig, int band) {
        return ((long) band << 56) ^ Arrays.hashCode(Arrays.copyOfRange(sig, band * rows, band * rows + rows));
    }
}
