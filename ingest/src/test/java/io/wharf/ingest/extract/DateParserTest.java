package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParserTest {
    @Test
    void readsTheCommonSpellings() {
        assertThat(DateParser.parse("2019-11-19T10:04:00-05:00")).isEqualTo(Instant.parse("2019-11-19T15:04:00Z"));
        assertThat(DateParser.parse("2019-11-19T10:04:00.000+0100")).isEqualTo(Instant.parse("2019-11-19T09:04:00Z"));
        assertThat(DateParser.parse("2019-11-19 10:04:00")).isEqualTo(Instant.parse("2019-11-19T10:04:00Z"));
        assertThat(DateParser.parse("2019/11/19")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        assertThat(DateParser.parse("Tue, 19 Nov 2019 10:04:00 GMT")).isEqualTo(Instant.parse("2019-11-19T10:04:00Z"));
        assertThat(DateParser.parse("Tue, 19 Nov 2019 10:04:00 +0200")).isEqualTo(Instant.parse("2019-11-19T08:04:00Z"));
        assertThat(DateParser.parse("1574157840")).isEqualTo(Instant.parse("2019-11-19T10:04:00Z"));
        assertThat(DateParser.parse("Updated Nov. 19, 2019 at noon")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
        assertThat(DateParser.parse("19th November 2019")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
    }

    @Test
    void returnsNullForWhatIsNotADate() {
        assertThat(DateParser.parse(null)).isNull();
        assertThat(DateParser.parse("  ")).isNull();
        assertThat(DateParser.parse("yesterday")).isNull();
        assertThat(DateParser.parse("2019-13-45")).isNull();
    }
}
