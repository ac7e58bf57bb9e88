package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final ArticleExtractor extractor = new ArticleExtractor(NOW);

    @Test
    void usesTheJsonLdBodyWhenThePageRendersItsTextWithScripts() {
        ExtractedPage page = extract("jsonld-article-body.html", "https://dockside.example/ports/cranes");
        assertThat(page.text()).startsWith("The port authority switched its container cranes")
                .contains("\nOperators say the system plans").doesNotContain("Loading").doesNotContain("Copyright");
        assertThat(page.title()).isEqualTo("Harbour cranes get a software update");
        assertThat(page.author()).isEqualTo("Mara Quill");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2021-03-04T08:30:00Z"));
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void leavesOutCommentsRelatedLinksAdsAndBanners() {
        ExtractedPage page = extract("comments-and-related-links.html", "https://rivernotes.example/barges");
        assertThat(page.text().split("\n")).contains(
                "Low water on the upper river kept most barges moored this week, and the few that sailed carried"
                        + " barely half their usual load of grain and gravel.",
                "Rain expected");
        assertThat(page.text()).contains("Forecasters expect steady rain")
                .doesNotContain("cookies", "Advertisement", "Lock keepers vote", "thirty years", "Share on",
                        "independent newsletter", "morning fog", "Barges\n");
        assertThat(page.title()).isEqualTo("A quiet week for river barges");
        assertThat(page.author()).isEqualTo("Ines Varga");
        assertThat(page.publishedAt()).isNull();
        assertThat(page.canonicalUrl()).isNull();
    }

    @Test
    void readsTheDateFromOtherMetaConventions() {
        ExtractedPage page = extract("date-only-in-meta.html", "https://cape.example/lighthouse");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2019-06-12T00:00:00Z"));
        assertThat(page.title()).isEqualTo("Lighthouse keepers return to the northern cape");
        assertThat(page.language()).isEqualTo("nb");
        assertThat(page.text()).contains("resident keeper").contains("\nThe county hopes");
    }

    @Test
    void neverBelievesADateInTheFuture() {
        ExtractedPage page = extract("future-date.html", "https://lake.example/ferries");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2020-05-17T06:15:00Z"));
        assertThat(page.author()).isEqualTo("Lena Brandt");
        assertThat(page.language()).isEqualTo("de");
        ExtractedPage earlier = new ArticleExtractor(Clock.fixed(Instant.parse("2019-01-01T00:00:00Z"), ZoneOffset.UTC))
                .extract(read("future-date.html"), "https://lake.example/ferries");
        assertThat(earlier.publishedAt()).isNull();
    }

    @Test
    void resolvesARelativeCanonicalAndCleansTheTitle() {
        ExtractedPage page = extract("canonical-relative.html", "https://gazette.example/news/2020/tides?utm_source=x");
        assertThat(page.canonicalUrl()).isEqualTo("https://gazette.example/news/tide-tables-go-digital");
        assertThat(page.title()).isEqualTo("Tide tables go digital");
        assertThat(page.language()).isEqualTo("en");
        // "20200102" is not a date this reader trusts; the <time> element is.
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2020-01-03T10:00:00Z"));
    }

    @Test
    void findsLooseTextWithoutArticleMarkupAndADateInTheText() {
        ExtractedPage page = extract("no-article-markup.html", "http://canal.example/p/2");
        assertThat(page.text()).contains("The canal froze over for three days", "\nChildren from the village skated",
                "ducks had the water").doesNotContain("Archive", "Older post", "winter canal");
        assertThat(page.title()).isEqualTo("Notes from the canal");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2018-03-05T00:00:00Z"));
        assertThat(page.language()).isNull();
    }

    @Test
    void joinsAnArticleSplitIntoSiblingColumns() {
        ExtractedPage page = extract("split-columns.html", "https://port.example/quai");
        assertThat(page.text()).contains("Le port a inauguré mardi", "Un second quai pourrait suivre")
                .doesNotContain("Les plus lus");
        assertThat(page.language()).isEqualTo("fr");
    }

    @Test
    void dropsHeadlineDatelineKeywordsAndTeaserCardsButKeepsEmbeddedPosts() {
        ExtractedPage page = extract("teasers-datelines-and-embeds.html", "https://baycourier.example/ferry");
        assertThat(page.text()).startsWith("The bay's night ferry will run a second crossing")
                .contains("Finally a way home after the late shift", "(@nightnurse) November 18, 2019",
                        "The crossing takes twenty minutes")
                .doesNotContain("Night ferry adds", "10:01 pm", "harbour, ferry", "pier café", "seals", "bike lane");
        assertThat(page.title()).isEqualTo("Night ferry adds a second crossing");
        assertThat(page.author()).isEqualTo("Priya Nandakumar");
        // No metadata date: the dateline the text filter left out is the last resort.
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void fallsBackToADateInTheUrl() {
        String html = "<html><body><p>The pier reopened after a long winter of repairs, and the anglers came back"
                + " at once, some before sunrise.</p></body></html>";
        assertThat(extractor.extract(html, "https://pier.example/2019/nov/18/pier-reopens").publishedAt())
                .isEqualTo(Instant.parse("2019-11-18T00:00:00Z"));
        assertThat(extractor.extract(html, "https://pier.example/news/2019/11/18/pier-reopens").publishedAt())
                .isEqualTo(Instant.parse("2019-11-18T00:00:00Z"));
        assertThat(extractor.extract(html, "https://pier.example/2031/01/01/pier-reopens").publishedAt()).isNull();
    }

    @Test
    void readsTheBodyOfAPageWhoseTitleIsNeverClosed() {
        // Regression: a mangled </title> made the parser read the whole page as the title, and the text was empty.
        ExtractedPage page = extract("unclosed-title.html", "https://islands.example/ferry");
        assertThat(page.text()).startsWith("The island ferry will sail twice a day")
                .contains("\nResidents who commute").doesNotContain("var region", "Home");
        assertThat(page.title()).startsWith("Ferry timetable changes for the winter");
    }

    @Test
    void keepsAShortPostWhoseOnlyLinksAreAnImageAndASignOff() {
        // Regression: the chosen container itself looked like a teaser card (short, a linked image) and was dropped.
        ExtractedPage page = extract("short-post-with-linked-image.html", "https://rider.example/2012/09/talk-tonight");
        assertThat(page.text()).contains("Tonight I talk with a rider who spent a month on the coast road",
                "Eight to half past nine").doesNotContain("Archive", "Comments (0)");
    }

    @Test
    void leavesOutAReaderCommentThreadLongerThanTheStory() {
        ExtractedPage page = extract("comments-inside-main-column.html", "https://town.example/bridge");
        assertThat(page.text()).startsWith("The old stone bridge over the river will close to traffic")
                .contains("most of it paid by the regional government")
                .doesNotContain("Reader comments", "grandfather", "inspection report published");
    }

    @Test
    void joinsStepsThatWearTheClassOfTheWinningBlock() {
        ExtractedPage page = extract("steps-in-sibling-blocks.html", "https://garden.example/herbs");
        assertThat(page.text()).startsWith("A row of herbs on a sunny sill")
                .contains("\nYou will need:", "\nA bag of light potting mix", "\nSet one seedling in each pot")
                .doesNotContain("More projects", "bird box", "Kitchen");
    }

    @Test
    void takesASecondOpinionWhenClassNamesHidTheArticle() {
        // Regression: columns named "rail" and "widget" were cleaned away and the text was one masthead line.
        ExtractedPage page = extract("article-in-blocks-with-misleading-names.html", "https://valley.example/trains");
        assertThat(page.text()).contains("Night trains will run again on the valley line",
                "\nHotel owners in the valley welcomed the news", "\nTickets go on sale next month");
    }

    @Test
    void endsTheStoryAtACommentsHeadingThatNoClassNameGivesAway() {
        ExtractedPage page = extract("comments-under-a-heading.html", "https://stadt.example/bibliothek");
        assertThat(page.text()).startsWith("Die Stadtbibliothek öffnet vom kommenden Monat an auch am Sonntag")
                .endsWith("zusätzliche Aufsichtskräfte.").doesNotContain("Kommentare", "Endlich", "Café");
        assertThat(page.language()).isEqualTo("de");
    }

    @Test
    void keepsAChineseLeadSentenceThatCarriesADateAndTime() {
        // Regression: "。" was not a sentence end, so a short lead with a date and a clock time read as a dateline.
        ExtractedPage page = extract("chinese-article.html", "https://port.example/zh/dock");
        assertThat(page.text()).startsWith("本报讯（记者 李华）2023年5月15日 10:00，港口新建的集装箱码头正式投入使用。")
                .contains("\n附近的物流企业对此表示欢迎").doesNotContain("热门推荐", "地铁", "首页", "来源");
        assertThat(page.title()).isEqualTo("港口新码头正式启用");
        assertThat(page.language()).isEqualTo("zh");
    }

    @Test
    void readsAnArticleThatOnlyTheNoscriptFallbackCarries() {
        ExtractedPage page = extract("text-only-in-noscript.html", "https://ville.example/marche");
        assertThat(page.text()).startsWith("Après deux ans de travaux, le marché couvert")
                .contains("\nLes commerçants espèrent").doesNotContain("cookies", "Accepter", "window.");
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        List<String> fixtures = List.of("jsonld-article-body.html", "comments-and-related-links.html",
                "date-only-in-meta.html", "future-date.html", "canonical-relative.html", "no-article-markup.html",
                "split-columns.html", "teasers-datelines-and-embeds.html");
        List<ExtractedPage> expected = fixtures.stream().map(f -> extract(f, "https://x.example/a")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExtractedPage>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> fixtures.stream().map(f -> extract(f, "https://x.example/a")).toList()));
            }
            for (Future<List<ExtractedPage>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void copesWithEmptyInput() {
        ExtractedPage page = extractor.extract("", null);
        assertThat(page.text()).isEmpty();
        assertThat(page.title()).isNull();
        assertThat(page.publishedAt()).isNull();
    }

    private ExtractedPage extract(String fixture, String url) {
        return extractor.extract(read(fixture), url);
    }

    private static String read(String fixture) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
