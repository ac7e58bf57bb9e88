package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonTest {

    static Article article() {
        return new Article(ArticleIds.of("https://example.com/a"), "https://example.com/a?utm_source=x",
                "https://example.com/a", "demo", "Portworx raises $27M", "Portworx said on Tuesday ...",
                "summary", Instant.parse("2017-04-04T10:00:00Z"), Instant.parse("2017-04-05T00:00:00Z"), "en", null);
    }

    static EnrichedArticle enriched() {
        Article a = article();
        List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.COMPANY, "portworx", "Portworx"));
        Deal deal = new Deal(Deal.idFor(Deal.Type.FUNDING, parties, Deal.Round.SERIES_B, false), Deal.Type.FUNDING, parties,
                27_000_000L, "USD", Deal.Round.SERIES_B, Deal.Status.ANNOUNCED, LocalDate.of(2017, 4, 4),
                new Deal.Evidence(a.id(), "Portworx raises $27M", 0, 20), 0.9, null, null, false, 120_000_000L, 55_500_000L, false);
        return new EnrichedArticle(a,
                List.of(new CompanyMention("portworx", "Portworx", "Portworx", CompanyMention.Field.TITLE, 0, 8, 0.95)),
                List.of(new CompanySalience("portworx", "Portworx", 1.0, 1)),
                List.of(new Category("storage", 0.8, List.of("persistent volumes"))), List.of(deal), "test-1",
                Instant.parse("2017-04-05T00:00:01Z"));
    }

    @Test
    void enrichedArticleRoundTripsWithSchemaVersion() {
        EnrichedArticle e = enriched();
        String json = Json.toString(e);
        assertThat(json).startsWith("{\"schemaVersion\":1,");
        assertThat(Json.fromString(json, EnrichedArticle.class)).isEqualTo(e);
    }

    @Test
    void articleRoundTripsThroughTheKafkaSerde() {
        JsonSerde<Article> serde = new JsonSerde<>(Article.class);
        Article a = article();
        assertThat(serde.deserialize("t", serde.serialize("t", a))).isEqualTo(a);
        assertThat(a.contentHash()).hasSize(32);
    }

    @Test
    void unknownFieldsAreTolerated() {
        String json = Json.toString(article()).replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"addedLater\":[1,2],");
        assertThat(Json.fromString(json, Article.class)).isEqualTo(article());
    }

    @Test
    void newerSchemaIsRejectedWithAClearMessage() {
        String json = Json.toString(article()).replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        assertThatThrownBy(() -> Json.fromString(json, Article.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schemaVersion 2");
    }

    @Test
    void invalidRecordsFailValidationWithTheFieldName() {
        String json = Json.toString(article()).replaceFirst("\"url\":\"[^\"]*\"", "\"url\":\"\"");
        assertThatThrownBy(() -> Json.fromString(json, Article.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("article.url");
        JsonSerde<Article> serde = new JsonSerde<>(Article.class);
        assertThatThrownBy(() -> serde.deserialize("wharf.articles", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("wharf.articles");
    }

    @Test
    void dealIdIsStableAcrossPartyOrderAndTimeSoARumourAndItsCompletionAreOneDeal() {
        var acquirer = new Deal.Party(Deal.Role.ACQUIRER, "docker", "Docker");
        var target = new Deal.Party(Deal.Role.TARGET, null, "SocketPlane, Inc.");
        String a = Deal.idFor(Deal.Type.ACQUISITION, List.of(acquirer, target), null, false);
        assertThat(Deal.idFor(Deal.Type.ACQUISITION, List.of(target, acquirer), null, false)).isEqualTo(a);
        var swapped = List.of(new Deal.Party(Deal.Role.TARGET, "docker", "Docker"), new Deal.Party(Deal.Role.ACQUIRER, null, "SocketPlane, Inc."));
        assertThat(Deal.idFor(Deal.Type.ACQUISITION, swapped, null, false)).isNotEqualTo(a);
        assertThat(Deal.idFor(Deal.Type.ACQUISITION, swapped, null, true)).isEqualTo(Deal.idFor(Deal.Type.ACQUISITION, List.of(acquirer, target), null, true));
        var company = new Deal.Party(Deal.Role.COMPANY, "portworx", "Portworx");
        var lead = new Deal.Party(Deal.Role.LEAD_INVESTOR, "mayfield", "Mayfield");
        assertThat(Deal.idFor(Deal.Type.FUNDING, List.of(company, lead), Deal.Round.SERIES_B, false))
                .isEqualTo(Deal.idFor(Deal.Type.FUNDING, List.of(company), Deal.Round.SERIES_B, false))
                .isNotEqualTo(Deal.idFor(Deal.Type.FUNDING, List.of(company), Deal.Round.SERIES_C, false));
    }

    @Test
    void articleWithoutTitleAndTextIsRejected() {
        assertThatThrownBy(() -> new Article("x", "http://a", "http://a", "s", " ", "", null, null, Instant.now(), null, null))
                .hasMessageContaining("neither title nor text");
    }
}
