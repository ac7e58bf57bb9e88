package io.wharf.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * Issue 12 point 15: a clean `wharf run --once` printed three Kafka WARN lines (first start of the metadata log, the
 * connections.max.idle.ms comparison, a double close at shutdown). The app's logback.xml drops exactly those.
 */
class ExpectedKafkaWarningsTest {
    @Test
    void theAppsLogbackConfigDropsKafkasExpectedWarningsAndNoOthers() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(ExpectedKafkaWarningsTest.class.getResource("/logback.xml"));
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(seen);

        Logger quorum = context.getLogger("org.apache.kafka.controller.QuorumController");
        Logger consumerConfig = context.getLogger("org.apache.kafka.clients.consumer.ConsumerConfig");
        Logger network = context.getLogger("org.apache.kafka.clients.NetworkClient");
        quorum.warn("[QuorumController id=1] Performing controller activation. The metadata log appears to be empty. Appending {} "
                + "bootstrap record(s) in metadata transaction at metadata.version {} from bootstrap source 'bootstrap'.", 6, "4.4-IV2");
        consumerConfig.warn("Configuration '{}' with value '{}' is lower than configuration 'max.poll.interval.ms' with value '{}'. "
                + "This may cause the connection to the group coordinator to be closed during an ongoing rebalance.", "connections.max.idle.ms",
                540000, 3060000);
        network.warn("[NodeToControllerChannelManager id=1 name=registration] Attempting to close NetworkClient that has already been closed.");
        assertThat(seen.list).isEmpty();

        network.warn("[Consumer clientId=wharf] Connection to node 1 (/127.0.0.1:9092) could not be established.");
        consumerConfig.warn("These configurations '[x]' were supplied but are not used yet.");
        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage).hasSize(2);
        context.stop();
    }
}
