package io.wharf.classify.categories;

import io.wharf.classify.companies.Company;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.Product;
import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Tokens;
import io.wharf.model.CompanySalience;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers an article's evidence for each category of the taxonomy: keywords and phrases in the title and text
 * (weighted by tier and position, repeats damped), products named, and the categories of the companies it is
 * about. Thread-safe: immutable.
 */
public final class CategoryEvidence {
    static final double STRONG = 1.5;
    static final double KEYWORD = 0.7;
    static final double RELATED = 0.3;
    /**
     * Everyday words of a field add up to at most this much per category. They still count among its distinct
     * phrases and in the title and lead amounts; how much all that weighs is the learned model's business.
     */
    static final double RELATED_CAP = 1.2;
    /** Where a phrase stands says how central it is: the title most, then the lead, then the body. */
    private static final double TITLE_FACTOR = 2.0;
    private static final double LEAD_FACTOR = 1.3;
    private static final int LEAD_CHARS = 300;
    private static final double PRODUCT = 0.8;
    private static final double COMPANY_PRIOR = 0.6;
    /** Only companies the article is about lend their categories. */
    private static final double PRIOR_MIN_SALIENCE = 0.5;
    /**
     * A passage: this many words of the text, about two sentences. Counted in words rather than sentences so that a
     * transcript without punctuation has passages too.
     */
    public static final int PASSAGE_WORDS = 40;

    private enum Kind { STRONG, KEYWORD, RELATED, TITLE, PRODUCT, PRIOR, TOP_COMPANY, PHRASES, LEAD }

    private final Taxonomy taxonomy;
    private final Gazetteer gazetteer;

    public CategoryEvidence(Taxonomy taxonomy, Gazetteer gazetteer) {
        this.taxonomy = taxonomy;
        this.gazetteer = gazetteer;
    }

    /** The signals of every category with any evidence, keyed by category id. */
    public Map<String, CategorySignals> collect(String title, String text, List<CompanySalience> companies, List<Product> products) {
        Tally tally = new Tally();
        Map<String, Integer> phraseCounts = new HashMap<>();
        keywords(title, TITLE_FACTOR, Integer.MAX_VALUE, true, tally, phraseCounts);
        keywords(text, 1.0, LEAD_CHARS, false, tally, phraseCounts);
        Map<String, int[]> passages = tally.passages();
        for (Product p : products) {
            for (String c : p.categories()) {
                tally.add(c, Kind.PRODUCT, PRODUCT / Math.max(1, p.categories().size()), "product: " + p.name());
            }
        }
        Company top = companies.stream().map(s -> s.companyId() == null ? null : gazetteer.company(s.companyId()))
                .filter(c -> c != null && !c.categories().isEmpty()).findFirst().orElse(null);
        if (top != null) {
            for (int i = 0; i < top.categories().size(); i++) {
                tally.add(top.categories().get(i), Kind.TOP_COMPANY, 1.0 / (i + 1), "company: " + top.name());
            }
        }
        for (CompanySalience s : companies) {
            Company c = s.companyId() == null ? null : gazetteer.company(s.companyId());
            if (c == null || c.categories().isEmpty() || s.salience() < PRIOR_MIN_SALIENCE) {
                continue;
            }
            // A company lists its main business first: the prior weighs its categories 1, 1/2, 1/3 ... (normalised).
            double harmonic = 0;
            for (int i = 1; i <= c.categories().size(); i++) {
                harmonic += 1.0 / i;
            }
            for (int i = 0; i < c.categories().size(); i++) {
                tally.add(c.categories().get(i), Kind.PRIOR, COMPANY_PRIOR * s.salience() / ((i + 1) * harmonic), "company: " + c.name());
            }
        }
        Map<String, CategorySignals> out = new LinkedHashMap<>();
        tally.amounts.forEach((id, a) -> {
            if (taxonomy.contains(id)) {
                int[] p = passages.getOrDefault(id, new int[2]);
                out.put(id, new CategorySignals(id, a[0], a[1], Math.min(a[2], RELATED_CAP), a[3], a[4], a[5], a[6],
                        (int) a[7], a[8], 0, new ArrayList<>(tally.why.get(id)), p[0], p[1], 0));
            }
        });
        return out;
    }

