package io.wharf.app.cli;

import io.wharf.app.dlq.DeadLetter;
import io.wharf.app.dlq.DeadLetterQueue;
import io.wharf.app.dlq.ReplayResult;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `wharf dlq list|show|replay`: what is in wharf.dlq and why, and putting it back through the pipeline. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "The dead-letter queue (wharf.dlq): list its records, show them, replay them to their original topic.",
        subcommands = {DlqCommand.ListDlq.class, DlqCommand.Show.class, DlqCommand.Replay.class})
public final class DlqCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Options of every dlq command. */
    static class Filter {
        @Mixin
        ClusterOptions common;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "Only records from this original topic (wharf.articles, wharf.enriched, wharf.deals).")
        String topic;

        @Option(names = "--since", paramLabel = "TIME", description = "Only records dead-lettered at or after this instant (ISO-8601, e.g. 2026-12-01T00:00:00Z).")
        String since;

        Instant sinceInstant() {
            try {
                return since == null ? null : Instant.parse(since);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--since " + since + " is not an ISO-8601 instant such as 2026-12-01T00:00:00Z");
            }
        }

        String checkedTopic() {
            if (topic != null && !DeadLetterQueue.REPLAYABLE.contains(topic)) {
                throw new IllegalArgumentException("--topic " + topic + " is none of " + String.join(", ", DeadLetterQueue.REPLAYABLE));
            }
            return topic;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per DLQ record: partition@offset, time, stage, original topic, key, replayed or not, reason.")
    static final class ListDlq extends Filter implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Cluster cluster = Cluster.open(common.load(), "dlq")) {
                DeadLetterQueue dlq = new DeadLetterQueue(cluster.clientConfig("wharf-dlq"));
                List<DeadLetter> records = dlq.list(checkedTopic(), sinceInstant());
                Map<String, Map<org.apache.kafka.common.TopicPartition, Long>> replayed = new HashMap<>();
                for (DeadLetter d : records) {
                    System.out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", d.ref(), d.at(), d.stage(), d.originalTopic(), d.key(),
                            !d.replayable() ? "not-replayable" : dlq.replayed(d, replayed) ? "replayed" : "pending", oneLine(d.error()));
                }
                System.err.printf("wharf: %d record(s) in %s%n", records.size(), io.wharf.model.Topics.DLQ);
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every header and the value of DLQ records (all that match, or the given PARTITION@OFFSET refs).")
    static final class Show extends Filter implements Callable<Integer> {
        @Parameters(paramLabel = "PARTITION@OFFSET", arity = "0..*", description = "Records as `dlq list` names them.")
        List<String> refs = List.of();

        @Override
        public Integer call() {
            try (Cluster cluster = Cluster.open(common.load(), "dlq")) {
                Set<String> wanted = Set.copyOf(refs);
                List<DeadLetter> records = new DeadLetterQueue(cluster.clientConfig("wharf-dlq")).list(checkedTopic(), sinceInstant())
                        .stream().filter(d -> wanted.isEmpty() || wanted.contains(d.ref())).toList();
                records.forEach(d -> print(d, System.out));
                if (!wanted.isEmpty() && records.size() < wanted.size()) {
                    System.err.println("wharf: not in the DLQ (or filtered out): " + wanted.stream()
                            .filter(r -> records.stream().noneMatch(d -> d.ref().equals(r))).sorted().toList());
                    return 1;
                }
                return 0;
            }
        }

        private static void print(DeadLetter d, PrintStream out) {
            out.println("== " + d.ref() + " at " + d.at() + ", key " + d.key());
            d.headers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(h -> out.println(h.getKey() + ": " + h.getValue()));
            out.println(d.value() == null ? "(no value: ingest could not publish it; re-ingest its link)" : d.valueText());
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Publish DLQ records again to their original topic, once the cause is fixed. Each record is replayed once:",
                    "the DLQ offsets are committed per original topic (group wharf-dlq-replay.<topic>) after the publish.",
                    "With --since, older records not yet replayed are passed over for good."})
    static final class Replay extends Filter implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            try (Cluster cluster = Cluster.open(common.load(), "dlq")) {
                List<ReplayResult> results = new DeadLetterQueue(cluster.clientConfig("wharf-dlq-replay")).replay(checkedTopic(), sinceInstant());
                for (ReplayResult r : results) {
                    System.err.printf("wharf: %s: %d replayed, %d without a value (re-ingest them), %d older than --since passed over%n",
                            r.topic(), r.replayed(), r.notReplayable(), r.older());
                }
                return 0;
            }
        }
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
