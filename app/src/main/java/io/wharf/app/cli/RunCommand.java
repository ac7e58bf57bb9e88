package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.pipeline.Pipeline;
import io.wharf.app.pipeline.Stage;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The whole job in one process: the embedded broker (unless a cluster is configured), every stage, SQLite. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run every stage in this process (embedded Kafka and SQLite by default) until Ctrl-C.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--once", description = "Poll every source once, wait until the new articles are stored, then exit.")
    boolean once;

    @Option(names = "--json", description = "Print stored articles as JSON lines instead of a readable line each.")
    boolean json;

    @Option(names = "--timeout", defaultValue = "PT5M", description = "With --once: how long to wait for the articles (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        WharfConfig config = common.load();
        String bootstrap = config.optional("kafka.bootstrap.servers");
        EmbeddedKafkaBroker broker = bootstrap == null ? embeddedBroker(config).start() : null;
        try {
            Pipeline pipeline = new Pipeline(config, broker != null ? broker.bootstrapServers() : bootstrap,
                    EnumSet.allOf(Stage.class), new StoredPrinter(System.out, json));
            if (!once) {
                return runUntilStopped(pipeline, broker);
            }
            int rc = StageCommands.runOnce(pipeline, timeout);
            if (broker != null) {
                broker.close(); // a clean stop keeps the next start fast (no wait for the old session to expire)
            }
            return rc;
        } catch (RuntimeException | Error e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    private static int runUntilStopped(Pipeline pipeline, EmbeddedKafkaBroker broker) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("wharf: stopping (finishing the current batches)");
            try {
                pipeline.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (broker != null) {
                broker.close();
            }
        }, "wharf-shutdown"));
        pipeline.onStageDeath(e -> exitForRestart(e));
        pipeline.start(true);
        System.err.println("wharf: running; stored articles are printed below; Ctrl-C stops");
        new CountDownLatch(1).await();
        return 0;
    }

    /** A dead stage ends the process (exit code 70) so that a supervisor (compose's restart policy) restarts it. */
    static void exitForRestart(Throwable e) {
        System.err.println("wharf: a stage stopped (" + e.getMessage() + "); exiting so that it can be restarted");
        System.exit(70);
    }

    static EmbeddedKafkaBroker embeddedBroker(WharfConfig config) {
        return new EmbeddedKafkaBroker(config.path("data.dir").resolve("kafka"), config.integer("kafka.embedded.port", 1, 65535),
                config.integer("kafka.embedded.controller.port", 1, 65535));
    }
}
