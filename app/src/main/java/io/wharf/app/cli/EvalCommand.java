package io.wharf.app.cli;

import io.wharf.app.pipeline.StageSettings;
import io.wharf.app.config.WharfConfig;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.eval.CategoryTraining;
import io.wharf.classify.eval.ClassifyEvaluation;
import io.wharf.classify.eval.GoldArticle;
import io.wharf.classify.eval.SetScore;
import io.wharf.ingest.extract.ExtractionEvaluation;
import io.wharf.ingest.feed.FeedCorpusCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Evaluations: each prints precision, recall and F1 as JSON lines on stdout. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure quality against labelled data.",
        subcommands = {EvalCommand.Classify.class, EvalDealsCommands.Deals.class, EvalDealsCommands.ReutersAcq.class,
                EvalCommand.Extraction.class, EvalCommand.Feeds.class})
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("name an evaluation: wharf eval classify GOLD.jsonl");
    }

    @Command(name = "feeds", mixinStandardHelpOptions = true,
            description = "Parse a folder of feed test cases (e.g. gofeed's or Rome's); compare with expectation files beside them.")
    static final class Feeds implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/feeds/gofeed/testdata")
        Path dir;

        @Option(names = "--show", defaultValue = "0", description = "Print the first N disagreements on stderr.")
        int show;

        @Override
        public Integer call() throws Exception {
            FeedCorpusCheck.Report r = FeedCorpusCheck.run(dir);
            System.out.printf("{\"task\":\"feeds\",\"files\":%d,\"parsed\":%d,\"refusedAsNotAFeed\":%d,\"crashed\":%d,"
                    + "\"withExpectations\":%d,\"fieldsCompared\":%d,\"fieldsAgreed\":%d,\"agreement\":%.4f}%n", r.files(), r.parsed(),
                    r.refused(), r.crashed(), r.checked(), r.fieldsCompared(), r.fieldsAgreed(),
                    r.fieldsCompared() == 0 ? 1.0 : (double) r.fieldsAgreed() / r.fieldsCompared());
            r.disagreements().stream().limit(show).forEach(System.err::println);
            return r.crashed() == 0 ? 0 : 1;
        }
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article text extraction against pages with their true text (html/<id>.html.gz and ground-truth.json).")
    static final class Extraction implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/article-extraction")
        Path dir;

        @Option(names = "--worst", defaultValue = "0", description = "Also print the N worst pages on stderr.")
        int worst;

        @Override
        public Integer call() {
            ExtractionEvaluation.Scores s = ExtractionEvaluation.evaluate(dir);
            System.out.printf("{\"task\":\"extraction\",\"pages\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}%n",
                    s.pages(), s.precision(), s.recall(), s.f1());
            s.perPage().stream().sorted(java.util.Comparator.comparingDouble(p -> p.precision() + p.recall())).limit(worst)
                    .forEach(p -> System.err.printf("%s precision %.3f recall %.3f%n", p.id(), p.precision(), p.recall()));
            return 0;
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = "Company linking and categories against a gold set (JSON lines: id, title, text, companies, about, categories).")
    static final class Classify implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "GOLD", arity = "1..*", description = "The gold set(s), e.g. classify/eval/dev-gold.jsonl")
        List<Path> gold;

        @Option(names = "--errors", description = "Print each article's misses on stderr (with --cv or --by-set, also the out-of-fold category misses, as cvK or by-set lines).")
        boolean errors;

        @Option(names = "--cv", defaultValue = "0", paramLabel = "K",
                description = "Also cross-validate the category model on GOLD with K folds (the figure to quote for the set "
                        + "the bundled model was trained on).")
        int folds;

        @Option(names = "--by-set", description = "Also cross-validate with one fold per GOLD file: each set is scored by a "
                + "model trained on the others. Sets come from different writers, so this estimates a new writer's articles (optimistic "
                + "where the taxonomy or gazetteer was tuned on the sets' errors).")
        boolean bySet;

        @Override
        public Integer call() throws Exception {
            WharfConfig config = common.load();
            List<List<GoldArticle>> perFile = ClassifyEvaluation.readFiles(gold);
            List<GoldArticle> articles = perFile.stream().flatMap(List::stream).toList();
            if (folds == 1 || folds < 0 || folds > articles.size()) {
                throw new IllegalArgumentException("--cv needs at least 2 folds and at most one per article (" + articles.size() + ")");
            }
            if (bySet && gold.size() < 2) {
                throw new IllegalArgumentException("--by-set needs at least two GOLD files");
            }
            ArticleClassifier classifier = StageSettings.classifier(config);
            for (Path g : gold) {
                if (classifier.categoryModelTrainedOn().contains(g.getFileName().toString())) {
                    System.err.println("wharf: note: the category model was trained on " + g.getFileName()
                            + ": its category figures here are in-sample; quote --by-set, --cv or a held-out set");
                }
            }
            ClassifyEvaluation eval = new ClassifyEvaluation(classifier);
            List<List<CategoryTraining.Labelled>> variants = new ArrayList<>();
            for (String variant : ClassifyEvaluation.VARIANTS) {
                List<GoldArticle> input = ClassifyEvaluation.variant(variant, articles);
                List<ArticleClassifier.Analysis> analyses = eval.analyse(variant, input);
                ClassifyEvaluation.Report r = eval.evaluate(variant, input, analyses, errors ? System.err : null);
                ClassifyEvaluation.lines(r).forEach(System.out::println);
                variants.add(CategoryTraining.labelled(input, analyses));
            }
            if (folds > 1) {
                List<SetScore> cv = CategoryTraining.crossValidate(variants, classifier.categoryIds(), folds,
                        StageSettings.categorySettings(config), errors ? System.err : null);
                System.out.println(ClassifyEvaluation.line("categories-cv" + folds, "original", articles.size(), cv.get(0)));
                System.out.println(ClassifyEvaluation.line("categories-cv" + folds, "lowercase", articles.size(), cv.get(1)));
            }
            if (bySet) {
                bySet(perFile.stream().map(List::size).toList(), variants, classifier, config);
            }
            return 0;
        }

        /** @param sizes how many articles each GOLD file holds, in order */
        private void bySet(List<Integer> sizes, List<List<CategoryTraining.Labelled>> variants, ArticleClassifier classifier,
                           WharfConfig config) {
            int[] foldOf = new int[variants.get(0).size()];
            int at = 0;
            for (int f = 0; f < sizes.size(); f++) {
                for (int i = 0; i < sizes.get(f); i++) {
                    foldOf[at++] = f;
                }
            }
            CategoryTraining.FoldScores s = CategoryTraining.crossValidate(variants, classifier.categoryIds(), foldOf,
                    StageSettings.categorySettings(config), "by-set", errors ? System.err : null);
            for (int vi = 0; vi < ClassifyEvaluation.VARIANTS.size(); vi++) {
                String variant = ClassifyEvaluation.VARIANTS.get(vi);
                for (int f = 0; f < gold.size(); f++) {
                    System.out.println(ClassifyEvaluation.line("categories-by-set " + gold.get(f).getFileName(), variant, sizes.get(f),
                            s.perFold().get(vi).get(f)));
                }
                System.out.println(ClassifyEvaluation.line("categories-by-set", variant, foldOf.length, s.total().get(vi)));
            }
        }
    }
}
