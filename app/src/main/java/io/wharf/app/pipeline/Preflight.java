package io.wharf.app.pipeline;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.FileCheck;
import io.wharf.app.config.WharfConfig;
import io.wharf.classify.categories.CategoryModel;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.ingest.source.SourcesFile;
import io.wharf.ingest.state.FeedStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the configuration names, checked before a broker starts or CoreNLP loads (which take seconds): the sources
 * file and ingest state, classify's files and bounds, the database (connected to, never created), the alert rules.
 * The values' types and ranges are {@link io.wharf.app.config.ConfigSchema}'s; this opens what they point at.
 */
public final class Preflight {
    /** What a command uses. */
    public enum Part { INGEST, CLASSIFY, STORE, ALERT }

    private Preflight() {}

    /** The parts a pipeline of these stages uses (the alert stage only when rules are configured). */
    public static Set<Part> partsOf(Set<Stage> stages, WharfConfig c) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (Stage s : stages) {
            if (s != Stage.ALERT || AlertWiring.enabled(c)) {
                parts.add(Part.valueOf(s.name()));
            }
        }
        if (parts.contains(Part.ALERT)) {
            parts.add(Part.STORE); // alert state lives in the store's database
        }
        return parts;
    }

    /** The problems, one line each; empty when none. */
    public static List<String> problems(WharfConfig c, Set<Part> parts) {
        List<String> out = new ArrayList<>();
        if (parts.contains(Part.INGEST)) {
            check(out, () -> SourcesFile.load(c.path("ingest.sources.file")));
            check(out, () -> StageSettings.fetch(c));
            check(out, () -> StageSettings.pages(c));
            check(out, () -> ingestState(c));
        }
        if (parts.contains(Part.CLASSIFY)) {
            check(out, () -> StageSettings.nlp(c));
            classifyFiles(c, out);
        }
        if (parts.contains(Part.STORE)) {
            check(out, () -> DatabaseCheck.check(c));
        }
        if (parts.contains(Part.ALERT)) {
            check(out, () -> AlertWiring.rules(c));
        }
        return out;
    }

    /** Throws the first problem, saying how many more there are. */
    public static void require(WharfConfig c, Set<Part> parts) {
        List<String> problems = problems(c, parts);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.get(0) + (problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more problem(s): `wharf config --check` lists them)"));
        }
    }

    private static void check(List<String> out, Runnable step) {
        try {
            step.run();
        } catch (ConfigException | IllegalArgumentException | IllegalStateException e) {
            out.add(e.getMessage());
        }
    }

    /** A corrupt state file is refused here with its line and column, not after the broker started. */
    private static void ingestState(WharfConfig c) {
        Path state = c.path("ingest.state.file");
        String problem = FileCheck.creatable(state);
        if (problem != null) {
            throw new ConfigException("ingest.state.file: " + problem);
        }
        if (Files.exists(state)) {
            new FeedStateStore(state, c.integer("ingest.seen.max", 100, 100_000_000));
        }
    }

    /** Each file its own problem, so that `config --check` lists them all. */
    private static void classifyFiles(WharfConfig c, List<String> out) {
        for (String file : StageSettings.list(c.optional("classify.gazetteer.files"))) {
            check(out, () -> {
                readable("classify.gazetteer.files", Path.of(file));
                GazetteerLoader.check(Path.of(file));
            });
        }
        String landscape = c.optional("classify.gazetteer.landscape");
        if (landscape != null) {
            check(out, () -> readable("classify.gazetteer.landscape", Path.of(landscape)));
        }
        String taxonomy = c.optional("classify.taxonomy.file");
        if (taxonomy != null) {
            check(out, () -> {
                readable("classify.taxonomy.file", Path.of(taxonomy));
                Taxonomy.load(Path.of(taxonomy));
            });
        }
        String model = c.optional("classify.categories.model");
        if (model != null) {
            check(out, () -> {
                readable("classify.categories.model", Path.of(model));
                CategoryModel.load(Path.of(model));
            });
        }
    }

    static void readable(String key, Path file) {
        String problem = FileCheck.readable(file);
        if (problem != null) {
            throw new ConfigException(key + ": " + problem);
        }
    }
}
