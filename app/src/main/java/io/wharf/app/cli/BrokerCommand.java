package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
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
        EmbeddedKafkaBroker broker = RunCommand.embeddedBroker(config).start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "wharf-shutdown"));
        System.err.println("wharf: broker listening at " + broker.bootstrapServers() + "; Ctrl-C stops it");
        new CountDownLatch(1).await();
        return 0;
    }
}
