package io.wharf.classify.eval;

import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.categories.CategoryModel;
import io.wharf.classify.categories.CategoryModelTrainer;
import io.wharf.classify.categories.CategoryScorer;
import io.wharf.classify.categories.CategorySignals;
import io.wharf.classify.categories.WordEvidence;
import io.wharf.classify.categories.WordEvidenceTrainer;
import io.wharf.model.Category;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learning the category model from a labelled set, and k-fold cross-validation: each article's categories come
 * from a model that never saw its labels, so the figure says how the method does on articles it was not fit to.
 */
public final class CategoryTraining {
    /** One labelled article as the classifier saw it. */
    public record Labelled(GoldArticle gold, ArticleClassifier.Analysis analysis) {}

    private static final int INNER_FOLDS = 5;

    private CategoryTraining() {}

    public static List<Labelled> labelled(List<GoldArticle> gold, List<ArticleClassifier.Analysis> analyses) {
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            out.add(new Labelled(gold.get(i), analyses.get(i)));
        }
        return out;
    }

    /** One example per article and taxonomy category: positive when the gold labels the article with it. */
    public static List<CategoryModelTrainer.Example> examples(List<Labelled> articles, List<String> categoryIds, WordEvidence words) {
        List<CategoryModelTrainer.Example> out = new ArrayList<>();
        for (Labelled l : articles) {
            Map<String, CategorySignals> signals = words.apply(l.analysis().categorySignals(), l.gold().title(), l.gold().text());
            double best = CategoryScorer.bestTotal(signals);
            for (String id : categoryIds) {
                CategorySignals s = signals.getOrDefault(id, CategorySignals.none(id));
                out.add(new CategoryModelTrainer.Example(s, best, l.gold().categories().contains(id)));
            }
        }
        return out;
    }

    /**
     * Learns the wording model from all the articles and the logistic weights from examples whose wording scores
     * come from wording models that did not see them (inner folds): in-sample scores would look far more certain
     * than scores of new articles, and the weights would trust them too much.
     */
    public static CategoryModel train(List<Labelled> articles, List<String> categoryIds, String trainedOn) {
        List<String> ids = articles.stream().map(l -> l.gold().id()).distinct().toList();
        List<CategoryModelTrainer.Example> examples = new ArrayList<>();
        for (int fold = 0; fold < INNER_FOLDS; fold++) {
            Set<String> held = new HashSet<>();
            for (int i = fold; i < ids.size(); i += INNER_FOLDS) {
                held.add(ids.get(i));
            }
            WordEvidence words = wording(articles.stream().filter(l -> !held.contains(l.gold().id())).toList(), categoryIds);
            examples.addAll(examples(articles.stream().filter(l -> held.contains(l.gold().id())).toList(), categoryIds, words));
        }
        return CategoryModelTrainer.train(examples, wording(articles, categoryIds), trainedOn);
    }

    /** The wording model of these articles, each article once whatever its variants. */
    private static WordEvidence wording(List<Labelled> articles, List<String> categoryIds) {
        Map<String, WordEvidence.Labelled> byId = new LinkedHashMap<>();
        for (Labelled l : articles) {
            byId.putIfAbsent(l.gold().id(), new WordEvidence.Labelled(l.gold().title(), l.gold().text(), Set.copyOf(l.gold().categories())));
        }
        return WordEvidenceTrainer.train(List.copyOf(byId.values()), categoryIds);
    }

    /**
     * Scores each variant's articles with models trained on the other folds (article i is in fold i mod k); the
     * training side gets every variant of its articles, the test side is scored per variant.
     *
     * @param variants the same articles in each variant (e.g. original and lower-cased), index for index
     */
    public static List<SetScore> crossValidate(List<List<Labelled>> variants, List<String> categoryIds, int k,
                                               CategoryScorer.Settings settings) {
        return crossValidate(variants, categoryIds, k, settings, null);
    }

    /** @param errors where to write each article's out-of-fold category misses, first variant only (null for none) */
    public static List<SetScore> crossValidate(List<List<Labelled>> variants, List<String> categoryIds, int k,
                                               CategoryScorer.Settings settings, PrintStream errors) {
        int[] foldOf = new int[variants.get(0).size()];
        for (int i = 0; i < foldOf.length; i++) {
            foldOf[i] = i % k;
        }
        return crossValidate(variants, categoryIds, foldOf, settings, "cv" + k, errors).total();
    }

    /** The model's probability of each category the prediction and the gold disagree on: near misses or far. */
    private static String probabilities(Map<String, CategorySignals> signals, CategoryModel model, Set<String> gold, Set<String> predicted) {
        double best = CategoryScorer.bestTotal(signals);
        Map<String, String> p = new TreeMap<>();
        for (String id : signals.keySet()) {
            if (gold.contains(id) != predicted.contains(id)) {
                p.put(id, String.format(Locale.ROOT, "%.2f", model.probability(signals.get(id), best)));
            }
        }
        return "p" + p;
    }

    /** Out-of-fold scores per variant, in total and per fold. */
    public record FoldScores(List<SetScore> total, List<List<SetScore>> perFold) {}

    /**
     * Scores each article with a model trained on the articles of the other folds. With one fold per gold file
     * (each written by another writer) this asks how the method does on a new writer's articles, which random
     * folds flatter: a writer's habits are then on both sides.
     *
     * @param foldOf the fold of each article, 0 to (folds - 1)
     * @param label  names the folds in the error lines (e.g. cv5)
     */
    public static FoldScores crossValidate(List<List<Labelled>> variants, List<String> categoryIds, int[] foldOf,
                                           CategoryScorer.Settings settings, String label, PrintStream errors) {
        int n = variants.get(0).size();
        int folds = Arrays.stream(foldOf).max().orElse(0) + 1;
        List<SetScore> total = new ArrayList<>();
        List<List<SetScore>> perFold = new ArrayList<>();
        for (int vi = 0; vi < variants.size(); vi++) {
            total.add(new SetScore());
            List<SetScore> f = new ArrayList<>();
            for (int fold = 0; fold < folds; fold++) {
                f.add(new SetScore());
            }
            perFold.add(f);
        }
        SetScore[] curve = new SetScore[CURVE.length];
        Arrays.setAll(curve, t -> new SetScore());
        for (int fold = 0; fold < folds; fold++) {
            List<Labelled> train = new ArrayList<>();
            for (List<Labelled> v : variants) {
                for (int i = 0; i < n; i++) {
                    if (foldOf[i] != fold) {
                        train.add(v.get(i));
                    }
                }
            }
            CategoryModel model = train(train, categoryIds, "fold " + fold);
            for (int vi = 0; vi < variants.size(); vi++) {
                for (int i = 0; i < n; i++) {
                    if (foldOf[i] != fold) {
                        continue;
                    }
                    Labelled l = variants.get(vi).get(i);
                    Map<String, CategorySignals> signals = model.withWords(l.analysis().categorySignals(), l.gold().title(), l.gold().text());
                    Set<String> predicted = new LinkedHashSet<>();
                    CategoryScorer.decide(signals, model, settings).stream().map(Category::id).forEach(predicted::add);
                    Set<String> gold = Set.copyOf(l.gold().categories());
                    if (vi == 0 && errors != null) {
                        for (int t = 0; t < CURVE.length; t++) {
                            Set<String> at = new LinkedHashSet<>();
                            CategoryScorer.decide(signals, model, new CategoryScorer.Settings(CURVE[t], settings.max()))
                                    .stream().map(Category::id).forEach(at::add);
                            curve[t].add(at, gold);
                        }
                    }
                    total.get(vi).add(predicted, gold);
                    perFold.get(vi).get(fold).add(predicted, gold);
                    if (errors != null && vi == 0 && !predicted.equals(gold)) {
                        errors.printf("%s %s: categories %s %s%n", label, l.gold().id(),
                                ClassifyEvaluation.difference(l.gold().categories(), predicted), probabilities(signals, model, gold, predicted));
                    }
                }
            }
        }
        if (errors != null) {
            for (int t = 0; t < CURVE.length; t++) {
                errors.printf(Locale.ROOT, "%s threshold %.2f: categories P %.3f R %.3f F1 %.3f%n", label, CURVE[t], curve[t].precision(),
                        curve[t].recall(), curve[t].f1());
            }
        }
        return new FoldScores(total, perFold);
    }

    /** The thresholds whose out-of-fold figures --errors also prints: where to set classify.categories.threshold. */
    private static final double[] CURVE = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};
}
