package io.wharf.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.pipeline.Pipeline;
import io.wharf.app.pipeline.Stage;
import io.wharf.app.pipeline.StageSettings;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Json;
import io.wharf.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Articles per second through the whole classify stage (Kafka in and out, JSON, CoreNLP, linking, categories,
 * transactions) with 2 threads, beside bare CoreNLP on the same texts with the same annotators and 2 threads,
 * in one run, alternating the two so that drift on a shared machine hits both. Prints the ratio of the medians.
 * Also times our own work after annotation (linking, categories, the record's JSON) on one thread against the
 * annotation of the same articles on one thread: the CPU our code adds, apart from Kafka and scheduling.
 * Arguments: ARTICLES.jsonl [N articles, default 400] [rounds, default 3] [warm-up passes, default 2].
 */
public final class ClassifyBench {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ClassifyBench ARTICLES.jsonl [N] [ROUNDS] [WARMUPS]   (lines with title and text or body)");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        List<Article> articles = read(Path.of(args[0]), n);
        Path dir = Files.createTempDirectory("wharf-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts(dir.resolve("kafka")).start()) {
            WharfConfig config = WharfConfig.defaults(Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                    "classify.threads", "2", "data.dir", dir.toString(), "kafka.topics.partitions", "4"));
            CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(StageSettings.nlp(config));
            bare(annotator, articles.subList(0, Math.min(40, articles.size()))); // warm-up, JIT
            int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
            double[] bare = new double[rounds];
            double[] stage = new double[rounds];
            try (Pipeline p = new Pipeline(config, broker.bootstrapServers(), EnumSet.of(Stage.CLASSIFY), b -> { })) {
                p.start(false);
                long done = 0;
                // Warm-up: unmeasured passes of each side (2 by default). Throughput keeps rising for minutes while the JIT compiles
                // CoreNLP's hot paths; without this the early rounds measure the compiler, not the work.
                int warmUps = args.length > 3 ? Integer.parseInt(args[3]) : 2;
                for (int w = 0; w < warmUps; w++) {
                    done = stage(broker, p, articles, done);
                    bare(annotator, articles);
                }
                for (int round = 0; round < rounds; round++) {
                    // Alternate which side goes first, so a machine slowing down or speeding up favours neither.
                    long c0 = cpuNanos();
                    if (round % 2 == 0) {
                        bare[round] = bare(annotator, articles);
                    }
                    long c1 = cpuNanos();
                    long t0 = System.nanoTime();
                    done = stage(broker, p, articles, done);
                    stage[round] = articles.size() / ((System.nanoTime() - t0) / 1e9);
                    long c2 = cpuNanos();
                    if (round % 2 == 1) {
                        bare[round] = bare(annotator, articles);
                    }
                    long c3 = cpuNanos();
                    double bareCpu = (round % 2 == 0 ? c1 - c0 : c3 - c2) / 1e6 / articles.size();
                    System.err.printf("round %d: bare CoreNLP %.1f articles/s (%.1f CPU ms/article), classify stage %.1f articles/s (%.1f CPU ms/article)%n",
                            round + 1, bare[round], bareCpu, stage[round], (c2 - c1) / 1e6 / articles.size());
                }
            }
            double b = median(bare);
            double s = median(stage);
            double[] added = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                added[i] = (bare[i] / stage[i] - 1) * 100;
            }
            double[] own = ownWork(StageSettings.classifier(config), annotator, articles.subList(0, Math.min(300, articles.size())));
            System.out.printf("{\"articles\":%d,\"rounds\":%d,\"threads\":2,\"bareCoreNlpPerSecond\":%.2f,\"classifyStagePerSecond\":%.2f,"
                    + "\"stageToBareRatio\":%.3f,\"addedCostPercent\":%.1f,\"addedCostPercentMedianOfRounds\":%.1f,"
                    + "\"annotationMsPerArticle\":%.2f,\"ownWorkMsPerArticle\":%.3f,\"ownWorkPercent\":%.1f}%n", articles.size(), rounds,
                    b, s, s / b, (b / s - 1) * 100, median(added), own[0], own[1], own[1] / own[0] * 100);
        }
    }

    /** CPU time of the whole process (all its threads, the in-process broker's and the collector's included). */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static double median(double[] xs) {
        double[] c = xs.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    /**
     * Milliseconds per article, on this thread: annotation alone, and our work around it (the article read from JSON,
     * linking, salience, category evidence and decision, the enriched record as JSON), each the median of 5 passes over the same (first 300) articles.
     */
    static double[] ownWork(io.wharf.classify.ArticleClassifier classifier, CoreNlpAnnotator annotator, List<Article> articles) {
        List<CoreNlpAnnotator.Annotated> entities = new ArrayList<>();
        List<byte[]> inputs = articles.stream().map(Json::toBytes).toList();
        double[] annotate = new double[5];
        double[] own = new double[5];
        for (int pass = 0; pass < annotate.length; pass++) {
            entities.clear();
            long t0 = System.nanoTime();
            for (Article a : articles) {
                entities.add(annotator.annotate(List.of(a.title(), a.text())));
            }
            long t1 = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < articles.size(); i++) {
                Article in = Json.fromBytes(inputs.get(i), Article.class); // the record as the stage reads it from Kafka
                bytes += Json.toBytes(classifier.enrich(classifier.analyse(in, entities.get(i).entities(), entities.get(i).sentences()))).length;
            }
            long t2 = System.nanoTime();
            annotate[pass] = (t1 - t0) / 1e6 / articles.size();
            own[pass] = (t2 - t1) / 1e6 / articles.size();
            System.err.printf("own work pass %d: annotation %.2f ms/article, ours %.3f ms/article (%d bytes of JSON)%n", pass + 1,
                    annotate[pass], own[pass], bytes);
        }
        return new double[] {median(annotate), median(own)};
    }

    /** Bare CoreNLP: the same annotation call the classifier makes (title and text as one document), on 2 threads. */
    static double bare(CoreNlpAnnotator annotator, List<Article> articles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (Article a : articles) {
            fs.add(pool.submit(() -> {
                annotator.annotate(List.of(a.title(), a.text()));
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return articles.size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Publishes the articles (new ids each round) and waits until the stage has processed them all. */
    static long stage(EmbeddedKafkaBroker broker, Pipeline p, List<Article> articles, long doneBefore) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "linger.ms", 5), new StringSerializer(), new ByteArraySerializer())) {
            String round = Long.toString(System.nanoTime());
            for (Article a : articles) {
                String url = a.url() + "#" + round;
                Article copy = new Article(ArticleIds.of(url), url, url, a.source(), a.title(), a.text(), "", null, Instant.now(), null, null);
                producer.send(new ProducerRecord<>(Topics.ARTICLES, copy.id(), Json.toBytes(copy)));
            }
        }
        long target = doneBefore + articles.size();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (p.classifyDone() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (p.classifyDone() < target) {
            throw new IllegalStateException("the classify stage did " + (p.classifyDone() - doneBefore) + " of " + articles.size()
                    + " articles in 30 minutes: no rate to report");
        }
        return p.classifyDone();
    }

    static List<Article> read(Path file, int n) throws Exception {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (out.size() >= n) {
                break;
            }
            JsonNode j = Json.mapper().readTree(line);
            String text = j.hasNonNull("text") ? j.get("text").asText() : j.path("body").asText("");
            String title = j.path("title").asText("");
            if (text.isBlank() || text.length() > 20_000) {
                continue;
            }
            String url = "urn:bench:" + out.size();
            out.add(new Article(ArticleIds.of(url), url, url, "bench", title, text.replaceAll("\\s+", " "), "", null, Instant.now(), null, null));
        }
        return out;
    }
}
