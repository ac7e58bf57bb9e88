package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 point 14: options appear only where they mean something (`--bootstrap-servers` on `query` meant nothing). */
class OptionsWhereTheyMeanSomethingTest {
    @ParameterizedTest
    @ValueSource(strings = {"query", "deals", "companies", "feed", "extract", "broker"})
    void commandsWithoutAClusterRefuseBootstrapServers(String command) {
        CliRun r = CliRun.of(command, "--bootstrap-servers", "127.0.0.1:9092", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").contains("'--bootstrap-servers'");
        assertThat(CliRun.of(command, "--help").out()).doesNotContain("--bootstrap-servers").contains("--set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "ingest", "classify", "store", "alert", "dlq list", "backfill", "config"})
    void commandsThatTalkToKafkaTakeIt(String command) {
        assertThat(CliRun.of((command + " --help").split(" ")).out()).contains("--bootstrap-servers");
    }
}
