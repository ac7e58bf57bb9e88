package io.wharf.alert.channel;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an alert through a channel, retrying a failure with exponential backoff (1 s, 2 s, 4 s... capped) up to
 * {@code attempts} tries in all; a {@link Channel.Permanent} failure is not retried. The outcome says whether it was
 * delivered and, if not, why (for the DLQ).
 */
public final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    public record Settings(int attempts, Duration backoff, Duration maxBackoff) {
        public Settings {
            if (attempts < 1) {
                throw new IllegalArgumentException("alert.retry.attempts must be at least 1");
            }
        }
    }

    /** @param error null when delivered */
    public record Outcome(String channel, int attempts, String error) {
        public boolean delivered() {
            return error == null;
        }
    }

    private final Settings settings;

    public Delivery(Settings settings) {
        this.settings = settings;
    }

    public Outcome deliver(Channel channel, Alert alert) {
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                channel.send(alert);
                return new Outcome(channel.name(), attempt, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(channel.name(), attempt, "interrupted");
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                if (e instanceof Channel.Permanent || attempt >= settings.attempts()) {
                    return new Outcome(channel.name(), attempt, channel.name() + ": " + reason + " (" + attempt + " attempt(s))");
                }
                LOG.warn("alert {} via {}: attempt {} failed ({}); retrying in {} ms", alert.idempotencyKey(), channel.name(), attempt,
                        reason, wait.toMillis());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return new Outcome(channel.name(), attempt, "interrupted");
                }
                wait = wait.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait.multipliedBy(2);
            }
        }
    }
}
