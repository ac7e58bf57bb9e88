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
     * Which categories an article gets.
     *
     * @param threshold a category needs at least this probability
     * @param max       and no more than this many (an article is mainly about few)
     */
    public record Settings(double threshold, int max) {
        public static final Settings DEFAULTS = new Settings(0.4, 3);

        public Settings {
            if (threshold <= 0 || threshold > 1 || max < 1) {
                throw new IllegalArgumentException("classify.categories: threshold must be in (0, 1] and max at least 1");
            }
        }
    }

    private final CategoryEvidence evidence;
    private final CategoryModel model;
    private final Settings settings;

    public CategoryScorer(Taxonomy taxonomy, Gazetteer gazetteer, CategoryModel model, Settings settings) {
        this.evidence = new CategoryEvidence(taxonomy, gazetteer);
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
        return decide(model.withWords(signals, title, text), model, settings);
    }

    /**
     * The categories the model gives an article with these signals (wording included, see
     * {@link CategoryModel#withWords}); also what evaluation calls with other models.
     */
    public static List<Category> decide(Map<String, CategorySignals> signals, CategoryModel model, Settings settings) {
        double best = bestTotal(signals);
        List<Category> all = new ArrayList<>();
        for (CategorySignals s : signals.values()) {
            all.add(new Category(s.categoryId(), Math.round(model.probability(s, best) * 1000) / 1000.0, s.why()));
        }
        all.sort(Comparator.comparingDouble(Category::score).reversed());
        List<Category> out = new ArrayList<>(all.stream().filter(c -> c.score() >= settings.threshold()).toList());
        if (out.isEmpty() && !all.isEmpty() && best >= FALLBACK_MIN_EVIDENCE) {
            out.add(all.get(0)); // every article of this industry is about something: its likeliest category, low score and all
        }
        return out.size() > settings.max() ? List.copyOf(out.subList(0, settings.max())) : List.copyOf(out);
    }

    public static double bestTotal(Map<String, CategorySignals> signals) {
        return signals.values().stream().mapToDouble(CategorySignals::total).max().orElse(0);
    }
}
