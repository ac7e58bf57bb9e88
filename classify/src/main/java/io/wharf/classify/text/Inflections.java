package io.wharf.classify.text;

import java.util.Locale;

/**
 * The singular or plural of a phrase's last word, so that a taxonomy listing "vulnerability" also matches
 * "vulnerabilities" and "container runtimes" also matches "container runtime". Plain English rules, no
 * dictionary: a wrong form ("kubernete") only adds a phrase that never occurs. Stateless, thread-safe.
 */
public final class Inflections {
    private static final int MIN_LENGTH = 4;
    /** Words whose other number means something else: "securities" are shares and bonds. */
    private static final java.util.Set<String> FIXED = java.util.Set.of("security", "securities", "data", "news", "analytics",
            "kubernetes", "series");

    private Inflections() {}

    /** The other number of the phrase's last word, or null when the word is too short or not alphabetic. */
    public static String otherNumber(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        int cut = Math.max(p.lastIndexOf(' '), p.lastIndexOf('-')) + 1;
        String head = p.substring(0, cut);
        String word = p.substring(cut);
        if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter) || FIXED.contains(word)) {
            return null;
        }
        return head + flip(word);
    }

    private static String flip(String w) {
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        return w + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
