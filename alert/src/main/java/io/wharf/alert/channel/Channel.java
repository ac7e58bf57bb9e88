package io.wharf.alert.channel;

/** Where alerts go. {@link #send} throws when the receiver did not take the alert; the caller retries. */
public interface Channel extends AutoCloseable {
    /** The name rules use: log, topic, webhook, email. */
    String name();

    void send(Alert alert) throws Exception;

    /** A failure not worth retrying (a refused address, a 4xx answer, bad credentials). */
    final class Permanent extends Exception {
        public Permanent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    default void close() {}
}
