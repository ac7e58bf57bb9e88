package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedBrokers;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.process.DataDirLock;
import io.wharf.app.process.ShutdownDeadline;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs only the embedded broker, so the stages can run as separate processes on one machine. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded single-node Kafka broker (KRaft) until Ctrl-C.")
public final class BrokerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws InterruptedException {
        WharfConfig config = common.load();
        DataDirLock lock = DataDirLock.acquire(config.path("data.dir"), DataDirLock.BROKER, "broker");
        // Its configured port or none: stages in other processes are told that port.
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedBrokers.of(config, false).start();
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
        lock.note(broker.bootstrapServers());
        java.time.Duration shutdownTimeout = config.duration("shutdown.timeout");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ShutdownDeadline deadline = ShutdownDeadline.arm(shutdownTimeout);
            deadline.step("stopping the embedded broker");
            broker.close();
            deadline.done();
        }, "wharf-shutdown"));
        System.err.println("wharf: broker listening at " + broker.bootstrapServers() + "; Ctrl-C stops it");
        new CountDownLatch(1).await();
        return 0;
    }
}
