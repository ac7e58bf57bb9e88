package io.wharf.app.pipeline;

import io.wharf.app.config.WharfConfig;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.companies.CandidateNames;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.model.DaemonThreads;
import io.wharf.store.db.Database;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The slow parts of a pipeline, made side by side from the moment the command starts: the classifier (CoreNLP's
 * models, and beside them the gazetteer and the category model: seconds) and the migrated database, while the caller starts the
 * embedded broker. Each part is made at most once; asking for it waits and rethrows what making it threw (a
 * configuration error stays a {@code ConfigException}). Thread-safe.
 */
public final class PipelineParts {
    private final CandidateNames candidates;
    private final CompletableFuture<ArticleClassifier> classifier;
    private final CompletableFuture<Database> database;

    private PipelineParts(CandidateNames candidates, CompletableFuture<ArticleClassifier> classifier, CompletableFuture<Database> database) {
        this.candidates = candidates;
        this.classifier = classifier;
        this.database = database;
    }

    /** Starts making what these stages need; returns at once. */
    public static PipelineParts startLoading(WharfConfig config, Set<Stage> stages) {
        boolean needsDb = stages.contains(Stage.STORE) || stages.contains(Stage.ALERT) && AlertWiring.enabled(config);
        // Daemon threads: a command that fails before it asks for a part must not be kept alive by its making.
        ExecutorService makers = Executors.newFixedThreadPool(3, DaemonThreads.named("wharf-startup"));
        try {
            if (stages.contains(Stage.CLASSIFY)) {
                // CoreNLP's models (the longest part) load beside the gazetteer and the category model; the classifier
                // then gets the same shared annotator (CoreNlpAnnotator.shared waits for a load in progress).
                makers.submit(() -> CoreNlpAnnotator.shared(StageSettings.nlp(config)));
            }
            CandidateNames candidates = stages.contains(Stage.CLASSIFY) ? StageSettings.candidates(config) : null; // a small file
            return new PipelineParts(candidates,
                    stages.contains(Stage.CLASSIFY) ? CompletableFuture.supplyAsync(() -> StageSettings.classifier(config, candidates), makers) : null,
                    needsDb ? CompletableFuture.supplyAsync(() -> migrated(StageSettings.database(config)), makers) : null);
        } finally {
            makers.shutdown(); // the tasks already submitted still run
        }
    }

    private static Database migrated(Database db) {
        Pipeline.migrate(db);
        return db;
    }

    /** The log of unlinked names the classifier keeps, or null when off or not classifying. */
    CandidateNames candidates() {
        return candidates;
    }

    /** The classifier, or null when the stages do not classify. */
    ArticleClassifier classifier() {
        return get(classifier);
    }

    /** The migrated database, or null when no stage stores. */
    Database database() {
        return get(database);
    }

    private static <T> T get(CompletableFuture<T> part) {
        if (part == null) {
            return null;
        }
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
