package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedBrokers;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.process.DataDirLock;
import io.wharf.app.process.ShutdownDeadline;
import io.wharf.app.pipeline.Pipeline;
import io.wharf.app.pipeline.PipelineParts;
import io.wharf.app.pipeline.Preflight;
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
    ClusterOptions common;

    @Option(names = "--once", description = "Poll every source once, wait until the new articles are stored, then exit.")
    boolean once;

    @Option(names = "--json", description = "Print stored articles as JSON lines instead of a readable line each.")
    boolean json;

    @Option(names = "--timeout", defaultValue = "PT5M", description = "With --once: how long to wait for the articles (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        WharfConfig config = common.load();
        // Before anything else: a second Wharf in this folder would fight the first over the broker's log.
        String bootstrap = config.optional("kafka.bootstrap.servers");
        String command = once ? "run --once" : "run";
        DataDirLock brokerLock = bootstrap == null ? DataDirLock.acquire(config.path("data.dir"), DataDirLock.BROKER, command) : null;
        DataDirLock ingestLock;
        try {
            ingestLock = DataDirLock.acquire(config.path("data.dir"), DataDirLock.INGEST, command);
        } catch (RuntimeException e) {
            release(brokerLock, null);
            throw e;
        }
        EmbeddedKafkaBroker broker = null;
        try {
            // After the locks (a second Wharf is told so first), before the broker starts and CoreNLP loads (seconds).
            Preflight.require(config, Preflight.partsOf(EnumSet.allOf(Stage.class), config));
            // CoreNLP and the database get ready on other threads while the broker starts: seconds each, side by side.
            PipelineParts parts = PipelineParts.startLoading(config, EnumSet.allOf(Stage.class));
            broker = bootstrap == null ? EmbeddedBrokers.of(config, true).start() : null;
            ingestLock.note(broker != null ? broker.bootstrapServers() : bootstrap);
            if (brokerLock != null) {
                brokerLock.note(broker.bootstrapServers());
            }
            Pipeline pipeline = new Pipeline(config, broker != null ? broker.bootstrapServers() : bootstrap,
                    EnumSet.allOf(Stage.class), new StoredPrinter(System.out, json), parts);
            if (!once) {
                return runUntilStopped(pipeline, broker, config.duration("shutdown.timeout"));
            }
            int rc = StageCommands.runOnce(pipeline, timeout);
            if (broker != null) {
                // A clean stop keeps the next start fast (no wait for the old session to expire), but may not hang.
                ShutdownDeadline deadline = ShutdownDeadline.arm(config.duration("shutdown.timeout"));
                deadline.step("stopping the embedded broker");
                broker.close();
                deadline.done();
            }
            return rc;
        } catch (RuntimeException | Error e) {
            if (broker != null) {
                broker.close();
            }
            release(brokerLock, ingestLock);
            throw e;
        } finally {
            if (once) {
                release(brokerLock, ingestLock);
            }
        }
    }

    private static void release(DataDirLock... locks) {
        for (DataDirLock l : locks) {
            if (l != null) {
                l.release();
            }
        }
    }

    private static int runUntilStopped(Pipeline pipeline, EmbeddedKafkaBroker broker, Duration shutdownTimeout) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ShutdownDeadline deadline = ShutdownDeadline.arm(shutdownTimeout);
            System.err.println("wharf: stopping (finishing the current batches; at most " + shutdownTimeout.toSeconds() + " s)");
            deadline.step("finishing the stages' batches");
            try {
                pipeline.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (broker != null) {
                deadline.step("stopping the embedded broker");
                broker.close();
            }
            deadline.done();
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

}
