package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.List;

/**
 * Turns the parties a form found into candidates: one per target of a list, a one-sided candidate where only the target
 * is named, and none where a party is a news outlet quoted or only the maker of what is bought. Stateless.
 */
final class AcquisitionParties {
    private AcquisitionParties() {}

    static DealCandidate add(List<DealCandidate> out, SentenceView s, PartySpan acquirer, List<PartySpan> targets, String unit) {
        DealCandidate last = null;
        boolean someone = targets.stream().anyMatch(t -> t != null && !t.standIn());
        if (acquirer == null && someone) {
            // one side named, the other not ("sold its subsidiaries for 12.2 mln dlrs"): acquisition news, but no deal
            DealCandidate c = new DealCandidate(Deal.Type.ACQUISITION, s);
            c.first = acquirer;
            c.second = targets.isEmpty() ? null : targets.get(0);
            c.partial = true;
            out.add(c);
            return null;
        }
        for (PartySpan t : targets) {
            if (acquirer == null || t == null || acquirer.key().equals(t.key()) && !acquirer.standIn() || quoted(s, acquirer) || quoted(s, t)
                    || modifier(s, t)) {
                continue;
            }
            DealCandidate c = new DealCandidate(Deal.Type.ACQUISITION, s);
            c.first = acquirer;
            c.second = t;
            c.unit = unit;
            c.listEnd = targets.get(targets.size() - 1).to();
            out.add(c);
            last = c;
        }
        return last;
    }

    /** A news outlet cited as the source ("..., WSJ reports"), not a party. */
    static boolean quoted(SentenceView s, PartySpan p) {
        return DealLexicon.MEDIA.contains(p.key()) || s.is(p.to(), "reports", "reported")
                || s.is(p.from() - 1, "to") && s.is(p.from() - 2, "according");
    }

    /** "additional Nvidia GPUs", "a Broadcom share": the company names what is bought, it is not bought itself. */
    static boolean modifier(SentenceView s, PartySpan p) {
        Tok next = s.tok(p.to());
        return next != null && DealLexicon.NOT_COMPANY_OBJECTS.contains(next.norm()) && !next.is("team", "data");
    }
}
