package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Category;
import io.wharf.model.CompanySalience;
import io.wharf.model.EnrichedArticle;
import io.wharf.store.db.Database;
import io.wharf.store.sink.JdbcArticleSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 point 12: `query` shows categories and URL, ranks companies as `run` prints them (most salient first, not
 * alphabetically), carries company ids in --json, and takes a name or an id for --company, saying so when none matches.
 */
class QueryOutputTest {
    @TempDir
    Path dir;
    private String url;
    private EnrichedArticle stored;

    @BeforeEach
    void store() throws Exception {
        Path file = dir.resolve("wharf.db");
        url = "jdbc:sqlite:" + file;
        Database db = new Database(url, null, null, null);
        db.migrate();
        String link = "https://news.test/palo-alto-buys-twistlock";
        Article a = new Article(ArticleIds.of(link), link, link, "news", "Palo Alto Networks buys Twistlock", "Text.", "",
                Instant.parse("2026-11-30T10:00:00Z"), Instant.now(), "en", null);
        stored = new EnrichedArticle(a, List.of(), List.of(new CompanySalience("twistlock", "Twistlock", 0.9, 4),
                new CompanySalience("palo-alto-networks", "Palo Alto Networks", 0.7, 2), new CompanySalience(null, "Acme Labs", 0.2, 1)),
                List.of(new Category("orchestration", 0.5, List.of()), new Category("security", 0.8, List.of())), List.of(), "t", Instant.now());
        try (JdbcArticleSink sink = new JdbcArticleSink(db, Clock.systemUTC())) {
            sink.write(List.of(stored));
        }
    }

    @Test
    void aQueryLineIsWhatRunPrinted() {
        CliRun r = CliRun.of("query", "--set", "store.jdbc.url=" + url);
        assertThat(r.code()).isZero();
        String line = "2026-11-30  news          Palo Alto Networks buys Twistlock  [Twistlock, Palo Alto Networks, Acme Labs]  "
                + "{security, orchestration}  https://news.test/palo-alto-buys-twistlock";
        assertThat(r.out().lines()).contains(line);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new StoredPrinter(new PrintStream(printed, true, StandardCharsets.UTF_8), false).accept(List.of(stored));
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("stored  " + line + "\n");
    }

    @Test
    void jsonCarriesCompanyIds() {
        CliRun r = CliRun.of("query", "--json", "--set", "store.jdbc.url=" + url);
        assertThat(r.jsonLines()).singleElement().asString()
                .contains("\"url\":\"https://news.test/palo-alto-buys-twistlock\"")
                .contains("\"companies\":[{\"id\":\"twistlock\",\"name\":\"Twistlock\"},{\"id\":\"palo-alto-networks\",\"name\":\"Palo Alto Networks\"},"
                        + "{\"name\":\"Acme Labs\"}]")
                .contains("\"categories\":[\"security\",\"orchestration\"]");
    }

    @Test
    void companyByIdOrNameAndOneLineWhenNoneMatches() {
        assertThat(CliRun.of("query", "--company", "palo-alto-networks", "--set", "store.jdbc.url=" + url).out()).contains("buys Twistlock");
        CliRun byName = CliRun.of("query", "--company", "palo alto NETWORKS", "--set", "store.jdbc.url=" + url);
        assertThat(byName.out()).contains("buys Twistlock");
        assertThat(byName.errLines()).isEqualTo("wharf: articles naming Palo Alto Networks (palo-alto-networks)\n");
        assertThat(CliRun.of("query", "--company", "acme labs", "--set", "store.jdbc.url=" + url).out()).contains("buys Twistlock");
        CliRun none = CliRun.of("query", "--company", "Nobody Inc", "--set", "store.jdbc.url=" + url);
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("wharf: --company 'Nobody Inc' matches no stored company, by id or by name (`wharf companies` lists them)\n");
    }
}
