package io.wharf.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.wharf.app.config.WharfConfig;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.CandidateNames;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.companies.LandscapeImporter;
import io.wharf.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `wharf gazetteer LANDSCAPE.yml`: derives gazetteer data (companies, products) from a CNCF landscape file;
 * `wharf gazetteer candidates`: the company names the classify stage met that the gazetteer lacks.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, subcommands = GazetteerCommand.Candidates.class,
        description = {"Print the gazetteer YAML derived from a CNCF landscape.yml (members as companies, items as products).",
                "`wharf gazetteer candidates` lists the names the gazetteer lacks, to adopt into a gazetteer file."})
public final class GazetteerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LANDSCAPE", arity = "0..1", description = "A CNCF landscape.yml")
    Path landscape;

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY);
    }

    @Override
    public Integer call() throws Exception {
        if (landscape == null) {
            throw new IllegalArgumentException("name a landscape.yml (wharf gazetteer LANDSCAPE) or a subcommand (wharf gazetteer candidates)");
        }
        GazetteerLoader.Document doc = LandscapeImporter.read(landscape, Taxonomy.bundled());
        System.out.println("# Derived from the CNCF landscape (" + landscape.getFileName() + ") by `wharf gazetteer`: companies are its");
        System.out.println("# members (id = Crunchbase organization slug), products its items with the taxonomy category of their subcategory.");
        System.out.print(yaml().writeValueAsString(doc));
        return 0;
    }

    @Command(name = "candidates", mixinStandardHelpOptions = true,
            description = {"List the company names the classify stage met that the gazetteer lacks (classify.candidates.file),",
                    "most often seen first, with first and last sighting and a few passages. Adopt the real ones by adding them",
                    "to a gazetteer file named in classify.gazetteer.files (--format yaml prints entries to start from)."})
    static final class Candidates implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Option(names = "--min-count", defaultValue = "1", paramLabel = "N", description = "Only names seen in at least N articles (default 1).")
        int minCount;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table (default), json (one JSON object a line) or yaml (gazetteer entries to edit and adopt).")
        String format;

        @Option(names = "--file", paramLabel = "FILE", description = "The candidates file (default: classify.candidates.file).")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!List.of("table", "json", "yaml").contains(format)) {
                throw new IllegalArgumentException("--format must be table, json or yaml, was " + format);
            }
            if (minCount < 1) {
                throw new IllegalArgumentException("--min-count must be at least 1, was " + minCount);
            }
            Path from = file != null ? file : configured();
            if (!Files.exists(from)) {
                System.err.println("wharf: no candidates yet: " + from + " does not exist (the classify stage writes it)");
                return 0;
            }
            List<CandidateNames.Entry> entries = CandidateNames.read(from).stream().filter(e -> e.count() >= minCount)
                    .sorted(java.util.Comparator.comparingInt(CandidateNames.Entry::count).reversed()).toList();
            switch (format) {
                case "json" -> {
                    for (CandidateNames.Entry e : entries) {
                        System.out.println(Json.mapper().writeValueAsString(e));
                    }
                }
                case "yaml" -> System.out.print(yaml().writeValueAsString(Map.of("companies", entries.stream().map(Candidates::entry).toList())));
                default -> table(entries);
            }
            return 0;
        }

        private Path configured() {
            WharfConfig config = common.load();
            String configuredFile = config.optional("classify.candidates.file");
            if (configuredFile == null) {
                throw new IllegalArgumentException("classify.candidates.file is empty (candidates are not kept); name one with --file");
            }
            return Path.of(configuredFile);
        }

        /** A gazetteer entry as companies.yml writes them: the id is the name's slug, as for companies no list knows. */
        private static Map<String, Object> entry(CandidateNames.Entry e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", LandscapeImporter.slugOf(e.name()));
            m.put("name", e.name());
            m.put("categories", List.of());
            return m;
        }

        private static void table(List<CandidateNames.Entry> entries) {
            System.out.printf("%-6s %-10s %-10s %-32s %s%n", "count", "first", "last", "name", "context");
            for (CandidateNames.Entry e : entries) {
                String context = e.contexts().isEmpty() ? "" : e.contexts().get(0);
                System.out.printf("%-6d %-10s %-10s %-32s %s%n", e.count(), e.firstSeen().toString().substring(0, 10),
                        e.lastSeen().toString().substring(0, 10), e.name(), context);
            }
        }
    }
}
