package io.wharf.app.ops;

import io.wharf.app.kafka.TopicScanner;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the operations ITs share: records to send, topics read to their end, the counts each test prints. */
public final class OpsKit {
    private OpsKit() {}

    static Article article(int i) {
        String url = "https://ops.test/article-" + i;
        return new Article(ArticleIds.of(url), url, url, "ops", "Article " + i, "Kubernetes news number " + i + ".", "",
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z"), "en", null);
    }

    static EnrichedArticle enriched(int i) {
        return new EnrichedArticle(article(i), List.of(), List.of(), List.of(), List.of(), "ops-test", Instant.parse("2024-01-02T00:00:01Z"));
    }

    static void send(String bootstrap, String topic, List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> r : records) {
                p.send(r).get();
            }
        }
    }

    static ProducerRecord<String, byte[]> record(String topic, String key, Object value) {
        return new ProducerRecord<>(topic, key, value instanceof byte[] b ? b : Json.toBytes(value));
    }

    /** Every committed record of the topic, as it stands now. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (TopicScanner s = new TopicScanner(Map.of("bootstrap.servers", bootstrap), null)) {
            s.scan(topic, false, null, out::add);
        }
        return out;
    }

    /** Records beyond the first of each key: deliveries the idempotent path had to absorb. */
    static long duplicateKeys(List<ConsumerRecord<String, byte[]>> records) {
        return records.size() - records.stream().map(ConsumerRecord::key).distinct().count();
    }

    public static void await(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    static void printCounts(String test, long in, long stored, long dlq, long duplicates) {
        System.out.printf("[counts] %s: in %d, stored %d, DLQ %d, duplicates %d%n", test, in, stored, dlq, duplicates);
    }

    /** Runs the `wharf` command line in this JVM, capturing what it prints. */
    static Cli cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = io.wharf.app.Main.execute(args);
            return new Cli(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            out.print(o.toString(StandardCharsets.UTF_8));
            err.print(e.toString(StandardCharsets.UTF_8));
        }
    }

    record Cli(int code, String out, String err) {}
}
