package io.wharf.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WharfConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreSafeAndReferencesResolve() {
        WharfConfig c = WharfConfig.defaults(Map.of());
        assertThat(c.duration("ingest.fetch.total.timeout")).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.string("store.jdbc.url")).isEqualTo("jdbc:sqlite:./data/wharf.db");
        assertThat(c.optional("kafka.bootstrap.servers")).isNull();
    }

    @Test
    void fileThenEnvironmentThenCommandLine() throws Exception {
        Path file = dir.resolve("w.properties");
        Files.writeString(file, "data.dir=/srv/wharf\nclassify.threads=2\nkafka.topics.partitions=6\n");
        WharfConfig c = WharfConfig.load(file, Map.of("WHARF_CLASSIFY_THREADS", "3", "WHARF_KAFKA_BOOTSTRAP_SERVERS", "k:9092",
                "WHARF_TEST_PG_URL", "ignored", "WHARF_BENCH_PG_URL", "ignored", "PATH", "/bin"), Map.of("kafka.topics.partitions", "12"));
        assertThat(c.string("store.jdbc.url")).isEqualTo("jdbc:sqlite:/srv/wharf/wharf.db");
        assertThat(c.integer("classify.threads", 1, 64)).isEqualTo(3);
        assertThat(c.string("kafka.bootstrap.servers")).isEqualTo("k:9092");
        assertThat(c.integer("kafka.topics.partitions", 1, 100)).isEqualTo(12);
    }

    @Test
    void aRetiredKeySaysWhatReplacedIt() throws Exception {
        Path file = dir.resolve("old.properties");
        Files.writeString(file, "classify.categories.relative=0.5\n");
        assertThatThrownBy(() -> WharfConfig.load(file, Map.of(), Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is retired").hasMessageContaining("classify.categories.threshold");
    }

    @Test
    void unknownKeysAndBadValuesGiveOneLineErrors() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "kafka.bootstrap.server=typo:9092\n");
        assertThatThrownBy(() -> WharfConfig.load(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown configuration key 'kafka.bootstrap.server'");
        WharfConfig c = WharfConfig.defaults(Map.of("ingest.poll.interval", "15 minutes", "classify.threads", "many"));
        assertThatThrownBy(() -> c.duration("ingest.poll.interval")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> c.integer("classify.threads", 1, 64)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> WharfConfig.load(dir.resolve("missing"), Map.of(), Map.of())).hasMessageContaining("does not exist");
    }

    @Test
    void passwordsAreMaskedWhenDescribed() {
        WharfConfig c = WharfConfig.defaults(Map.of("store.jdbc.password", "s3cret"));
        assertThat(c.describe().get("store.jdbc.password")).isEqualTo("***");
        assertThat(c.describe().toString()).doesNotContain("s3cret");
    }
}