    /** @param leadChars offsets below this are the lead and weigh {@link #LEAD_FACTOR} more */
    private void keywords(String text, double factor, int leadChars, boolean isTitle, Tally tally, Map<String, Integer> counts) {
        for (PhraseIndex.Hit<Taxonomy.Keyword> hit : taxonomy.keywords().find(text, Tokens.words(text))) {
            double position = hit.begin() < leadChars && leadChars != Integer.MAX_VALUE ? factor * LEAD_FACTOR : factor;
            for (Taxonomy.Keyword k : hit.entries()) {
                // Repeats of one phrase add less and less: ten "kubernetes" are not ten times the evidence.
                int n = counts.merge(k.categoryId() + "|" + Tokens.key(k.phrase()), 1, Integer::sum);
                if (n == 1) {
                    tally.add(k.categoryId(), Kind.PHRASES, 1, k.phrase());
                }
                double w = weight(k.tier()) * position / n / hit.entries().size();
                Kind kind = Kind.valueOf(k.tier().name());
                tally.add(k.categoryId(), kind, w, k.phrase());
                if (!isTitle) {
                    tally.inPassage(k.categoryId(), hit.firstToken() / PASSAGE_WORDS, weight(k.tier()) / hit.entries().size(),
                            k.tier() != Taxonomy.Tier.RELATED);
                }
                if (isTitle) {
                    tally.add(k.categoryId(), Kind.TITLE, w, k.phrase());
                } else if (hit.begin() < leadChars) {
                    tally.add(k.categoryId(), Kind.LEAD, w, k.phrase());
                }
            }
        }
    }

    private static double weight(Taxonomy.Tier tier) {
        return switch (tier) {
            case STRONG -> STRONG;
            case KEYWORD -> KEYWORD;
            case RELATED -> RELATED;
        };
    }

    /**
     * Amounts per category and kind, the reasons in the order they fired, and the keyword evidence per passage of the
     * text. Not thread-safe: one per article.
     */
    private static final class Tally {
        final Map<String, double[]> amounts = new LinkedHashMap<>();
        final Map<String, Set<String>> why = new HashMap<>();
        /** Per passage index, per category: its keyword weight there (undamped: a paragraph on storage says "storage" often). */
        final Map<Integer, Map<String, Double>> byPassage = new HashMap<>();
        /** Per category, the passages where it has a keyword above the everyday tier. */
        final Map<String, Set<Integer>> mentioned = new HashMap<>();

        void add(String id, Kind kind, double w, String reason) {
            amounts.computeIfAbsent(id, k -> new double[Kind.values().length])[kind.ordinal()] += w;
            why.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(reason);
        }

        void inPassage(String id, int passage, double w, boolean notEveryday) {
            byPassage.computeIfAbsent(passage, k -> new HashMap<>()).merge(id, w, Double::sum);
            if (notEveryday) {
                mentioned.computeIfAbsent(id, k -> new HashSet<>()).add(passage);
            }
        }

        /** Per category: {passages it leads (ties lead together), passages it is mentioned in}. */
        Map<String, int[]> passages() {
            Map<String, int[]> out = new HashMap<>();
            for (Map<String, Double> p : byPassage.values()) {
                double top = p.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                p.forEach((id, w) -> {
                    if (w >= top) {
                        out.computeIfAbsent(id, k -> new int[2])[0]++;
                    }
                });
            }
            mentioned.forEach((id, set) -> out.computeIfAbsent(id, k -> new int[2])[1] = set.size());
            return out;
        }
    }
}
