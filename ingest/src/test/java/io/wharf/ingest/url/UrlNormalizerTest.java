package io.wharf.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
    @Test
    void lowercasesSchemeAndHostAndDropsDefaultPortFragmentAndTracking() {
        assertThat(UrlNormalizer.normalize("HTTPS://News.Example.TEST:443/a/B?utm_source=rss&id=7&fbclid=x#top"))
                .isEqualTo("https://news.example.test/a/B?id=7");
    }

    @Test
    void keepsNonDefaultPortAndGivesEmptyPathASlash() {
        assertThat(UrlNormalizer.normalize("http://example.test:8080")).isEqualTo("http://example.test:8080/");
        assertThat(UrlNormalizer.normalize("http://example.test:80?gclid=1")).isEqualTo("http://example.test/");
    }

    @Test
    void rejectsRelativeAndBrokenUrls() {
        assertThatThrownBy(() -> UrlNormalizer.normalize("/just/a/path")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> UrlNormalizer.normalize("http://exa mple")).hasMessageContaining("not a URL");
    }
}
