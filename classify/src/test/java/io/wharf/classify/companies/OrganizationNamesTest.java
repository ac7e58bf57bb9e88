package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Docker, Inc.|Docker",
        "Rancher Labs|Rancher Labs",
        "Mesosphere Inc|Mesosphere",
        "Weaveworks Ltd.|Weaveworks",
        "SUSE S.A.|SUSE",
        "Google's|Google",
        "  Pure   Storage  |Pure Storage",
        "Inc.|Inc."})
    void stripsLegalSuffixesPossessivesAndSpacing(String surface, String expected) {
        assertThat(OrganizationNames.normalize(surface)).isEqualTo(expected);
    }
}
