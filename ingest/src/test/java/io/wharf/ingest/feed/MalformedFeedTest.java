package io.wharf.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.ingest.testutil.Fixtures;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each known breakage of real feeds still yields its items; each fixture is named for its case. */
class MalformedFeedTest {
    private final FeedParser parser = new FeedParser();

    private List<FeedItem> parse(String fixture) throws IOException {
        return parser.parse(Fixtures.bytes("feeds/" + fixture), null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "undeclared-entity.xml|Kubernetes\u00a01.6 ships \u2014 with \u2018RBAC\u2019 in beta",
        "stray-ampersand.xml|Docker & CoreOS agree on a container spec",
        "control-characters.xml|Nomad 0.5 adds stateful workloads",
        "unknown-version.xml|Istio reaches 1.0",
        "wrong-encoding-declared.xml|Caf\u00e9 chain moves to Kubernetes",
        "missing-encoding-declaration.xml|Z\u00fcrich startup raises seed round",
        "bom-utf8.xml|Helm 3 drops Tiller",
        "bom-utf16le.xml|Envoy graduates at the CNCF",
        "bom-utf16be.xml|Linkerd 2 rewritten in Rust and Go",
        "text-before-declaration.xml|Prometheus 2.0 storage engine",
        "doctype.xml|Swarm mode arrives in Docker 1.12",
        "rdf-1.0.xml|Mesos 1.0 released",
        "json-feed-1.1.json|Knative 1.0 is out"})
    void yieldsItsItems(String fixture, String firstTitle) throws IOException {
        List<FeedItem> items = parse(fixture);
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).title()).isEqualTo(firstTitle);
        assertThat(items.get(0).link()).startsWith("https://case.example.test/");
    }

    @Test
    void strayAmpersandInALinkSurvives() throws IOException {
        assertThat(parse("stray-ampersand.xml").get(0).link()).isEqualTo("https://case.example.test/spec?a=1&b=2");
    }

    @Test
    void anExternalEntityNeverLeaksTheFile() throws IOException {
        List<FeedItem> items = parse("xxe-local-file.xml");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).title()).isEqualTo("Leak: &xxe;").doesNotContain("root:");
        assertThat(items.get(0).summaryHtml()).doesNotContain("root:");
    }

    @Test
    void billionLaughsIsNotExpandedAndFailsNothing() throws IOException {
        long t0 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        List<FeedItem> items = parse("billion-laughs.xml");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds").isLessThan(2_000);
        assertThat(items.get(0).title()).isEqualTo("&lol9;");
        assertThat(rt.totalMemory() - rt.freeMemory()).isLessThan(rt.maxMemory());
    }

    @Test
    void oddOrMissingDatesAreParsedOrLeftEmpty() throws IOException {
        List<FeedItem> items = parse("odd-dates.xml");
        assertThat(items).extracting(FeedItem::publishedAt).containsExactly(
                Instant.parse("2015-03-04T16:00:00Z"), Instant.parse("2015-03-04T00:00:00Z"), null, null);
    }

    @Test
    void aFeedRomeRefusesIsReadLeniently() throws IOException {
        assertThat(parse("broken-beyond-rome.xml")).extracting(FeedItem::link).contains("https://case.example.test/second");
    }

    @Test
    void jsonFeedTakesExternalUrlWhenThereIsNoUrl() throws IOException {
        assertThat(parse("json-feed-1.1.json")).extracting(FeedItem::link)
                .containsExactly("https://case.example.test/json-1", "https://case.example.test/json-2");
    }
}
