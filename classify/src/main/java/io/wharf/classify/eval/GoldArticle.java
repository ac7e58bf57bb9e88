package io.wharf.classify.eval;

import java.util.List;

/** One labelled article of a gold set (JSON lines): the labels are read only to score, never by the classifier. */
public record GoldArticle(String id, String title, String text, List<String> companies, List<String> about,
                          List<String> categories) {
    public GoldArticle {
        companies = companies == null ? List.of() : List.copyOf(companies);
        about = about == null ? List.of() : List.copyOf(about);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The same article as a transcript or a normalised feed gives it: lower case, no punctuation. */
    public GoldArticle flattened() {
        return new GoldArticle(id, flatten(title), flatten(text), companies, about, categories);
    }

    static String flatten(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]+", " ").replaceAll("[ \\t]+", " ").trim();
    }
}
