package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.Backlog;
import io.wharf.app.pipeline.Pipeline;
import io.wharf.app.pipeline.Preflight;
import io.wharf.app.pipeline.Stage;
import io.wharf.app.process.DataDirLock;
import io.wharf.app.process.ShutdownDeadline;
import io.wharf.ingest.PollResult;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One stage per process, against a real cluster: how the stages run as services (docker-compose). */
public final class StageCommands {
    private StageCommands() {}

    abstract static class StageCommand implements Callable<Integer> {
        @Mixin
        ClusterOptions common;

        abstract Stage stage();

        @Override
        public Integer call() throws Exception {
            WharfConfig config = common.load();
            String name = stage().name().toLowerCase(java.util.Locale.ROOT);
            CommonOptions.requireBootstrap(config, name);
            // Ingest owns the folder's state file: one ingest per folder. Classify and store scale as group members.
            DataDirLock lock = stage() == Stage.INGEST ? DataDirLock.acquire(config.path("data.dir"), DataDirLock.INGEST, name) : null;
            try {
                return runStage(config, name);
            } finally {
                if (lock != null) {
                    lock.release(); // reached only by --once: a running stage ends with the process
                }
            }
        }

        private int runStage(WharfConfig config, String name) throws Exception {
            // After the lock, before CoreNLP loads and any client connects: a mistake in what the configuration names ends it here.
            Preflight.require(config, Preflight.partsOf(EnumSet.of(stage()), config));
            Pipeline pipeline = new Pipeline(config, CommonOptions.requireBootstrap(config, name), EnumSet.of(stage()),
                    new StoredPrinter(System.out, false));
            if (this instanceof Ingest ingest && ingest.once) {
                List<PollResult> results = pipeline.pollOnce();
                pipeline.close();
                report(results);
                return results.stream().anyMatch(r -> r.failed() || r.refused() > 0) ? 1 : 0;
            }
            Duration shutdownTimeout = config.duration("shutdown.timeout");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ShutdownDeadline deadline = ShutdownDeadline.arm(shutdownTimeout);
                deadline.step("finishing the " + name + " stage's batch");
                try {
                    pipeline.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                deadline.done();
            }, "wharf-shutdown"));
            pipeline.onStageDeath(e -> RunCommand.exitForRestart(e));
            pipeline.start(true);
            System.err.println("wharf: " + name + " stage running; Ctrl-C stops");
            new CountDownLatch(1).await();
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Poll the sources and publish articles to Kafka.")
    public static final class Ingest extends StageCommand {
        @Option(names = "--once", description = "Poll every source once and exit.")
        boolean once;

        @Override
        Stage stage() {
            return Stage.INGEST;
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = {"Annotate articles from Kafka and publish enriched articles.",
                    "With --in: classify a JSON-lines file of articles (id, title, text) without Kafka, same code path."})
    public static final class Classify extends StageCommand {
        @Option(names = "--in", paramLabel = "FILE", description = "Articles as JSON lines (at least id, title, text); - for stdin.")
        java.nio.file.Path in;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write EnrichedArticle JSON lines (default stdout).")
        java.nio.file.Path out;

        @Override
        Stage stage() {
            return Stage.CLASSIFY;
        }

        @Override
        public Integer call() throws Exception {
            if (in == null) {
                if (out != null) {
                    throw new IllegalArgumentException("--out goes with --in");
                }
                return super.call();
            }
            // The files and the configuration before CoreNLP loads (seconds), so that a typo costs nothing.
            String problem = "-".equals(in.toString()) ? null : io.wharf.app.config.FileCheck.readable(in);
            if (problem != null) {
                throw new IllegalArgumentException("--in " + problem);
            }
            problem = out == null ? null : io.wharf.app.config.FileCheck.writable(out);
            if (problem != null) {
                throw new IllegalArgumentException("--out " + problem);
            }
            WharfConfig config = common.load();
            Preflight.require(config, java.util.Set.of(Preflight.Part.CLASSIFY));
            return new BatchClassifier(io.wharf.app.pipeline.StageSettings.classifier(config)).run(in, out);
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true, description = "Write enriched articles from Kafka to the database.")
    public static final class Store extends StageCommand {
        @Override
        Stage stage() {
            return Stage.STORE;
        }
    }

    @Command(name = "alert", mixinStandardHelpOptions = true,
            description = {"Send alerts about deals from Kafka (wharf.deals) by the rules of alert.rules.file.",
                    "Once per deal and channel; updates (completed, terminated, a price) where a rule asks for them."})
    public static final class Alert extends StageCommand {
        @Override
        Stage stage() {
            return Stage.ALERT;
        }

        @Override
        public Integer call() throws Exception {
            if (!io.wharf.app.pipeline.AlertWiring.enabled(common.load())) {
                throw new io.wharf.app.config.ConfigException("`wharf alert` needs a rules file: set alert.rules.file ("
                        + io.wharf.app.config.WharfConfig.envName("alert.rules.file") + "), e.g. config/alert-rules.yml");
            }
            return super.call();
        }
    }

    /**
     * Polls once, waits until what was published and what an earlier run left on the topics is stored, prints a
     * summary on stderr. Exit 1 when anything failed: a source, an article that went to the DLQ, the timeout.
     */
    static int runOnce(Pipeline pipeline, Duration timeout) throws InterruptedException {
        try (pipeline) {
            Backlog backlog = pipeline.backlog(); // before the stages start: their offsets stand still
            pipeline.start(false);
            List<PollResult> results = pipeline.pollOnce();
            long published = report(results);
            boolean drained = pipeline.awaitDrained(published, backlog, timeout);
            long failedSources = results.stream().filter(PollResult::failed).count();
            long dead = pipeline.deadLettered() + results.stream().mapToLong(PollResult::refused).sum();
            System.err.printf("wharf: %d new article(s), %d waiting from an earlier run (%d to classify, %d to store); %d stored, "
                            + "%d to the DLQ, %d source(s) failed%s%n", published, backlog.total(), backlog.articles(), backlog.enriched(),
                    pipeline.stored(), dead, failedSources, drained ? "" : " (timed out after " + timeout.toSeconds() + " s waiting for the rest)");
            return drained && dead == 0 && failedSources == 0 ? 0 : 1;
        }
    }

    static long report(List<PollResult> results) {
        long published = 0;
        for (PollResult r : results) {
            published += r.published();
            if (r.refused() > 0) {
                System.err.printf("wharf: source %s: %d article(s) could not be published and went to the DLQ (`wharf dlq list`)%n",
                        r.sourceId(), r.refused());
            }
            if (r.failed()) {
                System.err.printf("wharf: source %s failed: %s%n", r.sourceId(), r.error());
            } else {
                System.err.printf("wharf: source %s: %s%n", r.sourceId(),
                        r.notModified() ? "not modified" : r.items() + " item(s), " + r.published() + " new");
            }
        }
        return published;
    }
}
