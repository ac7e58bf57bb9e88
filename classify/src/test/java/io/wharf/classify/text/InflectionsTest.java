package io.wharf.classify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "vulnerability, vulnerabilities",
        "vulnerabilities, vulnerability",
        "container runtime, container runtimes",
        "container runtimes, container runtime",
        "service mesh, service meshes",
        "service meshes, service mesh",
        "proxies, proxy",
        "gateway, gateways",
        "data breach, data breaches",
        "compliance, compliances",
        "self-healing, self-healings",
    })
    void flipsTheNumberOfTheLastWord(String phrase, String expected) {
        assertThat(Inflections.otherNumber(phrase)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"cri", "k8s", "dc/os", "vms", "ci cd", "kubernetes", "security", "container security"})
    void leavesShortWordsCodesAndWordsWhoseOtherNumberMeansSomethingElseAlone(String phrase) {
        assertThat(Inflections.otherNumber(phrase)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"access, access", "status, status", "analysis, analysis"})
    void wordsEndingInSsUsIsAreNotPlurals(String phrase, String unchangedStem) {
        assertThat(Inflections.otherNumber(phrase)).isEqualTo(unchangedStem + "es");
    }
}
