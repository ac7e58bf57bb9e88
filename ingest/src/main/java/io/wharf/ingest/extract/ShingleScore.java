package io.wharf.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-page shingle overlap between an extracted text and the truth: word tokens ({@code \w+}, Unicode) grouped
 * into multisets of 4-token shingles, tp/fp/fn counted by multiplicity and scaled to sum to 1.
 */
public record ShingleScore(double tp, double fp, double fn) {
    static final int SHINGLE = 4;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static ShingleScore of(String extracted, String truth) {
        Map<String, Integer> got = shingles(extracted);
        Map<String, Integer> want = shingles(truth);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            int w = want.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), w);
            fp += Math.max(0, e.getValue() - w);
        }
        for (Map.Entry<String, Integer> e : want.entrySet()) {
            fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        // Nothing on either side: the extractor agreed that there is no text; count it as a perfect page.
        return sum == 0 ? new ShingleScore(1, 0, 0) : new ShingleScore(tp / sum, fp / sum, fn / sum);
    }

    /** Precision of this page; saying nothing when there was something to say earns 0, not "undefined". */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        Matcher m = WORD.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            // U+0001 cannot occur inside a \w token, so the joined key is unambiguous.
            out.merge(String.join("\u0001", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}
