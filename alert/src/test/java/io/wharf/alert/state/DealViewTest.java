package io.wharf.alert.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.alert.rules.UpdateKind;
import io.wharf.alert.testing.Deals;
import io.wharf.model.Deal;
import org.junit.jupiter.api.Test;

class DealViewTest {
    @Test
    void reportsOutOfOrderGiveTheLatestStatusAndOneVersionPerChange() {
        DealView v = DealView.first(Deals.twistlock("a1", Deal.Status.COMPLETED, null));
        v = v.merge(Deals.twistlock("a2", Deal.Status.RUMORED, null));
        v = v.merge(Deals.twistlock("a3", Deal.Status.ANNOUNCED, 410_000_000L));
        v = v.merge(Deals.twistlock("a4", Deal.Status.ANNOUNCED, 400_000_000L));
        assertThat(v.status()).isEqualTo(Deal.Status.COMPLETED);
        assertThat(v.amount()).as("the first stated price stays").isEqualTo(410_000_000L);
        assertThat(v.version()).as("1 + the price").isEqualTo(2);
        assertThat(v.idempotencyKey()).endsWith(":v2");
        assertThat(v.changesSince(Deal.Status.ANNOUNCED, null)).containsExactlyInAnyOrder(UpdateKind.STATUS, UpdateKind.COMPLETED, UpdateKind.PRICE);
        assertThat(v.merge(Deals.twistlock("a5", Deal.Status.RUMORED, null))).isEqualTo(v);
    }
}
