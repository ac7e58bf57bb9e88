package io.wharf.app.cli;

import io.wharf.app.pipeline.StageSettings;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.categories.CategoryModel;
import io.wharf.classify.eval.CategoryTraining;
import io.wharf.classify.eval.ClassifyEvaluation;
import io.wharf.classify.eval.GoldArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Learning what can be learned from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Learn model weights from labelled data.",
        subcommands = {TrainCommand.Categories.class})
public final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("name what to train: wharf train categories GOLD.jsonl --out FILE");
    }

    @Command(name = "categories", mixinStandardHelpOptions = true,
            description = "Learn the category model from a gold set (as the articles are written and lower-cased); "
                    + "use it with classify.categories.model=FILE.")
    static final class Categories implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Labelled articles, e.g. classify/eval/dev-gold.jsonl")
        List<Path> gold;

        @Option(names = "--out", required = true, description = "Where to write the model (JSON).")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<GoldArticle> articles = ClassifyEvaluation.read(gold);
            ArticleClassifier classifier = StageSettings.classifier(common.load());
            ClassifyEvaluation eval = new ClassifyEvaluation(classifier);
            List<CategoryTraining.Labelled> labelled = new ArrayList<>();
            for (String variant : ClassifyEvaluation.VARIANTS) {
                List<GoldArticle> input = ClassifyEvaluation.variant(variant, articles);
                labelled.addAll(CategoryTraining.labelled(input, eval.analyse(variant, input)));
            }
            CategoryModel model = CategoryTraining.train(labelled, classifier.categoryIds(),
                    gold.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.joining(", "))
                            + " (" + articles.size() + " articles, as written and lower-cased)");
            model.write(out);
            System.err.println("wharf: category model written to " + out);
            return 0;
        }
    }
}
