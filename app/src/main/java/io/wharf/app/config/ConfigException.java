package io.wharf.app.config;

/** Bad configuration, with a one-line message meant for the user (no stack trace is shown). */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
