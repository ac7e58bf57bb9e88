package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 point 8: `feed` and `extract` exit 1 when any file failed (they exited 0 unless all did), a missing
 * file says what is wrong with it, and `feed` says which items it drops and why (it dropped them silently).
 */
class FeedExtractExitTest {
    @TempDir
    Path dir;

    @Test
    void feedSaysWhatItDropsAndFailsWhenAFeedFails() throws Exception {
        Path feed = Files.writeString(dir.resolve("news.xml"), """
                <rss version="2.0"><channel><title>T</title>
                <item><title>Good</title><link>https://news.test/a</link><description>x</description></item>
                <item><title>No link here</title><description>y</description></item>
                </channel></rss>""");
        CliRun ok = CliRun.of("feed", feed.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.jsonLines()).hasSize(1).first().asString().contains("\"url\":\"https://news.test/a\"");
        assertThat(ok.errLines()).contains("wharf: feed " + feed + ": dropped item 'No link here': no http(s) link");

        Path missing = dir.resolve("gone.xml");
        CliRun partly = CliRun.of("feed", feed.toString(), missing.toString());
        assertThat(partly.code()).isEqualTo(1);
        assertThat(partly.out()).contains("\"error\":\"" + missing + " does not exist\"");
    }

    @Test
    void extractFailsWhenAPageFails() throws Exception {
        Path page = Files.writeString(dir.resolve("a.html"), "<html><head><title>A</title></head><body><article><p>"
                + "Some text of an article that is long enough to be read as its main text by the extractor.</p></article></body></html>");
        assertThat(CliRun.of("extract", page.toString()).code()).isZero();
        CliRun partly = CliRun.of("extract", page.toString(), dir.resolve("gone.html").toString());
        assertThat(partly.code()).isEqualTo(1);
        assertThat(partly.out()).contains("\"error\":\"" + dir.resolve("gone.html") + " does not exist\"");
    }
}
