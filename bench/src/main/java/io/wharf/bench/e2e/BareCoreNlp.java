package io.wharf.bench.e2e;

import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import io.wharf.model.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bare CoreNLP on the benchmark's stories: the annotation call the classifier makes (title and text as one
 * document, the same annotators and limits), on as many threads as the classify stage had, with the time each
 * article finished, so that its steady state is cut the same way as the pipeline's.
 */
final class BareCoreNlp {
    private BareCoreNlp() {}

    /** Nanoseconds from the start (the pipeline loaded before it) until each article was annotated, in finishing order. */
    static List<Long> run(NlpSettings settings, List<BenchFeeds.Story> stories, int threads) throws Exception {
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(settings);
        annotator.annotate(List.of("Load", "Loading the models happens here, as in the stage's first batch."));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> done = new ArrayList<>();
        Progress progress = new Progress("bare CoreNLP", stories.size());
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (BenchFeeds.Story s : stories) {
                fs.add(pool.submit(() -> {
                    annotator.annotate(List.of(s.title(), s.text()));
                    synchronized (done) {
                        done.add(System.nanoTime() - t0);
                        progress.step();
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        synchronized (done) {
            return List.copyOf(done);
        }
    }

    /**
     * Articles per second between the article at {@code from} (a fraction of the total) and the last: the steady
     * state, after loading and the compiler's first minutes.
     */
    static double steadyRate(List<Long> finishNanos, double from) {
        int n = finishNanos.size();
        int k = (int) Math.floor(n * from);
        if (n - 1 <= k) {
            return Double.NaN;
        }
        return (n - 1 - k) / ((finishNanos.get(n - 1) - finishNanos.get(k)) / 1e9);
    }
}
