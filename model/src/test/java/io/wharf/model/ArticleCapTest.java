package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An article cut to fit a Kafka record keeps its full length, in JSON too; older records read as whole. */
class ArticleCapTest {
    private static Article withText(String text) {
        return new Article(ArticleIds.of("https://x.test/a"), "https://x.test/a", "https://x.test/a", "demo", "Title", text, text,
                null, Instant.parse("2024-01-01T00:00:00Z"), "en", null);
    }

    @Test
    void aLongTextIsCutAndItsFullLengthKept() {
        Article a = withText("k".repeat(2_000_000));
        Article c = a.capped(100_000);
        assertThat(c.text()).hasSize(100_000);
        assertThat(c.summary()).hasSize(100_000);
        assertThat(c.fullTextLength()).isEqualTo(2_000_000);
        assertThat(c.truncated()).isTrue();
        assertThat(c.contentHash()).isEqualTo(a.contentHash());
        assertThat(Json.fromBytes(Json.toBytes(c), Article.class)).isEqualTo(c);
        assertThat(Json.toString(c)).contains("\"fullTextLength\":2000000").doesNotContain("truncated");
    }

    @Test
    void aShortTextIsLeftAloneAndOlderJsonReadsAsWhole() {
        Article a = withText("short");
        assertThat(a.capped(100)).isSameAs(a);
        assertThat(Json.toString(a)).doesNotContain("fullTextLength");
        assertThat(Json.fromString(Json.toString(a), Article.class).fullTextLength()).isNull();
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        Article c = withText("ab\uD83D\uDE00cd").capped(3);
        assertThat(c.text()).isEqualTo("ab");
        assertThat(c.fullTextLength()).isEqualTo(6);
    }
}
