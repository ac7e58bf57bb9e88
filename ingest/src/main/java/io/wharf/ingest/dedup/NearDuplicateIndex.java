package io.wharf.ingest.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the earlier article a new one nearly duplicates (the same press release from several wires, a light
 * rewrite), by locality-sensitive hashing of MinHash signatures: candidates share a band of the signature, and
 * the first candidate over the similarity threshold wins. Remembers the most recent {@code capacity} articles,
 * in memory only (after a restart, copies of articles seen before it are no longer recognised). Thread-safe:
 * all methods synchronise.
 */
public final class NearDuplicateIndex {
    private static final int BANDS = 16;
    private final MinHash minHash;
    private final double threshold;
    private final int capacity;
    private final int rows;
    private final Map<String, int[]> signatures = new HashMap<>();
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Deque<String> order = new ArrayDeque<>();

    public NearDuplicateIndex(double threshold, int capacity) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], was " + threshold);
        }
        this.minHash = new MinHash(64, 3);
        this.threshold = threshold;
        this.capacity = capacity;
        this.rows = minHash.hashes() / BANDS;
    }

    /** The id of the article this text nearly duplicates, or null; a text that is no copy is remembered. */
    public synchronized String findOrAdd(String id, String text) {
        int[] sig = minHash.signature(text);
        if (sig == null) {
            return null;
        }
        for (int b = 0; b < BANDS; b++) {
            for (String other : buckets.getOrDefault(bandKey(sig, b), List.of())) {
                if (!other.equals(id) && MinHash.similarity(sig, signatures.get(other)) >= threshold) {
                    return other;
                }
            }
        }
        add(id, sig);
        return null;
    }

    private void add(String id, int[] sig) {
        if (signatures.put(id, sig) != null) {
            return;
        }
        order.addLast(id);
        for (int b = 0; b < BANDS; b++) {
            buckets.computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(1)).add(id);
        }
        while (order.size() > capacity) {
            String old = order.removeFirst();
            int[] oldSig = signatures.remove(old);
            for (int b = 0; b < BANDS; b++) {
                List<String> bucket = buckets.get(bandKey(oldSig, b));
                if (bucket != null) {
                    bucket.remove(old);
                }
            }
        }
    }

    private long bandKey(int[] sig, int band) {
        return ((long) band << 56) ^ Arrays.hashCode(Arrays.copyOfRange(sig, band * rows, band * rows + rows));
    }
}
