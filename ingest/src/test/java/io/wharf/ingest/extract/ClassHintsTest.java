package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
    private static final int NEGATIVE = ClassHints.NEGATIVE;
    private static final int POSITIVE = ClassHints.POSITIVE;
    private static final int STRONG = ClassHints.STRONG;

    @Test
    void matchesWholeWordsAndCamelCaseHumps() {
        assertThat(hints("<div class='newsCaption'>")).isEqualTo(NEGATIVE | STRONG);
        assertThat(hints("<div class='related-post'>")).isEqualTo(NEGATIVE | POSITIVE | STRONG);
        assertThat(hints("<div class='sr-only'>")).isEqualTo(NEGATIVE);
        assertThat(hints("<div id='comments'>")).isEqualTo(NEGATIVE | ClassHints.COMMENTS);
        // "ad" must not hit "read", "header" must not hit "headline", "shadow" is no "ad".
        assertThat(hints("<div class='read headline shadow'>")).isZero();
        assertThat(hints("<div class='article-body'>")).isEqualTo(POSITIVE);
        assertThat(hints("<div class='comment-body'>")).isEqualTo(NEGATIVE | POSITIVE | ClassHints.COMMENTS);
        assertThat(hints("<div class='social-embed'>")).isEqualTo(NEGATIVE | STRONG | ClassHints.EMBED);
        // Word pairs never span two class names: "read" and "more" are not "read-more".
        assertThat(hints("<div class='read more'>")).isZero();
        assertThat(hints("<div class='read-more'>")).isEqualTo(NEGATIVE);
        assertThat(hints("<div>")).isZero();
    }

    private static int hints(String html) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        return ClassHints.of(e);
    }
}
