package io.wharf.classify.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of multi-word phrases over {@link Tokens#words} output. Filled once at load time, then
 * only read, from many threads (safe once published, e.g. through a final field).
 *
 * @param <T> what a phrase stands for (a company, a product, a category keyword)
 */
public final class PhraseIndex<T> {
    /** A phrase found in a text: the entries it stands for and the words it covers. */
    public record Hit<T>(List<T> entries, int firstToken, int tokenCount, int begin, int end) {}

    private final Map<String, List<T>> byKey = new HashMap<>();
    /** Every word-boundary prefix of a key: the scan stops as soon as no phrase can start this way. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private int maxWords = 1;

    public void add(String phrase, T entry) {
        String key = Tokens.key(phrase);
        if (key.isEmpty()) {
            return;
        }
        List<T> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
        String[] words = key.split(" ");
        maxWords = Math.max(maxWords, words.length);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            if (i > 0) {
                prefix.append(' ');
            }
            prefix.append(words[i]);
            prefixes.add(prefix.toString());
        }
    }

    public List<T> get(String phrase) {
        return byKey.getOrDefault(Tokens.key(phrase), List.of());
    }

    public int size() {
        return byKey.size();
    }

    /** Leftmost-longest hits, not overlapping. */
    public List<Hit<T>> find(String text, List<Token> tokens) {
        List<Hit<T>> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit<T> hit = longestAt(text, tokens, i);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i += hit.tokenCount();
            }
        }
        return hits;
    }

    private Hit<T> longestAt(String text, List<Token> tokens, int i) {
        int limit = Math.min(maxWords, tokens.size() - i);
        int joinable = 1;
        while (joinable < limit && Tokens.joinable(text, tokens.get(i + joinable - 1), tokens.get(i + joinable))) {
            joinable++;
        }
        StringBuilder key = new StringBuilder();
        List<T> best = null;
        int bestLen = 0;
        for (int k = 0; k < joinable; k++) {
            if (k > 0) {
                key.append(' ');
            }
            key.append(tokens.get(i + k).norm());
            String current = key.toString();
            List<T> entries = byKey.get(current);
            if (entries != null) {
                best = entries;
                bestLen = k + 1;
            }
            if (!prefixes.contains(current)) {
                break; // no longer phrase starts with these words
            }
        }
        return best == null ? null : new Hit<>(best, i, bestLen, tokens.get(i).begin(), tokens.get(i + bestLen - 1).end());
    }
}
