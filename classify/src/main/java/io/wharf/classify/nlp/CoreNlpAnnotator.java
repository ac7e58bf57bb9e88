package io.wharf.classify.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.wharf.model.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of a process: the models take seconds and ~0.4 GB to load, so it is built once and
 * shared. Thread-safe: StanfordCoreNLP.annotate may be called from several threads on distinct documents.
 */
public final class CoreNlpAnnotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static final String SEPARATOR = "\n\n";
    /**
     * Annotation workers. Bounded: a timed-out annotation keeps its worker until CoreNLP finishes, and past the
     * bound new documents wait (and time out into the DLQ) rather than piling up threads on a small machine.
     */
    private static final ExecutorService WORKERS = workers(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

    private static ExecutorService workers(int n) {
        // core = max with core time-out: up to n threads run at once, idle ones go away (a core size of 0 would run one)
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), DaemonThreads.named("wharf-corenlp"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
    private static final Map<NlpSettings, CoreNlpAnnotator> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private final StanfordCoreNLP pipeline;
    private final NlpSettings settings;

    /** The process-wide annotator for these settings, loaded on first use. */
    public static CoreNlpAnnotator shared(NlpSettings settings) {
        return SHARED.computeIfAbsent(settings, CoreNlpAnnotator::new);
    }

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.setProperty("annotators", settings.annotators());
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.maxSentenceLength", Integer.toString(settings.maxSentenceLength()));
        p.setProperty("pos.maxlen", Integer.toString(settings.maxSentenceLength()));
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // Title and text are annotated as one document separated by a blank line: one time limit per article.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(p);
        LOG.info("CoreNLP pipeline ({}) loaded in {} ms", settings.annotators(), (System.nanoTime() - start) / 1_000_000);
    }

    public NlpSettings settings() {
        return settings;
    }

    /**
     * Annotates on a worker thread and waits at most the time limit. CoreNLP does not stop on interrupt, so a
     * text over the limit keeps its worker busy until it finishes; the caller has moved on (and dead-lettered it).
     */
    private CoreDocument annotateWithin(String text) {
        CoreDocument doc = new CoreDocument(text);
        Future<?> f = WORKERS.submit(() -> pipeline.annotate(doc));
        try {
            f.get(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            return doc;
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IllegalArgumentException("annotation took longer than the classify.max.seconds limit of "
                    + settings.timeLimit().toSeconds() + " s (" + text.length() + " chars)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP failed: " + e.getCause(), e.getCause());
        }
    }

    /** What the annotator found in each of several texts: named entities and sentences, offsets into that text. */
    public record Annotated(List<List<EntitySpan>> entities, List<List<TextSpan>> sentences) {}

    /**
     * Named entities of several texts (an article's title and body) annotated as one document within one time limit;
     * the result has one list per text, with offsets into that text.
     */
    public List<List<EntitySpan>> entities(List<String> parts) {
        return annotate(parts).entities();
    }

    /** Entities and sentences of several texts annotated as one document within one time limit. */
    public Annotated annotate(List<String> parts) {
        String joined = String.join(SEPARATOR, parts);
        List<EntitySpan> all = new ArrayList<>();
        List<TextSpan> sentences = new ArrayList<>();
        annotate(joined, all, sentences);
        List<List<EntitySpan>> entities = new ArrayList<>();
        List<List<TextSpan>> sentencesOf = new ArrayList<>();
        int base = 0;
        for (String part : parts) {
            int from = base;
            int to = base + part.length();
            entities.add(all.stream().filter(e -> e.begin() >= from && e.end() <= to)
                    .map(e -> new EntitySpan(e.type(), e.text(), e.begin() - from, e.end() - from, e.confidence())).toList());
            sentencesOf.add(sentences.stream().filter(e -> e.begin() >= from && e.end() <= to)
                    .map(e -> new TextSpan(e.begin() - from, e.end() - from)).toList());
            base = to + SEPARATOR.length();
        }
        return new Annotated(entities, sentencesOf);
    }

    /** Named entities of the text; throws IllegalArgumentException for a text over the size bound. */
    public List<EntitySpan> entities(String text) {
        List<EntitySpan> out = new ArrayList<>();
        annotate(text, out, new ArrayList<>());
        return out;
    }

    private void annotate(String text, List<EntitySpan> out, List<TextSpan> sentences) {
        if (text.length() > settings.maxChars()) {
            throw new IllegalArgumentException("text of " + text.length() + " chars is over the classify.max.chars bound of " + settings.maxChars());
        }
        if (text.isBlank()) {
            return;
        }
        CoreDocument doc = annotateWithin(text);
        for (CoreEntityMention m : doc.entityMentions()) {
            Map<String, Double> conf = m.entityTypeConfidences();
            double c = conf == null ? 0.5 : conf.getOrDefault(m.entityType(), 0.5);
            out.add(new EntitySpan(m.entityType(), m.text(), m.charOffsets().first(), m.charOffsets().second(),
                    Math.max(0.0, Math.min(1.0, c))));
        }
        for (var s : doc.sentences()) {
            sentences.add(new TextSpan(s.charOffsets().first(), s.charOffsets().second()));
        }
    }
}
