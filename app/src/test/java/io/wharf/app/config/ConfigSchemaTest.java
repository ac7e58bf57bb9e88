package io.wharf.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12 point 5: every value's type and range is checked when the configuration is read. */
class ConfigSchemaTest {
    @Test
    void everyKeyHasARuleAndTheDefaultsPassIt() {
        WharfConfig defaults = WharfConfig.defaults(Map.of());
        assertThat(defaults.keys()).allSatisfy(k -> assertThat(ConfigSchema.covers(k)).as(k).isTrue());
        assertThat(ConfigSchema.problems(defaults)).isEmpty();
    }

    @Test
    void badValuesAreAllReportedOneLineEach() {
        WharfConfig c = WharfConfig.defaults(Map.of("classify.max.chars", "abc", "store.max.poll.records", "0",
                "ingest.poll.interval", "15m", "ingest.pages.enabled", "yes", "classify.deals.parse", "sometimes"));
        assertThat(ConfigSchema.problems(c)).containsExactlyInAnyOrder(
                "classify.max.chars must be a whole number, was 'abc'",
                "store.max.poll.records must be between 1 and 10000, was 0",
                "ingest.poll.interval must be an ISO-8601 duration such as PT30S, was '15m'",
                "ingest.pages.enabled must be true or false, was 'yes'",
                "classify.deals.parse must be one of off, gated, all, was 'sometimes'");
        assertThatThrownBy(() -> ConfigSchema.requireValid(c)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("and 4 more problem(s): `wharf config --check` lists them");
    }

    @Test
    void aWharfVariableThatNamesNoKeyIsAnError() {
        assertThatThrownBy(() -> WharfConfig.load(null, Map.of("WHARF_STORE_JDBC_URI", "jdbc:sqlite:x.db"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("environment variable WHARF_STORE_JDBC_URI names no configuration key: did you mean WHARF_STORE_JDBC_URL?");
        // Variables of the ./wharf script, logback and docker-compose are not keys, and not mistakes.
        WharfConfig c = WharfConfig.load(null, Map.of("WHARF_JAVA_OPTS", "-Xmx2g", "WHARF_LOG_LEVEL", "DEBUG", "WHARF_PG_PASSWORD", "x", "WHARF_CDS", "off",
                "WHARF_VULN_REQUIRED", "1"), Map.of());
        assertThat(c.optional("kafka.bootstrap.servers")).isNull();
    }
}
