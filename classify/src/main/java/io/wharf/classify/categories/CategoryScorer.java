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
    private static final double STRONG = 2.0;
    private static final double KEYWORD = 1.0;
    private static final double TITLE_FACTOR = 1.5;
    private static final double PRODUCT = 1.5;
    private static final double COMPANY_PRIOR = 0.9;
    /** Evidence is turned into a score with 1 - exp(-evidence / SCALE). */
    private static final double SCALE = 2.0;

    private final Taxonomy taxonomy;
    private final Gazetteer gazetteer;
    private final double threshold;
    private final int maxCategories;

    public CategoryScorer(Taxonomy taxonomy, Gazetteer gazetteer, double threshold, int maxCategories) {
        this.taxonomy = taxonomy;
        this.gazetteer = gazetteer;
        this.threshold = threshold;
        this.maxCategories = maxCategories;
    }

    public List<Category> score(String title, String text, List<CompanySalience> companies, List<Product> products) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        Map<String, Set<String>> why = new LinkedHashMap<>();
        Map<String, Integer> phraseCounts = new LinkedHashMap<>();
        keywords(title, TITLE_FACTOR, evidence, why, phraseCounts);
        keywords(text, 1.0, evidence, why, phraseCounts);
        for (Product p : products) {
            for (String c : p.categories()) {
                add(evidence, why, c, PRODUCT / Math.max(1, p.categories().size()), "product: " + p.name());
            }
        }
        for (CompanySalience s : companies) {
            Company c = s.companyId() == null ? null : gazetteer.company(s.companyId());
            if (c == null || c.categories().isEmpty()) {
                continue;
            }
            for (String cat : c.categories()) {
                add(evidence, why, cat, COMPANY_PRIOR * s.salience() / c.categories().size(), "company: " + c.name());
            }
        }
        List<Category> out = new ArrayList<>();
        evidence.forEach((id, e) -> {
            double score = Math.round((1 - Math.exp(-e / SCALE)) * 1000) / 1000.0;
            if (score >= threshold && taxonomy.contains(id)) {
                out.add(new Category(id, score, List.copyOf(why.get(id))));
            }
        });
        out.sort(Comparator.comparingDouble(Category::score).reversed());
        return out.size() > maxCategories ? List.copyOf(out.subList(0, maxCategories)) : out;
    }

    private void keywords(String text, double factor, Map<String, Double> evidence, Map<String, Set<String>> why,
                          Map<String, Integer> counts) {
        for (PhraseIndex.Hit<Taxonomy.Keyword> hit : taxonomy.keywords().find(text, Tokens.words(text))) {
            for (Taxonomy.Keyword k : hit.entries()) {
                // Repeats of one phrase add less and less: ten "kubernetes" are not ten times the evidence.
                int n = counts.merge(k.categoryId() + "|" + k.phrase(), 1, Integer::sum);
                double w = (k.strong() ? STRONG : KEYWORD) * factor / n;
                add(evidence, why, k.categoryId(), w / hit.entries().size(), k.phrase());
            }
        }
    }

    private static void add(Map<String, Double> evidence, Map<String, Set<String>> why, String id, double w, String reason) {
        evidence.merge(id, w, Double::sum);
        why.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(reason);
    }
}
