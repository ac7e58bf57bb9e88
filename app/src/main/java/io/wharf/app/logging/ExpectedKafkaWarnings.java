package io.wharf.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Drops the WARN lines Kafka prints on every healthy `wharf run`, each matched by its logger and its words, so that
 * a WARN on stderr means something (issue 12 point 15). Any other warning of the same loggers still shows. Registered
 * in logback.xml as a turbo filter.
 */
public final class ExpectedKafkaWarnings extends TurboFilter {
    /** A warning we expect: its logger and a phrase of its message. */
    record Expected(String logger, String phrase) {}

    static final List<Expected> EXPECTED = List.of(
            // The embedded broker's first start: its metadata log is new, so it is bootstrapped. That is what a first start is.
            new Expected("org.apache.kafka.controller.QuorumController", "The metadata log appears to be empty"),
            // Classify's max.poll.interval.ms is records per poll x classify.max.seconds + 1 min (51 min by default: a slow batch keeps its
            // partitions), above the default connections.max.idle.ms. Kafka warns that an idle coordinator connection may be
            // closed during a rebalance; the consumer reconnects, and a longer idle time for every connection buys nothing.
            new Expected("org.apache.kafka.clients.consumer.ConsumerConfig", "is lower than configuration 'max.poll.interval.ms'"),
            // Stopping the embedded broker closes its controller channel twice (Kafka's own shutdown order); nothing is lost.
            new Expected("org.apache.kafka.clients.NetworkClient", "Attempting to close NetworkClient that has already been closed"));

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.WARN || format == null || !logger.getName().startsWith("org.apache.kafka")) {
            return FilterReply.NEUTRAL;
        }
        String message = null;
        for (Expected e : EXPECTED) {
            if (e.logger().equals(logger.getName())) {
                if (message == null) {
                    message = MessageFormatter.arrayFormat(format, params).getMessage();
                }
                if (message.contains(e.phrase())) {
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }
}
