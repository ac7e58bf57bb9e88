package io.wharf.app.pipeline;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A secret from KEY, else from the file named by KEY.file; never logged, never in a message. */
final class Secrets {
    private Secrets() {}

    static String read(WharfConfig c, String key) {
        String direct = c.optional(key);
        if (direct != null) {
            return direct;
        }
        String file = c.optional(key + ".file");
        if (file == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException("cannot read " + key + ".file " + file + ": " + e.getClass().getSimpleName());
        }
    }
}
