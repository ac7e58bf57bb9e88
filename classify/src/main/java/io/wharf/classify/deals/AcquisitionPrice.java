package io.wharf.classify.deals;

import java.util.List;
import java.util.Set;

/** The price of an acquisition in its sentence: the first total amount that is no revenue, funding or share price. */
final class AcquisitionPrice {
    private static final Set<String> NOT_PRICE = Words.of("revenue", "revenues", "sales", "arr", "raised", "raising", "funding", "earnings",
            "profit", "income", "umsatz", "valuation", "loss", "losses");

    private AcquisitionPrice() {}

    /** The amount right after a target, "X for about $2.7 billion": that target's own price; null if none. */
    static Money after(SentenceView s, PartySpan target, List<Money> money) {
        if (target == null || !s.is(target.to(), "for", "für", "pour", "por")) {
            return null;
        }
        Tok forTok = s.tok(target.to());
        for (Money m : money) {
            if (!m.perShare() && m.begin() > forTok.begin() && m.begin() - forTok.end() <= 16) {
                return m;
            }
        }
        return null;
    }

    static Money of(SentenceView s, List<Money> money) {
        for (Money m : money) {
            if (m.perShare()) {
                continue;
            }
            String before = FundingAmounts.window(s, m.begin(), -4);
            String after = FundingAmounts.window(s, m.end(), 3);
            boolean other = false;
            for (String w : (before + after).trim().split(" ")) {
                other |= NOT_PRICE.contains(w);
            }
            if (!other) {
                return m;
            }
        }
        return null;
    }
}
