package io.wharf.bench.e2e;

import static io.wharf.bench.ClassifyBench.median;

import io.wharf.app.config.WharfConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Start-up with and without class-data sharing, side by side: {@code ./wharf run --once} on the bundled demo
 * feeds, a fresh data folder each time, alternating the archive off and on (which goes first alternates too).
 * Prints the median seconds from launch to the first stored article and to exit for each, and their ratios.
 * Arguments: [ROUNDS, default 3].
 */
public final class StartupBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = Path.of(System.getProperty("wharf.home", ".")).toAbsolutePath().normalize();
        WatchedRun.prepare(root);
        double[][] first = new double[2][rounds];
        double[][] total = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int cds = (r + k) % 2; // 1 = with the archive
                Path dir = Files.createTempDirectory("wharf-startup");
                Map<String, String> env = Map.of(WharfConfig.envName("data.dir"), dir.toString(),
                        WharfConfig.envName("ingest.sources.file"), root.resolve("config/sources.yml").toString(),
                        "WHARF_CDS", cds == 1 ? "on" : "off");
                WatchedRun.Result run = WatchedRun.run(List.of(root.resolve("wharf").toString(), "run", "--once"), env,
                        dir.resolve("run.stderr"), 10, at -> { });
                if (run.exitCode() != 0 || run.lineNanos().isEmpty()) {
                    throw new IllegalStateException("wharf run --once failed (exit " + run.exitCode() + "); see " + dir.resolve("run.stderr"));
                }
                first[cds][r] = run.lineNanos().get(0) / 1e9;
                total[cds][r] = run.seconds();
                System.err.printf("round %d, class-data sharing %s: first stored article after %.2f s, exit after %.2f s%n", r + 1,
                        cds == 1 ? "on" : "off", first[cds][r], total[cds][r]);
            }
        }
        System.out.printf("{\"rounds\":%d,\"firstStoredSecondsWithout\":%.2f,\"firstStoredSecondsWith\":%.2f,\"firstStoredRatio\":%.3f,"
                + "\"exitSecondsWithout\":%.2f,\"exitSecondsWith\":%.2f,\"exitRatio\":%.3f}%n", rounds, median(first[0]), median(first[1]),
                median(first[1]) / median(first[0]), median(total[0]), median(total[1]), median(total[1]) / median(total[0]));
    }
}
