package io.wharf.alert.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.alert.testing.Deals;
import io.wharf.model.Deal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRuleTest {
    private final CurrencyRates rates = CurrencyRates.bundled();
    private final PartyCategories gazetteer = p -> p.companyId() != null && p.companyId().equals("twistlock") ? Set.of("security") : Set.of();
    private final Deal deal = Deals.twistlock("a1", Deal.Status.ANNOUNCED, 410_000_000L);

    private static AlertRule rule(Set<String> categories, List<String> watchlist, String minAmount, Double minConfidence) {
        return AlertRule.of("r", Set.of(Deal.Type.ACQUISITION), null, watchlist, categories, minAmount, minConfidence, List.of("log"), null);
    }

    @Test
    void categoriesAreTheTargets() {
        assertThat(rule(Set.of("security", "storage"), null, null, null).about(deal, 410_000_000L, "USD", 0.9, gazetteer, rates)).isTrue();
        assertThat(rule(Set.of("storage"), null, null, null).about(deal, 410_000_000L, "USD", 0.9, gazetteer, rates)).isFalse();
    }

    @Test
    void watchlistByIdOrNameInAnyRole() {
        assertThat(rule(null, List.of("palo-alto-networks"), null, null).about(deal, null, null, 0.9, gazetteer, rates)).isTrue();
        assertThat(rule(null, List.of("TWISTLOCK"), null, null).about(deal, null, null, 0.9, gazetteer, rates)).isTrue();
        assertThat(rule(null, List.of("docker"), null, null).about(deal, null, null, 0.9, gazetteer, rates)).isFalse();
    }

    @Test
    void amountsCompareInDollarsAndAnUnstatedPriceMatchesNoThreshold() {
        AlertRule over300m = rule(null, null, "300M USD", null);
        assertThat(over300m.about(deal, 410_000_000L, "USD", 0.9, gazetteer, rates)).isTrue();
        assertThat(over300m.about(deal, 300_000_000L, "EUR", 0.9, gazetteer, rates)).as("€300M is more than $300M").isTrue();
        assertThat(over300m.about(deal, 30_000_000_000L, "JPY", 0.9, gazetteer, rates)).as("¥30B is about $190M").isFalse();
        assertThat(over300m.about(deal, null, null, 0.9, gazetteer, rates)).isFalse();
        assertThat(over300m.about(deal, 900_000_000L, "XYZ", 0.9, gazetteer, rates)).as("unknown currency").isFalse();
    }

    @Test
    void confidenceAndUpdates() {
        assertThat(rule(null, null, null, 0.95).about(deal, null, null, 0.9, gazetteer, rates)).isFalse();
        AlertRule statusUpdates = AlertRule.of("s", null, Set.of(Deal.Status.ANNOUNCED), null, null, null, null, List.of("log"),
                Set.of(UpdateKind.STATUS));
        assertThat(statusUpdates.mayStart(Deal.Status.RUMORED)).isFalse();
        assertThat(statusUpdates.tells(UpdateKind.COMPLETED)).isTrue();
        assertThat(statusUpdates.tells(UpdateKind.PRICE)).isFalse();
    }

    @Test
    void thresholds() {
        assertThat(Threshold.parse("100M USD")).isEqualTo(new Threshold(100_000_000, "USD"));
        assertThat(Threshold.parse("EUR 2.5B")).isEqualTo(new Threshold(2_500_000_000L, "EUR"));
        assertThat(Threshold.parse("$750k")).isEqualTo(new Threshold(750_000, "USD"));
        assertThat(Threshold.parse("1,000,000")).isEqualTo(new Threshold(1_000_000, "USD"));
    }
}
