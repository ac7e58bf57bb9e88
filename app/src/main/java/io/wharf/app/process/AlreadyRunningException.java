package io.wharf.app.process;

/** Another Wharf process holds the data folder; the CLI prints the message as one line and exits 3. */
public final class AlreadyRunningException extends RuntimeException {
    public AlreadyRunningException(String message) {
        super(message);
    }
}
