package io.wharf.classify.eval;

import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.companies.Company;
import io.wharf.classify.companies.LandscapeImporter;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Category;
import io.wharf.model.CompanySalience;
import io.wharf.model.Json;
import io.wharf.model.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the classifier on a gold set: company linking and categories (micro P/R/F1) and the top company
 * against the article's main subject, on the articles as written and flattened (lower case, no punctuation).
 * An unlinked organisation counts under the slug of its name, so companies outside the gazetteer still score; a linked
 * company counts under the gold set's spelling of its id when that is the slug of one of its names (see goldSpelling).
 */
public final class ClassifyEvaluation {
    /** The figures of one variant. */
    public record Report(String variant, int articles, SetScore companies, SetScore categories, double topCompanyAccuracy) {}

    private final ArticleClassifier classifier;

    public ClassifyEvaluation(ArticleClassifier classifier) {
        this.classifier = classifier;
    }

    /** The forms every article is measured in: as written, and as a transcript gives it (lower case, no punctuation). */
    public static final List<String> VARIANTS = List.of("original", "lowercase");

    public static List<GoldArticle> variant(String variant, List<GoldArticle> gold) {
        return variant.equals("lowercase") ? gold.stream().map(GoldArticle::flattened).toList() : gold;
    }

    /** The articles of one or more gold files, in order. */
    public static List<GoldArticle> read(List<Path> files) throws IOException {
        return readFiles(files).stream().flatMap(List::stream).toList();
    }

    /** The articles of each gold file, file by file; an id may appear once in all of them. */
    public static List<List<GoldArticle>> readFiles(List<Path> files) throws IOException {
        List<List<GoldArticle>> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            List<GoldArticle> articles = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    GoldArticle g = Json.mapper().readValue(line, GoldArticle.class);
                    if (!ids.add(g.id())) { // folds and the wording model key articles by id
                        throw new IllegalArgumentException("gold article id " + g.id() + " appears twice (" + file + ")");
                    }
                    articles.add(g);
                }
            }
            out.add(articles);
        }
        return out;
    }

    /** Annotates, links and gathers category evidence for each gold article once (the costly part). */
    public List<ArticleClassifier.Analysis> analyse(String variant, List<GoldArticle> gold) {
        Progress progress = new Progress("analysing " + variant, gold.size());
        List<ArticleClassifier.Analysis> out = new ArrayList<>();
        for (GoldArticle g : gold) {
            out.add(classifier.analyse(new Article(ArticleIds.of("gold:" + g.id()), "gold:" + g.id(), "gold:" + g.id(), "gold",
                    g.title(), g.text(), "", null, Instant.EPOCH, "en", null)));
            progress.step();
        }
        return out;
    }

    /** @param errors where to write each article's misses (null for none) */
    public Report evaluate(String variant, List<GoldArticle> gold, PrintStream errors) {
        return evaluate(variant, gold, analyse(variant, gold), errors);
    }

    public Report evaluate(String variant, List<GoldArticle> gold, List<ArticleClassifier.Analysis> analyses, PrintStream errors) {
        SetScore companies = new SetScore();
        SetScore categories = new SetScore();
        int topRight = 0;
        int withAbout = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldArticle g = gold.get(i);
            ArticleClassifier.Analysis a = analyses.get(i);
            Set<String> predicted = new LinkedHashSet<>();
            Set<String> claimed = new HashSet<>(); // each gold spelling stands for one predicted company only
            for (CompanySalience s : a.companies()) {
                predicted.add(s.companyId() != null ? goldSpelling(s.companyId(), g.companies(), claimed) : LandscapeImporter.slugOf(s.name()));
            }
            Set<String> cats = new LinkedHashSet<>();
            classifier.categories(a).stream().map(Category::id).forEach(cats::add);
            companies.add(predicted, Set.copyOf(g.companies()));
            categories.add(cats, Set.copyOf(g.categories()));
            if (!g.about().isEmpty()) {
                withAbout++;
                if (!a.companies().isEmpty() && g.about().get(0).equals(predicted.iterator().next())) {
                    topRight++;
                }
            }
            if (errors != null) {
                report(errors, variant, g, predicted, cats);
            }
        }
        return new Report(variant, gold.size(), companies, categories, withAbout == 0 ? 1.0 : (double) topRight / withAbout);
    }

    /**
     * Company ids are conventions (a Crunchbase slug such as samsung-electronics, or the common name, samsung): a linked
     * company matches a gold id that is the slug of one of its own names, aliases or domains, provided no other
     * gazetteer company owns that id (AWS's alias "Amazon" does not make it the company amazon) and no other
     * prediction of the article has claimed it (two predictions never collapse into one hit).
     */
    private String goldSpelling(String id, List<String> goldIds, Set<String> claimed) {
        Company c = classifier.company(id);
        if (c == null || goldIds.contains(id)) {
            return id;
        }
        Set<String> forms = new HashSet<>();
        forms.add(LandscapeImporter.slugOf(c.name()));
        c.aliases().forEach(n -> forms.add(LandscapeImporter.slugOf(n)));
        c.domains().forEach(d -> forms.add(LandscapeImporter.slugOf(d)));
        return goldIds.stream().filter(g -> forms.contains(g) && classifier.company(g) == null && claimed.add(g)).findFirst().orElse(id);
    }

    private static void report(PrintStream errors, String variant, GoldArticle g, Set<String> predicted, Set<String> cats) {
        if (!Set.copyOf(g.companies()).equals(predicted) || !Set.copyOf(g.categories()).equals(cats)) {
            errors.printf("%s %s: companies %s; categories %s%n", variant, g.id(), difference(g.companies(), predicted),
                    difference(g.categories(), cats));
        }
    }

    /** "missed [a] extra [b]": what the gold has and the prediction lacks, and the other way round. */
    static String difference(Collection<String> gold, Collection<String> predicted) {
        Set<String> missed = new LinkedHashSet<>(gold);
        missed.removeAll(predicted);
        Set<String> extra = new LinkedHashSet<>(predicted);
        extra.removeAll(gold);
        return "missed " + missed + " extra " + extra;
    }

    /** One JSON line per task and variant. */
    public static List<String> lines(Report r) {
        List<String> out = new ArrayList<>();
        out.add(line("companies", r.variant(), r.articles(), r.companies()));
        out.add(line("categories", r.variant(), r.articles(), r.categories()));
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("task", "top-company");
        top.put("variant", r.variant());
        top.put("articles", r.articles());
        top.put("accuracy", round(r.topCompanyAccuracy()));
        out.add(Json.mapper().valueToTree(top).toString());
        return out;
    }

    /** One JSON line: a task's precision, recall and F1 on one variant of the articles. */
    public static String line(String task, String variant, int articles, SetScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", task);
        m.put("variant", variant);
        m.put("articles", articles);
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("f1", round(s.f1()));
        m.put("tp", s.tp());
        m.put("fp", s.fp());
        m.put("fn", s.fn());
        return Json.mapper().valueToTree(m).toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
