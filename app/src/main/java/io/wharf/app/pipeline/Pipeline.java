package io.wharf.app.pipeline;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.KafkaSetup;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.kafka.ClassifyStage;
import io.wharf.ingest.fetch.FetchSettings;
import io.wharf.ingest.FeedPoller;
import io.wharf.ingest.dedup.NearDuplicateIndex;
import io.wharf.ingest.pages.PageEnricher;
import io.wharf.ingest.PollResult;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.kafka.ArticlePublisher;
import io.wharf.ingest.source.SourcesFile;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.alert.kafka.AlertStage;
import io.wharf.model.DaemonThreads;
import io.wharf.model.EnrichedArticle;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.sink.JdbcArticleSink;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the chosen stages against one Kafka cluster and runs each on its own thread(s). Everything is built in
 * the constructor, so bad configuration fails before any thread starts. {@link #close()} stops the stages,
 * lets each finish its batch, and waits for them.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private final Set<Stage> stages;
    private final List<Thread> threads = new ArrayList<>();
    private final List<ClassifyStage> classifiers = new ArrayList<>();
    /** Shared by the classify stages so that a batch is classified on every core, whichever stage holds it. */
    private ExecutorService preparers;
    private StoreStage store;
    private AlertStage alert;
    private ExecutorService alertSenders;
    private final List<io.wharf.alert.channel.Channel> alertChannels = new ArrayList<>();
    private volatile java.util.function.Consumer<Throwable> onStageDeath = e -> { };
    private FeedPoller poller;
    private ArticlePublisher publisher;
    private final Map<String, Object> kafka;
    /** The unlinked names the classify threads meet, kept for `wharf gazetteer candidates`; null when off or not classifying. */
    private final io.wharf.classify.companies.CandidateNames candidates;

    public Pipeline(WharfConfig config, String bootstrapServers, Set<Stage> stages, Consumer<List<EnrichedArticle>> onStored) {
        this(config, bootstrapServers, stages, onStored, PipelineParts.startLoading(config, stages));
    }

    /** With the slow parts already being made (see {@link PipelineParts}), so that they load while the broker starts. */
    public Pipeline(WharfConfig config, String bootstrapServers, Set<Stage> stages, Consumer<List<EnrichedArticle>> onStored,
            PipelineParts parts) {
        this.stages = EnumSet.copyOf(stages);
        // Configuration that can be wrong is read before any client or thread exists.
        var sources = stages.contains(Stage.INGEST) ? loadSources(config) : List.<io.wharf.ingest.source.Source>of();
        boolean alerts = stages.contains(Stage.ALERT) && AlertWiring.enabled(config);
        candidates = parts.candidates();
        FetchSettings fetch = stages.contains(Stage.INGEST) ? StageSettings.fetch(config) : null;
        AlertWiring.Rules alertRules = alerts ? AlertWiring.rules(config) : null;
        KafkaSetup.ensureTopics(bootstrapServers, config.integer("kafka.topics.partitions", 1, 1000),
                (short) config.integer("kafka.topics.replication", 1, 10), config.duration("kafka.connect.timeout"));
        kafka = KafkaSetup.clientConfig(bootstrapServers, "wharf");
        Clock clock = Clock.systemUTC();
        Database db = parts.database(); // migrated
        ArticleClassifier classifier = parts.classifier();
        try {
            if (alerts) {
                alertSenders = AlertWiring.senders();
                alert = new AlertStage(AlertWiring.engine(config, alertRules, db, kafka, alertChannels, alertSenders), kafka,
                        config.integer("alert.max.poll.records", 1, 10_000), () -> { });
            }
            if (stages.contains(Stage.STORE)) {
                store = new StoreStage(new JdbcArticleSink(db, clock), kafka, config.integer("store.max.poll.records", 1, 10_000), onStored);
            }
            if (classifier != null) {
                int threads = StageSettings.classifyThreads(config);
                preparers = threads > 1 ? Executors.newFixedThreadPool(threads, DaemonThreads.named("wharf-classify-worker")) : null;
                for (int i = 0; i < threads; i++) {
                    classifiers.add(new ClassifyStage(classifier, kafka, StageSettings.instanceId(config) + "-" + i,
                            config.integer("classify.max.poll.records", 1, 10_000), preparers));
                }
            }
            if (fetch != null) {
                publisher = new ArticlePublisher(kafka, config.integer("ingest.max.text.chars", 1_000, 10_000_000));
                FeedStateStore state = new FeedStateStore(config.path("ingest.state.file"), config.integer("ingest.seen.max", 100, 100_000_000));
                NearDuplicateIndex duplicates = new NearDuplicateIndex(StageSettings.fraction(config, "ingest.dedup.threshold"),
                        config.integer("ingest.dedup.capacity", 100, 10_000_000), config.duration("ingest.dedup.max.age"),
                        config.path("ingest.dedup.file"), clock);
                // One polite fetcher for feeds and pages alike: a host sees one request at a time, spaced, whoever asks.
                PoliteFetcher fetcher = new PoliteFetcher(new HttpFetcher(fetch), config.duration("ingest.fetch.host.delay"), clock);
                PageEnricher pages = new PageEnricher(StageSettings.pages(config), fetcher, clock);
                poller = new FeedPoller(sources, config.duration("ingest.poll.interval"), fetcher, state, publisher, clock,
                        duplicates, pages, config.integer("ingest.poll.threads", 1, 256));
            }
        } catch (RuntimeException e) {
            // A later step failed: close the clients already built, so that no consumer lingers in its group.
            classifiers.forEach(ClassifyStage::close);
            if (preparers != null) {
                preparers.shutdownNow();
            }
            if (store != null) {
                store.close();
            }
            closeAlerts();
            if (publisher != null) {
                publisher.close();
            }
            throw e;
        }
    }

    /** After the alert stage ended (or was never started): its channels and the threads that send through them. */
    private void closeAlerts() {
        if (alert != null) {
            alert.close();
        }
        alertChannels.forEach(io.wharf.alert.channel.Channel::close);
        alertChannels.clear();
        if (alertSenders != null) {
            alertSenders.shutdownNow();
        }
    }

    /** Deal records the alert stage of this process handled. */
    public long alertsRead() {
        return alert == null ? 0 : alert.read();
    }

    public static void migrate(Database db) {
        try {
            db.migrate();
        } catch (RuntimeException e) {
            // The cause is not kept: driver and Flyway messages may carry the JDBC URL with its password.
            throw new ConfigException("cannot prepare the database " + db + ": " + Database.redact(rootMessage(e)));
        }
    }

    private static List<io.wharf.ingest.source.Source> loadSources(WharfConfig config) {
        try {
            return SourcesFile.load(config.path("ingest.sources.file"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** What to do when a stage thread dies (the CLI exits, so that a supervisor restarts the process). */
    public void onStageDeath(java.util.function.Consumer<Throwable> handler) {
        this.onStageDeath = handler;
    }

    /** Starts the consuming stages; with {@code continuousIngest} also the poller loop. */
    public void start(boolean continuousIngest) {
        if (store != null) {
            spawn("wharf-store", store);
        }
        if (alert != null) {
            spawn("wharf-alert", alert);
        }
        for (int i = 0; i < classifiers.size(); i++) {
            spawn("wharf-classify-" + i, classifiers.get(i));
        }
        if (poller != null && continuousIngest) {
            spawn("wharf-ingest", poller);
        }
    }

    /** Polls every source once now (the `--once` mode and tests); returns what each poll did. */
    public List<PollResult> pollOnce() {
        if (poller == null) {
            throw new IllegalStateException("this pipeline does not run ingest");
        }
        return poller.pollAll();
    }

    /** Articles that classify has finished with in this process (classified or dead-lettered). */
    public long classifyDone() {
        return classifiers.stream().mapToLong(c -> c.classified() + c.deadLettered()).sum();
    }

    public long classified() {
        return classifiers.stream().mapToLong(ClassifyStage::classified).sum();
    }

    /** Enriched articles that store has finished with in this process (stored or dead-lettered). */
    public long storeDone() {
        return store == null ? 0 : store.stored() + store.deadLettered();
    }

    /** Enriched articles stored by this process. */
    public long stored() {
        return store == null ? 0 : store.stored();
    }

    /** Records that went to the DLQ in this process, from every stage it runs. */
    public long deadLettered() {
        return classifiers.stream().mapToLong(ClassifyStage::deadLettered).sum() + (store == null ? 0 : store.deadLettered());
    }

    /** What an earlier run left on the topics for this pipeline's stages; call it before {@link #start}. */
    public Backlog backlog() {
        Backlog b = Backlog.measure(kafka);
        return new Backlog(stages.contains(Stage.CLASSIFY) ? b.articles() : 0, stages.contains(Stage.STORE) ? b.enriched() : 0);
    }

    /** Waits until {@code published} articles went through classify and store, or the timeout passes. */
    public boolean awaitDrained(long published, Duration timeout) throws InterruptedException {
        return awaitDrained(published, Backlog.NONE, timeout);
    }

    /**
     * Waits until {@code published} articles and what the backlog held went through classify and store, or the
     * timeout passes.
     */
    public boolean awaitDrained(long published, Backlog backlog, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean classifyDone = !stages.contains(Stage.CLASSIFY) || classifyDone() >= published + backlog.articles();
            long toStore = (stages.contains(Stage.CLASSIFY) ? classified() : published) + backlog.enriched();
            boolean storeDone = !stages.contains(Stage.STORE) || storeDone() >= toStore;
            if (classifyDone && storeDone) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void spawn(String name, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException | Error e) {
                LOG.error("{} stopped on an unexpected error", name, e);
                onStageDeath.accept(e);
            }
        }, name);
        threads.add(t);
        t.start();
    }

    @Override
    public void close() throws InterruptedException {
        if (poller != null) {
            poller.stop();
        }
        classifiers.forEach(ClassifyStage::close);
        if (store != null) {
            store.close();
        }
        if (alert != null) {
            alert.close();
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(30).toMillis());
        }
        closeAlerts();
        if (candidates != null) {
            candidates.close(); // after the classify threads: their last names are written too
        }
        if (preparers != null) {
            preparers.shutdown(); // after the stages: their last batch is done
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
