package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad configuration ends the command with one clear line and exit code 2, not a stack trace. */
class MainTest {
    private String runCapturingErr(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args)).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void unknownKey() {
        assertThat(runCapturingErr("config", "--set", "no.such.key=1")).startsWith("wharf: unknown configuration key 'no.such.key'")
                .doesNotContain("\tat ");
    }

    @Test
    void stageWithoutACluster() {
        assertThat(runCapturingErr("store")).contains("needs a Kafka cluster").contains("WHARF_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void unreachableBroker() {
        assertThat(runCapturingErr("store", "--bootstrap-servers", "127.0.0.1:1", "--set", "kafka.connect.timeout=PT2S"))
                .startsWith("wharf: cannot reach Kafka at 127.0.0.1:1").doesNotContain("\tat ");
    }

    @Test
    void badJdbcUrl() {
        assertThat(runCapturingErr("store", "--bootstrap-servers", "127.0.0.1:1", "--set", "store.jdbc.url=jdbc:oracle:thin:@db"))
                .startsWith("wharf: store.jdbc.url: unsupported JDBC URL").contains("jdbc:sqlite:FILE");
    }
}
