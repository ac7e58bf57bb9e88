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
 * @param passages how many passages of the text (runs of {@link CategoryEvidence#PASSAGE_WORDS} words) have more keyword
 *                evidence for this category than for any other: an area a survey discusses in a paragraph of its own
 *                leads that paragraph, a word in passing leads none
 * @param mentions in how many passages the category has a keyword that is not an everyday word
 * @param wordsPeak what the wording of the article's most telling passage says (see {@link WordEvidence#apply}; 0 until
 *                it is scored): the whole article's wording dilutes an area that fills one paragraph of six
 */
public record CategorySignals(String categoryId, double strong, double keyword, double related, double title, double product,
                              double prior, double topCompany, int phrases, double lead, double words, List<String> why,
                              int passages, int mentions, double wordsPeak) {
    public CategorySignals {
        why = List.copyOf(why);
    }

    /** Signals without passage evidence (an article scored as a whole). */
    public CategorySignals(String categoryId, double strong, double keyword, double related, double title, double product,
                           double prior, double topCompany, int phrases, double lead, double words, List<String> why) {
        this(categoryId, strong, keyword, related, title, product, prior, topCompany, phrases, lead, words, why, 0, 0, 0);
    }

    /** A category the article offers no evidence for. */
    public static CategorySignals none(String categoryId) {
        return new CategorySignals(categoryId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /**
     * These signals with the wording's scores (the whole article's and its best passage's), and the words that spoke
     * for the category added to the reasons.
     */
    public CategorySignals withWords(double score, double peak, List<String> strongest) {
        List<String> reasons = new java.util.ArrayList<>(why);
        if (!strongest.isEmpty()) {
            reasons.add("words: " + String.join(", ", strongest));
        }
        return new CategorySignals(categoryId, strong, keyword, related, title, product, prior, topCompany, phrases, lead, score,
                reasons, passages, mentions, peak);
    }

    /** All the evidence together: what ranks the categories of one article. */
    public double total() {
        return strong + keyword + related + product + prior;
    }
}
