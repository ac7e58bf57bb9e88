package io.wharf.bench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Runs a command as a new user would (its own JVM) and watches it: when each line of its standard output came
 * (one line per stored article with {@code run --once --json}), and its peak resident memory, from Linux's
 * {@code VmHWM} sampled until it exits. Its standard error goes to a file.
 */
final class WatchedRun {
    record Result(int exitCode, List<Long> lineNanos, long peakRssKb, double seconds) {}

    private WatchedRun() {}

    static Result run(List<String> command, Map<String, String> env, Path stderr, long timeoutMinutes, LongConsumer onLine)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        List<Long> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                while (r.readLine() != null) {
                    long at = System.nanoTime() - t0;
                    synchronized (lines) {
                        lines.add(at);
                    }
                    onLine.accept(at);
                }
            } catch (IOException e) {
                // the process ended; what was read is what it printed
            }
        }, "bench-stdout");
        reader.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        long deadline = t0 + TimeUnit.MINUTES.toNanos(timeoutMinutes);
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRssKb(status));
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("the run did not end within " + timeoutMinutes + " minutes; see " + stderr);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        reader.join(10_000);
        synchronized (lines) {
            return new Result(p.exitValue(), List.copyOf(lines), peak, seconds);
        }
    }

    /**
     * Runs {@code ./wharf --version} once, so that what the script does once per build (building, archiving the
     * classes) is done before anything is timed.
     */
    static void prepare(Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(root.resolve("wharf").toString(), "--version").inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("./wharf --version failed");
        }
    }

    /** The high-water mark of resident memory, in kB; 0 once the process is gone or off Linux. */
    static long peakRssKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone between two samples
        }
        return 0;
    }
}
