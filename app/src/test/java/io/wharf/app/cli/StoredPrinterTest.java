package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `wharf run` shows the deals of the day under each stored article, not the background ones. */
class StoredPrinterTest {
    @Test
    void dealsOfTheDayArePrintedUnderTheirArticle() {
        String url = "https://news.test/pan-twistlock";
        Article a = new Article(ArticleIds.of(url), url, url, "wire", "Palo Alto Networks to acquire Twistlock", "", "",
                Instant.parse("2019-05-29T00:00:00Z"), Instant.now(), "en", null);
        List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.ACQUIRER, "palo-alto-networks", "Palo Alto Networks"),
                new Deal.Party(Deal.Role.TARGET, "twistlock", "Twistlock"));
        Deal news = new Deal(Deal.idFor(Deal.Type.ACQUISITION, parties, null, false), Deal.Type.ACQUISITION, parties, 410_000_000L, "USD",
                null, Deal.Status.ANNOUNCED, null, new Deal.Evidence(a.id(), a.title(), 0, a.title().length()), 0.9, null, null, false, null, null, false);
        List<Deal.Party> old = List.of(new Deal.Party(Deal.Role.ACQUIRER, "palo-alto-networks", "Palo Alto Networks"),
                new Deal.Party(Deal.Role.TARGET, "redlock", "RedLock"));
        Deal background = new Deal(Deal.idFor(Deal.Type.ACQUISITION, old, null, false), Deal.Type.ACQUISITION, old, null, null, null,
                Deal.Status.COMPLETED, null, new Deal.Evidence(a.id(), a.title(), 0, 5), 0.7, null, null, false, null, null, true);
        EnrichedArticle e = new EnrichedArticle(a, List.of(), List.of(), List.of(), List.of(news, background), "t", Instant.now());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new StoredPrinter(new PrintStream(printed, true, StandardCharsets.UTF_8), false).accept(List.of(e));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2).element(1)
                .isEqualTo("  deal  acquisition announced: Palo Alto Networks -> Twistlock, $410M");
    }
}
