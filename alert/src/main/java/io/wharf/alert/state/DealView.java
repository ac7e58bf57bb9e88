package io.wharf.alert.state;

import io.wharf.alert.rules.UpdateKind;
import io.wharf.model.Deal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The alert stage's view of a deal, merged from every report it has read, and its version: 1 at the first report,
 * one more at each change an alert may tell (the status moved on, a price was stated). The merge follows the
 * store's rules, so that reports arriving out of order give the same view: the status only advances, a stated
 * price is never erased, the confidence is the best seen.
 */
public record DealView(String dealId, int version, Deal.Status status, Long amount, String currency, double confidence) {

    public static DealView first(Deal d) {
        return new DealView(d.id(), 1, d.status(), d.amount(), d.amount() == null ? null : d.currency(), d.confidence());
    }

    /** This view with the report merged in; the same view (equal) when the report adds nothing. */
    public DealView merge(Deal d) {
        Deal.Status s = d.status().compareTo(status) > 0 ? d.status() : status;
        boolean priced = amount == null && d.amount() != null;
        double c = Math.max(confidence, d.confidence());
        int v = s != status || priced ? version + 1 : version;
        return new DealView(dealId, v, s, priced ? d.amount() : amount, priced ? d.currency() : currency, c);
    }

    /** What changed between an earlier view (the one last alerted) and this one. */
    public Set<UpdateKind> changesSince(Deal.Status earlierStatus, Long earlierAmount) {
        Set<UpdateKind> out = EnumSet.noneOf(UpdateKind.class);
        if (status != earlierStatus) {
            out.add(UpdateKind.STATUS);
            if (status == Deal.Status.COMPLETED) {
                out.add(UpdateKind.COMPLETED);
            }
            if (status == Deal.Status.TERMINATED) {
                out.add(UpdateKind.TERMINATED);
            }
        }
        if (earlierAmount == null && amount != null) {
            out.add(UpdateKind.PRICE);
        }
        return out;
    }

    /** What receivers use to drop a repeat: the deal and the version the message is about. */
    public String idempotencyKey() {
        return dealId + ":v" + version;
    }
}
