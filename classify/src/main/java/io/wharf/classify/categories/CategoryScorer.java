package io.wharf.classify.categories;

import io.wharf.classify.companies.Company;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.Product;
import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Tokens;
import io.wharf.model.Category;
import io.wharf.model.CompanySalience;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the taxonomy's categories for an article from three kinds of evidence: keywords and phrases in the
 * title and text, products named, and the categories of the companies it is about (a prior, weighted by
 * salience, never enough alone to pass the threshold). Thread-safe: immutable.
 */
public final class CategoryScorer {
    private static final double STRONG = 1.5;
    private static final double KEYWORD = 0.7;
    /** Where a phrase stands says how central it is: the title most, then the lead, then the body. */
    private static final double TITLE_FACTOR = 2.0;
    private static final double LEAD_FACTOR = 1.3;
    private static final int LEAD_CHARS = 300;
    private static final double PRODUCT = 0.8;
    private static final double COMPANY_PRIOR = 0.6;
    /** Only companies the article is about lend their categories. */
    private static final double PRIOR_MIN_SALIENCE = 0.5;
    /** Evidence is turned into a score with 1 - exp(-evidence / SCALE). */
    private static final double SCALE = 2.5;

    /**
     * Which categories an article gets.
     *
     * @param threshold a category needs at least this score
     * @param relative  and at least this fraction of the best category's evidence (an article is mainly about few)
     * @param max       and no more than this many
     */
    public record Settings(double threshold, double relative, int max) {
        public static final Settings DEFAULTS = new Settings(0.5, 0.5, 3);

        public Settings {
            if (threshold < 0 || threshold > 1 || relative < 0 || relative > 1 || max < 1) {
                throw new IllegalArgumentException("classify.categories: threshold and relative must be in [0, 1] and max at least 1");
            }
        }
    }

    private final Taxonomy taxonomy;
    private final Gazetteer gazetteer;
    private final Settings settings;

    public CategoryScorer(Taxonomy taxonomy, Gazetteer gazetteer, Settings settings) {
        this.taxonomy = taxonomy;
        this.gazetteer = gazetteer;
        this.settings = settings;
    }

    public List<Category> score(String title, String text, List<CompanySalience> companies, List<Product> products) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        Map<String, Set<String>> why = new LinkedHashMap<>();
        Map<String, Integer> phraseCounts = new LinkedHashMap<>();
        keywords(title, TITLE_FACTOR, Integer.MAX_VALUE, evidence, why, phraseCounts);
        keywords(text, 1.0, LEAD_CHARS, evidence, why, phraseCounts);
        for (Product p : products) {
            for (String c : p.categories()) {
                add(evidence, why, c, PRODUCT / Math.max(1, p.categories().size()), "product: " + p.name());
            }
        }
        for (CompanySalience s : companies) {
            Company c = s.companyId() == null ? null : gazetteer.company(s.companyId());
            if (c == null || c.categories().isEmpty() || s.salience() < PRIOR_MIN_SALIENCE) {
                continue;
            }
            for (String cat : c.categories()) {
                add(evidence, why, cat, COMPANY_PRIOR * s.salience() / c.categories().size(), "company: " + c.name());
            }
        }
        // Relative to the best on the evidence, not on the score, which saturates near 1 for every strong category.
        double best = evidence.values().stream().mapToDouble(e -> e).max().orElse(0);
        List<Category> out = new ArrayList<>();
        evidence.forEach((id, e) -> {
            double score = Math.round((1 - Math.exp(-e / SCALE)) * 1000) / 1000.0;
            if (score >= settings.threshold() && e >= settings.relative() * best && taxonomy.contains(id)) {
                out.add(new Category(id, score, List.copyOf(why.get(id))));
            }
        });
        out.sort(Comparator.comparingDouble(Category::score).reversed());
        return out.size() > settings.max() ? List.copyOf(out.subList(0, settings.max())) : out;
    }

    /** @param leadChars offsets below this are the lead and weigh {@link #LEAD_FACTOR} more */
    private void keywords(String text, double factor, int leadChars, Map<String, Double> evidence, Map<String, Set<String>> why,
                          Map<String, Integer> counts) {
        for (PhraseIndex.Hit<Taxonomy.Keyword> hit : taxonomy.keywords().find(text, Tokens.words(text))) {
            double position = hit.begin() < leadChars && leadChars != Integer.MAX_VALUE ? factor * LEAD_FACTOR : factor;
            for (Taxonomy.Keyword k : hit.entries()) {
                // Repeats of one phrase add less and less: ten "kubernetes" are not ten times the evidence.
                int n = counts.merge(k.categoryId() + "|" + Tokens.key(k.phrase()), 1, Integer::sum);
                double w = (k.strong() ? STRONG : KEYWORD) * position / n;
                add(evidence, why, k.categoryId(), w / hit.entries().size(), k.phrase());
            }
        }
    }

    private static void add(Map<String, Double> evidence, Map<String, Set<String>> why, String id, double w, String reason) {
        evidence.merge(id, w, Double::sum);
        why.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(reason);
    }
}
