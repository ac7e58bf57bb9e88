package io.wharf.alert.testing;

import io.wharf.model.Deal;
import java.time.LocalDate;
import java.util.List;

/** Deals as the extractor publishes them, for tests. */
public final class Deals {
    private Deals() {}

    public static Deal twistlock(String articleId, Deal.Status status, Long amount) {
        List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.ACQUIRER, "palo-alto-networks", "Palo Alto Networks"),
                new Deal.Party(Deal.Role.TARGET, "twistlock", "Twistlock"));
        return new Deal(Deal.idFor(Deal.Type.ACQUISITION, parties, null, false), Deal.Type.ACQUISITION, parties, amount,
                amount == null ? null : "USD", null, status, LocalDate.of(2019, 5, 29),
                new Deal.Evidence(articleId, "Palo Alto Networks said it would acquire Twistlock for $410 million.", 0, 68),
                0.9, null, null, false, null, null, false);
    }
}
