package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 point 7: one line and exit 2 instead of stack traces, and no database created by a reader. */
class OneLineErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"query", "deals", "companies"})
    void aReaderOnAMissingDatabaseSaysSoAndCreatesNone(String command) {
        Path db = dir.resolve("none/wharf.db");
        CliRun r = CliRun.of(command, "--set", "store.jdbc.url=jdbc:sqlite:" + db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wharf: no database at " + db + ": nothing has been stored there yet (`wharf run` creates it), "
                + "or store.jdbc.url (WHARF_STORE_JDBC_URL) should name another\n");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void anEmptyFileIsNoStore() throws Exception {
        Path db = Files.createFile(dir.resolve("empty.db"));
        CliRun r = CliRun.of("query", "--set", "store.jdbc.url=jdbc:sqlite:" + db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).isEqualTo("wharf: the database jdbc:sqlite:" + db + " holds no Wharf tables: nothing has been stored there yet\n");
    }

    @Test
    void classifyChecksItsFilesBeforeCoreNlpLoads() throws Exception {
        CliRun missing = CliRun.of("classify", "--in", dir.resolve("articles.jsonl").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("wharf: --in " + dir.resolve("articles.jsonl") + " does not exist\n");
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"1\",\"title\":\"t\",\"text\":\"x\"}\n");
        CliRun folder = CliRun.of("classify", "--in", dir.toString());
        assertThat(folder.err()).isEqualTo("wharf: --in " + dir + " is a folder, not a file\n");
        CliRun out = CliRun.of("classify", "--in", in.toString(), "--out", dir.resolve("no/such/out.jsonl").toString());
        assertThat(out.code()).isEqualTo(2);
        assertThat(out.err()).isEqualTo("wharf: --out " + dir.resolve("no/such/out.jsonl") + " cannot be created: its folder "
                + dir.resolve("no/such") + " does not exist\n");
        assertThat(missing.millis() + folder.millis() + out.millis()).as("CoreNLP never loaded").isLessThan(3_000);
    }
}
