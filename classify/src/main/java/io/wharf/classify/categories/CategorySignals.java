package io.wharf.classify.categories;

import java.util.List;

/**
 * What an article offers as evidence for one category, by kind. The amounts are the hand-set evidence weights
 * (tier, position in the article, repeats damped); {@link CategoryModel} turns them into a probability.
 *
 * @param strong  from decisive keywords
 * @param keyword from ordinary keywords
 * @param related from everyday words of the field, capped
 * @param title   the part of the keyword evidence found in the title
 * @param product from products of the category named in the article
 * @param prior   from the categories of the companies the article is about
 * @param topCompany 1 / the rank of the category among the categories of the article's most salient company that
 *                has categories
 *                (1 for its main business), 0 when that company does not list it
 * @param phrases how many different keywords of the category the article uses
 * @param lead    the part of the keyword evidence found in the lead (the text's first few hundred characters)
 * @param words   what the article's wording says, by the learned {@link WordEvidence} (0 until it is scored)
 * @param why     what fired, for the record
 */
public record CategorySignals(String categoryId, double strong, double keyword, double related, double title, double product,
                              double prior, double topCompany, int phrases, double lead, double words, List<String> why) {
    public CategorySignals {
        why = List.copyOf(why);
    }

    /** A category the article offers no evidence for. */
    public static CategorySignals none(String categoryId) {
        return new CategorySignals(categoryId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** These signals with the wording's score, and the words that spoke for the category added to the reasons. */
    public CategorySignals withWords(double score, List<String> strongest) {
        List<String> reasons = new java.util.ArrayList<>(why);
        if (!strongest.isEmpty()) {
            reasons.add("words: " + String.join(", ", strongest));
        }
        return new CategorySignals(categoryId, strong, keyword, related, title, product, prior, topCompany, phrases, lead, score,
                reasons);
    }

    /** All the evidence together: what ranks the categories of one article. */
    public double total() {
        return strong + keyword + related + product + prior;
    }
}
