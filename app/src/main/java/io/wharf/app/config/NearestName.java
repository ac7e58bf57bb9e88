package io.wharf.app.config;

import java.util.Collection;

/** "did you mean X?" for a misspelt name: the known name at the smallest edit distance, when it is close. */
final class NearestName {
    /** Farther than this, a suggestion would more likely confuse than help. */
    private static final int MAX_DISTANCE = 3;

    private NearestName() {}

    /** ": did you mean X?", or "" when no known name is close. */
    static String suggestion(Collection<String> known, String name) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String k : known) {
            int d = distance(k, name);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : ": did you mean " + best + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
