package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 point 5: configuration mistakes end `run` in one line before the broker starts and CoreNLP loads (they
 * surfaced after 8 to 26 s), and `wharf config --check` reports every problem.
 */
class FailFastTest {
    @TempDir
    Path dir;

    private String[] run(String... more) {
        String[] base = {"run", "--once", "--set", "data.dir=" + dir, "--set", "ingest.sources.file=../config/sources.yml"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aBadValueEndsRunBeforeTheBrokerStarts() {
        CliRun r = CliRun.of(run("--set", "classify.max.chars=abc"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).isEqualTo("wharf: classify.max.chars must be a whole number, was 'abc'\n");
        assertThat(dir.resolve("kafka")).as("no broker was started").doesNotExist();
        assertThat(r.millis()).isLessThan(5_000);
    }

    @Test
    void aMissingSourcesFileOrAnUnusableDatabaseEndsRunBeforeTheBrokerStarts() throws Exception {
        CliRun sources = CliRun.of(run("--set", "ingest.sources.file=" + dir.resolve("nope.yml")));
        assertThat(sources.code()).isEqualTo(2);
        assertThat(sources.errLines()).contains("sources file").contains("does not exist");
        Files.writeString(dir.resolve("file"), "not a folder");
        CliRun db = CliRun.of(run("--set", "store.jdbc.url=jdbc:sqlite:" + dir.resolve("file/sub/wharf.db")));
        assertThat(db.code()).isEqualTo(2);
        assertThat(db.errLines()).startsWith("wharf: store.jdbc.url: the SQLite file").contains("is not a folder");
        assertThat(dir.resolve("kafka")).doesNotExist();
    }

    @Test
    void configCheckListsEveryProblemAndPassesAGoodConfiguration() throws Exception {
        CliRun good = CliRun.of("config", "--check", "--set", "data.dir=" + dir, "--set", "ingest.sources.file=../config/sources.yml");
        assertThat(good.code()).isZero();
        assertThat(good.errLines()).startsWith("wharf: configuration OK");
        assertThat(dir.resolve("wharf.db")).as("checking creates no database").doesNotExist();

        CliRun values = CliRun.of("config", "--check", "--set", "classify.max.chars=abc", "--set", "store.max.poll.records=0");
        assertThat(values.code()).isEqualTo(2);
        assertThat(values.errLines()).contains("classify.max.chars must be a whole number").contains("store.max.poll.records must be between 1")
                .contains("2 problem(s)");

        Files.writeString(dir.resolve("taxonomy.yml"), "categories: [");
        CliRun files = CliRun.of("config", "--check", "--set", "data.dir=" + dir, "--set", "ingest.sources.file=" + dir.resolve("none.yml"),
                "--set", "classify.gazetteer.files=" + dir.resolve("companies.yml"), "--set", "classify.taxonomy.file=" + dir.resolve("taxonomy.yml"));
        assertThat(files.code()).isEqualTo(2);
        assertThat(files.errLines()).contains("sources file " + dir.resolve("none.yml") + " does not exist")
                .contains("classify.gazetteer.files: " + dir.resolve("companies.yml") + " does not exist")
                .contains("taxonomy file " + dir.resolve("taxonomy.yml")).contains("3 problem(s)");
    }
}
