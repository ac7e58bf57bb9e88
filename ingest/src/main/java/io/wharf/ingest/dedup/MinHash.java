package io.wharf.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word shingles: the fraction of equal positions in two signatures estimates the
 * Jaccard similarity of the two texts' shingle sets. Thread-safe: immutable.
 */
public final class MinHash {
    private final int hashes;
    private final int shingleWords;
    private final long[] seeds;

    public MinHash(int hashes, int shingleWords) {
        this.hashes = hashes;
        this.shingleWords = shingleWords;
        this.seeds = new long[hashes];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < hashes; i++) {
            x = mix(x + i); // fixed seeds: signatures stay comparable across runs and machines
            seeds[i] = x;
        }
    }

    public int hashes() {
        return hashes;
    }

    /** The shingles of a text: lower-cased words joined in runs of {@code shingleWords}. */
    public Set<String> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + shingleWords <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + shingleWords)));
        }
        return out;
    }

    /** The signature, or null when the text is too short to say anything (fewer than 8 shingles). */
    public int[] signature(String text) {
        Set<String> shingles = shingles(text);
        if (shingles.size() < 8) {
            return null;
        }
        int[] sig = new int[hashes];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (String s : shingles) {
            long base = fnv(s);
            for (int i = 0; i < hashes; i++) {
                int h = (int) (mix(base ^ seeds[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
