package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandscapeImporterTest {
    /** Regression: accented names gave ids with accents ("dassault-systèmes"), unlike every Crunchbase slug. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Dassault Systèmes|dassault-systemes", "Docker, Inc.|docker-inc", "Logz.io|logz-io",
        "Société Générale|societe-generale", "  Grafana Labs  |grafana-labs"})
    void slugsAreLowerCaseAsciiWithDashes(String name, String slug) {
        assertThat(LandscapeImporter.slugOf(name)).isEqualTo(slug);
    }
}
