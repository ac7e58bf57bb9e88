package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupRepairTest {
    @Test
    void closesATitleWhoseEndTagIsMissingOrMangled() {
        assertThat(MarkupRepair.closeTitle("<html><head><title>Tides</titl\n<script>x</script></head><body>b</body>"))
                .isEqualTo("<html><head><title>Tides</title>\n<script>x</script></head><body>b</body>");
        assertThat(MarkupRepair.closeTitle("<title>Tides</head><body>b</body>"))
                .isEqualTo("<title>Tides</title></head><body>b</body>");
    }

    @Test
    void leavesAWellFormedTitleAndTextComparisonsAlone() {
        String ok = "<title>Tides</title><body>b</body>";
        assertThat(MarkupRepair.closeTitle(ok)).isSameAs(ok);
        String lessThan = "<TITLE>1 < 2 </Title ><body>b</body>";
        assertThat(MarkupRepair.closeTitle(lessThan)).isSameAs(lessThan);
        String none = "<body>no title at all</body>";
        assertThat(MarkupRepair.closeTitle(none)).isSameAs(none);
    }
}
