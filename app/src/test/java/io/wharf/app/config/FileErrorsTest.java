package io.wharf.app.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.alert.rules.RulesFile;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.ingest.source.SourcesFile;
import io.wharf.ingest.state.FeedStateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 point 6: YAML errors give the file, line and column; a corrupt state file gives one line, not parser internals. */
class FileErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void yamlFilesSayFileLineAndColumnInOneLine() throws Exception {
        Path sources = write("sources.yml", "sources:\n  - id: a\n   url: b\n");
        assertThatThrownBy(() -> SourcesFile.load(sources))
                .hasMessageMatching("sources file .*sources\\.yml, line 3, column \\d+: .*").satisfies(e -> oneLine(e.getMessage()));
        Path taxonomy = write("taxonomy.yml", "categories:\n  - id: storage\n    keywords: [a, b\n");
        assertThatThrownBy(() -> Taxonomy.load(taxonomy))
                .hasMessageMatching("taxonomy file .*taxonomy\\.yml, line \\d+, column \\d+: expected .*").satisfies(e -> oneLine(e.getMessage()));
        Path gazetteer = write("companies.yml", "companies:\n  - id: acme\n   name: Acme\n");
        assertThatThrownBy(() -> GazetteerLoader.check(gazetteer))
                .hasMessageMatching("gazetteer file .*companies\\.yml, line 3, column \\d+: .*").satisfies(e -> oneLine(e.getMessage()));
        Path rules = write("rules.yml", "rules:\n  - name: x\n    when: {type: [\n");
        assertThatThrownBy(() -> RulesFile.load(rules, Set.of()))
                .hasMessageMatching("rules file .*rules\\.yml: line \\d+, column \\d+: .*").satisfies(e -> oneLine(e.getMessage()));
    }

    @Test
    void aCorruptStateFileIsOneLine() throws Exception {
        Path state = write("ingest-state.json", "{\"sources\": {\"a\": {\"etag\": \"x\"}, \"seen\": [\"1\", 2");
        assertThatThrownBy(() -> new FeedStateStore(state, 100))
                .hasMessageStartingWith("ingest state file " + state + " is corrupt at line 1, column ")
                .hasMessageEndingWith("(move it aside to start over; every item is then new again)")
                .satisfies(e -> oneLine(e.getMessage()))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("[Source:").doesNotContain("REDACTED"));
    }

    private static void oneLine(String message) {
        org.assertj.core.api.Assertions.assertThat(message).doesNotContain("\n").doesNotContain("^");
    }
}
