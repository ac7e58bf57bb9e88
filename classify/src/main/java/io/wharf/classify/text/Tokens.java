package io.wharf.classify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word tokenizer of the gazetteer and the taxonomy. Punctuation is not a token, so "Logz.io", "logz io" and
 * "Logz-io" give the same words: names still match in text that arrives lower-cased and without punctuation.
 */
public final class Tokens {
    private Tokens() {}

    public static List<Token> words(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start, i));
        }
        return out;
    }

    /** The lookup key of a phrase: its words, lower-cased, joined by single spaces. */
    public static String key(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (Token t : words(phrase)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }

    /** True when two neighbouring words may belong to one name: no line break or clause punctuation between. */
    public static boolean joinable(String text, Token left, Token right) {
        if (right.begin() - left.end() > 3) {
            return false;
        }
        for (int i = left.end(); i < right.begin(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '|') {
                return false;
            }
        }
        return true;
    }

    /**
     * Text written all in capitals (wire headlines: "SWEDISH MATCH SEES HIGHER PROFIT"): case cannot be evidence there
     * either. Needs a few letters: "IBM" alone is a name, not a capitals headline.
     */
    public static boolean isUpperCased(String text) {
        long[] n = letters(text);
        return n[0] >= 12 && n[2] * 20 < n[0];
    }

    /** Text that arrived lower-cased (transcripts, normalised feeds): case cannot be evidence there. */
    public static boolean isLowerCased(String text) {
        long[] n = letters(text);
        return n[0] > 0 && n[1] * 200 < n[0];
    }

    /** How many letters, upper-case letters and lower-case letters the text has. */
    private static long[] letters(String text) {
        long[] n = new long[3];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                n[0]++;
                n[1] += Character.isUpperCase(c) ? 1 : 0;
                n[2] += Character.isLowerCase(c) ? 1 : 0;
            }
        }
        return n;
    }
}
