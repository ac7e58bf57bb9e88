package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.Backfill;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `wharf backfill --from-topic`: fill the configured store (a new one, after moving stores) from Kafka. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Fill the configured store from what Kafka still holds on wharf.enriched (e.g. a new PostgreSQL after SQLite).",
                "Safe to repeat (upserts); the pipeline's own offsets are not touched. Exit 1 when a record went to the DLQ or time ran out."})
public final class BackfillCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions common;

    @Option(names = "--from-topic", required = true, description = "Read wharf.enriched from its start (the one source a backfill has today).")
    boolean fromTopic;

    @Option(names = "--json", description = "Print stored articles as JSON lines instead of a readable line each.")
    boolean json;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "How long to wait for the store (ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        WharfConfig config = common.load();
        try (Cluster cluster = Cluster.open(config, "backfill")) {
            Backfill.Result r = Backfill.run(config, cluster.clientConfig("wharf-backfill"), new StoredPrinter(System.out, json), timeout);
            System.err.printf("wharf: backfill: %d record(s) on wharf.enriched; %d stored, %d to the DLQ%s%n", r.onTopic(), r.stored(),
                    r.deadLettered(), r.complete() ? "" : " (stopped before the end: timed out after " + timeout.toSeconds() + " s)");
            return r.complete() && r.deadLettered() == 0 ? 0 : 1;
        }
    }
}
