package io.wharf.bench.e2e;

import io.wharf.app.config.WharfConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * From an item appearing in a polled feed to its alert: {@code ./wharf run} (continuous, its own JVM) polls a
 * loopback feed every second; an acquisition item appears every few seconds; a rule sends every acquisition to a
 * loopback webhook, which notes when each alert arrived. Prints p50, p95 and the maximum of those delays. The poll
 * interval is part of the delay (up to one interval), as it is for a user.
 * Arguments: [N items, default 40] [seconds between items, default 2].
 */
public final class AlertLatencyBench {
    private static final String[] ACQUIRERS = {"Cisco", "IBM", "VMware", "Microsoft", "Oracle", "Red Hat", "Broadcom", "NetApp",
        "Palo Alto Networks", "Akamai"};
    private static final String[] TARGETS = {"Portworx", "Sysdig", "Aqua Security", "Snyk", "Tigera", "Isovalent", "Kong",
        "Mirantis", "JFrog", "Platform9", "Spectro Cloud", "Chainguard"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double gap = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
        if (n > ACQUIRERS.length * TARGETS.length) {
            throw new IllegalArgumentException("at most " + ACQUIRERS.length * TARGETS.length + " distinct deals");
        }
        Path root = Path.of(System.getProperty("wharf.home", ".")).toAbsolutePath().normalize();
        WatchedRun.prepare(root);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = ACQUIRERS[i % ACQUIRERS.length];
            String t = TARGETS[(i / ACQUIRERS.length + i) % TARGETS.length];
            items.add(a + " has agreed to acquire " + t + ", the two companies said on Tuesday. Terms were not disclosed.");
        }
        Path dir = Files.createTempDirectory("wharf-latency");
        try (GrowingFeed feed = new GrowingFeed(items)) {
            Path sources = Files.writeString(dir.resolve("sources.yml"), "sources:\n  - id: deal-wire\n    url: " + feed.base()
                    + "/feed.xml\n    poll: PT1S\n    pages: false\n");
            Path rules = Files.writeString(dir.resolve("rules.yml"), "rules:\n  - name: every-acquisition\n    type: acquisition\n"
                    + "    channels: [webhook]\n");
            Map<String, String> env = Map.of(WharfConfig.envName("data.dir"), dir.resolve("data").toString(),
                    WharfConfig.envName("ingest.sources.file"), sources.toString(), WharfConfig.envName("ingest.fetch.allow"), "127.0.0.1/32",
                    WharfConfig.envName("alert.rules.file"), rules.toString(), WharfConfig.envName("alert.webhook.url"), feed.base() + "/hook",
                    WharfConfig.envName("alert.webhook.allow"), "127.0.0.1/32");
            Path stderr = dir.resolve("run.stderr");
            ProcessBuilder pb = new ProcessBuilder(root.resolve("wharf").toString(), "run").redirectError(stderr.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(env);
            Process wharf = pb.start();
            try {
                awaitRunning(wharf, stderr);
                for (int i = 0; i < n; i++) {
                    feed.publish();
                    Thread.sleep((long) (gap * 1000));
                    if (System.console() != null) {
                        System.err.printf("\ritems %d/%d, alerts %d   ", i + 1, n, feed.alertedCount());
                    }
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (feed.alertedCount() < n && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
            } finally {
                wharf.destroy();
                if (!wharf.waitFor(60, TimeUnit.SECONDS)) {
                    wharf.destroyForcibly();
                }
            }
            List<Double> l = feed.latencies();
            System.out.printf("{\"items\":%d,\"alerted\":%d,\"pollInterval\":\"PT1S\",\"p50Seconds\":%.2f,\"p95Seconds\":%.2f,"
                    + "\"maxSeconds\":%.2f}%n", n, l.size(), pct(l, 0.5), pct(l, 0.95), l.isEmpty() ? Double.NaN : l.get(l.size() - 1));
            if (l.size() < n) {
                System.err.println("some items got no alert within a minute; the run's log: " + stderr);
            }
        }
    }

    private static void awaitRunning(Process wharf, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!wharf.isAlive()) {
                throw new IllegalStateException("wharf run exited " + wharf.exitValue() + "; see " + stderr);
            }
            if (Files.exists(stderr) && Files.readString(stderr).contains("wharf: running")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("wharf run did not start within 5 minutes; see " + stderr);
    }

    /** The value below which a fraction {@code p} of the sorted values lie (nearest rank). */
    static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
