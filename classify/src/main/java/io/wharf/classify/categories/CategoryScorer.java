package io.wharf.classify.categories;

import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.Product;
import io.wharf.model.Category;
import io.wharf.model.CompanySalience;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which categories an article is about: {@link CategoryEvidence} gathers the evidence per category (keywords,
 * products, the companies' categories as a prior) and {@link CategoryModel} weighs it into a probability.
 * A category's score is that probability; its evidence says what fired. Thread-safe: immutable.
 */
public final class CategoryScorer {
    /** An article with no category over the threshold still gets its best one when there is this much evidence. */
    private static final double FALLBACK_MIN_EVIDENCE = 0.5;

    /**
     * Which categories an article gets: every category whose probability reaches the threshold, most likely first.
     *
     * @param threshold a category needs at least this probability
     * @param max       a safety cap, not the decider: a survey of the whole ecosystem may discuss six areas in substance
     */
    public record Settings(double threshold, int max) {
        public static final Settings DEFAULTS = new Settings(0.5, 8);

        public Settings {
            if (threshold <= 0 || threshold > 1 || max < 1) {
                throw new IllegalArgumentException("classify.categories: threshold must be in (0, 1] and max at least 1");
            }
        }
    }

    private final CategoryEvidence evidence;
    private final java.util.Set<String> taxonomyIds;
    private final CategoryModel model;
    private final Settings settings;

    public CategoryScorer(Taxonomy taxonomy, Gazetteer gazetteer, CategoryModel model, Settings settings) {
        this.evidence = new CategoryEvidence(taxonomy, gazetteer);
        this.taxonomyIds = taxonomy.categories().stream().map(CategoryDefinition::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.model = model;
        this.settings = settings;
    }

    public CategoryModel model() {
        return model;
    }

    public Map<String, CategorySignals> signals(String title, String text, List<CompanySalience> companies, List<Product> products) {
        return evidence.collect(title, text, companies, products);
    }

    public List<Category> score(String title, String text, List<CompanySalience> companies, List<Product> products) {
        return decide(signals(title, text, companies, products), title, text);
    }

    public List<Category> decide(Map<String, CategorySignals> signals, String title, String text) {
        Map<String, CategorySignals> all = new java.util.LinkedHashMap<>(model.withWords(signals, title, text));
        all.keySet().retainAll(taxonomyIds); // a model trained on another taxonomy must not bring its categories along
        return decide(all, model, settings);
    }

    /**
     * The categories the model gives an article with these signals (wording included, see
     * {@link CategoryModel#withWords}); also what evaluation calls with other models.
     */
    public static List<Category> decide(Map<String, CategorySignals> signals, CategoryModel model, Settings settings) {
        double best = bestTotal(signals);
        record Scored(CategorySignals signals, double p) {
            Category category() {
                return new Category(signals.categoryId(), Math.round(p * 1000) / 1000.0, signals.why());
            }
        }
        List<Scored> all = new ArrayList<>();
        for (CategorySignals s : signals.values()) {
            all.add(new Scored(s, model.probability(s, best)));
        }
        all.sort(Comparator.comparingDouble(Scored::p).reversed());
        List<Category> out = new ArrayList<>(all.stream().filter(c -> c.p() >= settings.threshold()).map(Scored::category).toList());
        if (out.isEmpty() && !all.isEmpty() && best >= FALLBACK_MIN_EVIDENCE) {
            out.add(all.get(0).category()); // every article of this industry is about something: its likeliest category
        }
        return out.size() > settings.max() ? List.copyOf(out.subList(0, settings.max())) : List.copyOf(out);
    }

    public static double bestTotal(Map<String, CategorySignals> signals) {
        return signals.values().stream().mapToDouble(CategorySignals::total).max().orElse(0);
    }
}
