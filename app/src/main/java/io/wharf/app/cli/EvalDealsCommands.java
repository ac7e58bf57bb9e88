package io.wharf.app.cli;

import io.wharf.app.pipeline.StageSettings;
import io.wharf.classify.eval.DealEvaluation;
import io.wharf.classify.eval.DealGold;
import io.wharf.classify.eval.ReutersAcqEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `wharf eval deals` and `wharf eval reuters-acq`: deal extraction against labelled passages and Reuters stories. */
final class EvalDealsCommands {
    private EvalDealsCommands() {}

    @Command(name = "deals", mixinStandardHelpOptions = true,
            description = "Deal extraction against gold passages (JSON lines: id, title, text, publishedAt, deals; format in classify/eval/deals/README.md): "
                    + "precision, recall and F1 per deal type, and accuracy per field.")
    static final class Deals implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "GOLD", arity = "1..*", description = "The gold set(s), e.g. classify/eval/deals/dev-a.jsonl")
        List<Path> gold;

        @Option(names = "--errors", description = "Print each miss, spurious deal and wrong field on stderr.")
        boolean errors;

        @Override
        public Integer call() {
            List<DealGold> passages = new ArrayList<>();
            gold.forEach(g -> passages.addAll(DealGold.read(g)));
            DealEvaluation.Report r = new DealEvaluation(StageSettings.classifier(common.load())).evaluate(passages, errors ? System.err : null);
            for (Map.Entry<String, DealEvaluation.Counts> e : r.byType().entrySet()) {
                DealEvaluation.Counts c = e.getValue();
                System.out.printf(Locale.ROOT, "{\"task\":\"deals\",\"passages\":%d,\"type\":\"%s\",\"tp\":%d,\"fp\":%d,\"fn\":%d,"
                        + "\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}%n", r.passages(), e.getKey(), c.tp, c.fp, c.fn,
                        c.precision(), c.recall(), c.f1());
            }
            for (Map.Entry<String, int[]> e : r.fields().entrySet()) {
                int[] f = e.getValue();
                System.out.printf(Locale.ROOT, "{\"task\":\"deals\",\"field\":\"%s\",\"correct\":%d,\"compared\":%d,\"accuracy\":%.4f}%n",
                        e.getKey(), f[0], f[1], f[1] == 0 ? 1.0 : (double) f[0] / f[1]);
            }
            return 0;
        }
    }

    @Command(name = "reuters-acq", mixinStandardHelpOptions = true,
            description = "Reuters-21578 topic acq as a document question (does the story report an acquisition?), untrained: "
                    + "precision, recall and F1 of 'an acquisition was extracted'.")
    static final class ReutersAcq implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "../shared/data/reuters21578/modapte-train.jsonl")
        Path file;

        @Option(names = "--part", defaultValue = "HELDOUT", description = "DEV, HELDOUT (every fifth story by newid, kept unread) or ALL")
        ReutersAcqEvaluation.Part part;

        @Option(names = "--limit", defaultValue = "0", description = "Only the first N stories of the part.")
        int limit;

        @Option(names = "--errors", description = "Print misses and spurious stories on stderr.")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            DealEvaluation.Counts c = new ReutersAcqEvaluation(StageSettings.classifier(common.load())).evaluate(file, part, limit,
                    errors ? System.err : null);
            System.out.printf(Locale.ROOT, "{\"task\":\"reuters-acq\",\"part\":\"%s\",\"tp\":%d,\"fp\":%d,\"fn\":%d,\"precision\":%.4f,"
                    + "\"recall\":%.4f,\"f1\":%.4f}%n", part, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1());
            return 0;
        }
    }
}
