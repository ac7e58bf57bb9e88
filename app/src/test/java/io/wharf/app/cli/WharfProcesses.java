package io.wharf.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `wharf` commands as JVMs of their own, started from the packaged jar (target/wharf-app.jar, which failsafe finds built),
 * each with its stdout and stderr in files under a log folder. Every process started is ended by {@link #close()}, and
 * by a shutdown hook when the test JVM itself is killed (failsafe's timeout), so that none outlives a failed test.
 * Not thread-safe: one test thread starts and stops them.
 */
final class WharfProcesses implements AutoCloseable {
    private static final Path JAR = Path.of("target", "wharf-app.jar").toAbsolutePath();
    private final Path logs;
    private final List<Proc> started = new ArrayList<>();
    private final Thread hook = new Thread(this::killAll, "wharf-processes-kill");

    WharfProcesses(Path logs) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run after `mvn package` (failsafe, `mvn verify`)");
        }
        this.logs = Files.createDirectories(logs);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@code java -Xmx<heap> -jar wharf-app.jar args...}; its output goes to {@code <name>.out} and {@code <name>.err}. */
    Proc start(String name, String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("WHARF_LOG_LEVEL", "INFO");
        Proc p = new Proc(name, pb.start(), err);
        started.add(p);
        return p;
    }

    /** The last lines of every process's stderr, for a failure message. */
    String tails(int lines) {
        StringBuilder sb = new StringBuilder();
        for (Proc p : started) {
            sb.append("\n--- ").append(p.name).append(" (pid ").append(p.process.pid()).append(", ")
                    .append(p.process.isAlive() ? "running" : "exit " + p.process.exitValue()).append("), last lines of ")
                    .append(p.err).append(":\n").append(p.tail(lines));
        }
        return sb.toString();
    }

    /**
     * SIGTERM to each still running, the last started first (the stages before the broker they talk to), each given
     * 15 s for its clean shutdown before SIGKILL.
     */
    @Override
    public void close() {
        try {
            for (int i = started.size() - 1; i >= 0; i--) {
                Process p = started.get(i).process;
                p.destroy();
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killAll();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    private void killAll() {
        started.forEach(p -> p.process.destroyForcibly());
    }

    /** One process: its name in the logs, the process, its stderr file. */
    static final class Proc {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        final String name;
        final Process process;
        private final Path err;

        private Proc(String name, Process process, Path err) {
            this.name = name;
            this.process = process;
            this.err = err;
        }

        boolean stderrContains(String text) {
            return read().contains(text);
        }

        /** SIGKILL, as a crash: no shutdown hook runs, nothing is flushed, the group is not left. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die within 30 s of SIGKILL");
            }
        }

        String tail(int lines) {
            List<String> all = read().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }

        private String read() {
            try {
                return Files.readString(err, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The value of a counter on the process's Prometheus endpoint (metrics.port), summed over the series whose
         * labels contain {@code labels}; 0 while the process has not counted anything yet.
         */
        static double metric(int port, String name, String labels) throws IOException, InterruptedException {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(r.body());
            double sum = 0;
            while (m.find()) {
                if (m.group(1).contains(labels)) {
                    sum += Double.parseDouble(m.group(2));
                }
            }
            return sum;
        }
    }
}
