package io.wharf.bench.e2e;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.StageSettings;
import io.wharf.model.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline as a new user runs it, beside bare CoreNLP, in one run. N stories go into local RSS feeds;
 * {@code ./wharf run --once --json} (its own JVM, the embedded broker, SQLite, the defaults: classify threads,
 * deals, alerts as configured) reads them, and every stored article's line is timed. Then bare CoreNLP annotates
 * the same stories with the same annotators on as many threads as the classify stage had. Prints the time from
 * launch to the first stored article, the steady-state rates (from the 20% mark to the last article, past loading
 * and the compiler's first minutes) and their ratio, and the run's peak resident memory.
 * Arguments: STORIES.jsonl [N, default 5000]. {@code -Dorder=bare-first} runs bare CoreNLP first.
 */
public final class EndToEndBench {
    static final double STEADY_FROM = 0.2;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EndToEndBench STORIES.jsonl [N]   (lines with title and text or body, e.g. Reuters-21578 as JSONL)");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        Path root = Path.of(System.getProperty("wharf.home", ".")).toAbsolutePath().normalize();
        WatchedRun.prepare(root);
        List<BenchFeeds.Story> stories = BenchFeeds.read(Path.of(args[0]), n);
        Path dir = Files.createTempDirectory("wharf-e2e");
        Path sources = BenchFeeds.write(stories, dir.resolve("feeds"));
        Map<String, String> env = Map.of(WharfConfig.envName("data.dir"), dir.resolve("data").toString(),
                WharfConfig.envName("ingest.sources.file"), sources.toString());
        Map<String, String> all = new java.util.HashMap<>(System.getenv()); // the run inherits this environment too
        all.putAll(env);
        WharfConfig config = WharfConfig.load(null, all, Map.of());
        int threads = StageSettings.classifyThreads(config);
        boolean bareFirst = "bare-first".equals(System.getProperty("order"));
        List<Long> bare = bareFirst ? BareCoreNlp.run(StageSettings.nlp(config), stories, threads) : null;
        WatchedRun.Result run = pipeline(root, env, dir, n);
        if (!bareFirst) {
            bare = BareCoreNlp.run(StageSettings.nlp(config), stories, threads);
        }
        double e2e = BareCoreNlp.steadyRate(run.lineNanos(), STEADY_FROM);
        double nlp = BareCoreNlp.steadyRate(bare, STEADY_FROM);
        double first = run.lineNanos().isEmpty() ? Double.NaN : run.lineNanos().get(0) / 1e9;
        System.out.printf("{\"articles\":%d,\"stored\":%d,\"exitCode\":%d,\"classifyThreads\":%d,\"cores\":%d,"
                + "\"firstStoredSeconds\":%.2f,\"runSeconds\":%.1f,\"endToEndPerSecond\":%.2f,\"bareCoreNlpPerSecond\":%.2f,"
                + "\"endToEndToBareRatio\":%.3f,\"peakRssMb\":%d,\"order\":\"%s\"}%n", n, run.lineNanos().size(), run.exitCode(),
                threads, Runtime.getRuntime().availableProcessors(), first, run.seconds(), e2e, nlp, e2e / nlp,
                run.peakRssKb() / 1024, bareFirst ? "bare-first" : "pipeline-first");
    }

    private static WatchedRun.Result pipeline(Path root, Map<String, String> env, Path dir, int n) throws Exception {
        List<String> command = new ArrayList<>(List.of(root.resolve("wharf").toString(), "run", "--once", "--json", "--timeout", "PT60M"));
        Path stderr = dir.resolve("run.stderr");
        Progress progress = new Progress("wharf run --once", n);
        WatchedRun.Result run = WatchedRun.run(command, env, stderr, 90, at -> {
            synchronized (progress) {
                progress.step();
            }
        });
        if (run.exitCode() != 0) {
            System.err.println("wharf run --once exited " + run.exitCode() + "; its log: " + stderr);
        }
        return run;
    }
}
