package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.companies.CandidateNames;
import io.wharf.classify.companies.CompanyLinker;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.companies.NonCompanyFilter;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.model.CompanyMention;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: `wharf gazetteer candidates` lists what the linker kept, filtered by count, as a table, JSON lines or YAML entries. */
class GazetteerCandidatesTest {
    @TempDir
    Path dir;

    private Path keep(String... texts) {
        Path file = dir.resolve("gazetteer-candidates.json");
        try (CandidateNames log = new CandidateNames(file, 100, Duration.ofHours(1), Clock.systemUTC())) {
            CompanyLinker linker = new CompanyLinker(GazetteerLoader.load(List.of(), null, Taxonomy.bundled()), new NonCompanyFilter(p -> false), log);
            for (String t : texts) {
                linker.link(List.of(new CompanyLinker.Field(CompanyMention.Field.TEXT, t, List.of(), List.of())));
            }
        }
        return file;
    }

    @Test
    void listsTheNamesSeenAtLeastMinCountTimesInEachFormat() {
        Path file = keep("Kubeshield, a Boston-based startup, hired a sales chief.", "Kubeshield's founder spoke at the meetup.",
                "The round was backed by Northwind Partners.");
        CliRun table = CliRun.of("gazetteer", "candidates", "--file", file.toString());
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("Kubeshield", "Northwind Partners", "a Boston-based startup");

        CliRun json = CliRun.of("gazetteer", "candidates", "--file", file.toString(), "--min-count", "2", "--format", "json");
        assertThat(json.jsonLines()).singleElement().asString().contains("\"name\":\"Kubeshield\"", "\"count\":2");

        CliRun yaml = CliRun.of("gazetteer", "candidates", "--file", file.toString(), "--format", "yaml");
        assertThat(yaml.out()).contains("companies:", "id: kubeshield", "id: northwind-partners");
    }

    @Test
    void aMissingFileSaysSoAndABadFormatIsRefused() {
        CliRun none = CliRun.of("gazetteer", "candidates", "--file", dir.resolve("none.json").toString());
        assertThat(none.code()).isZero();
        assertThat(none.errLines()).contains("no candidates yet");
        assertThat(CliRun.of("gazetteer", "candidates", "--file", dir.resolve("none.json").toString(), "--format", "xml").code()).isNotZero();
    }
}
