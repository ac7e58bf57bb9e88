package io.wharf.alert.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.alert.state.DealView;
import io.wharf.alert.testing.Deals;
import io.wharf.model.Deal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertTextTest {
    @Test
    void readsLikeAnAnalystsOneLiner() {
        Deal d = Deals.twistlock("a1", Deal.Status.ANNOUNCED, 410_000_000L);
        assertThat(AlertText.of(d, DealView.first(d), Set.of("security"), 3, "new"))
                .isEqualTo("Palo Alto Networks to acquire Twistlock (security) for $410M, announced 2019-05-29 — 3 sources");
        Deal done = Deals.twistlock("a2", Deal.Status.COMPLETED, null);
        assertThat(AlertText.of(done, DealView.first(done), Set.of(), 1, "completed"))
                .isEqualTo("Completed: Palo Alto Networks acquired Twistlock, announced 2019-05-29 — 1 source");
    }

    @Test
    void money() {
        assertThat(AlertText.money(8_500_000, "USD")).isEqualTo("$8.5M");
        assertThat(AlertText.money(1_250_000_000, "EUR")).isEqualTo("€1.25B");
        assertThat(AlertText.money(50_000_000, "CHF")).isEqualTo("CHF 50M");
        assertThat(AlertText.money(750_000, "USD")).isEqualTo("$750K");
    }
}
