package io.wharf.classify.deals;

import java.util.List;

/** Stakes ("a 15% stake in Y", "N shares of Y, or P pct") and mergers ("X and Y to merge"). Stateless. */
final class StakeAndMergerForms {
    private StakeAndMergerForms() {}

    /** "258,591 shares of X", "up to 33 mln ordinary shares in X": the company whose shares these are, or null. */
    static PartySpan sharesOf(SentenceView s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 8); j++) {
            if (s.is(j, "shares", "stock") && s.is(j + 1, "of", "in")) {
                PartySpan p = Clauses.after(s, j + 2, 2);
                if (p == null && s.is(j + 2, "common", "ordinary") && s.is(j + 3, "stock", "shares") && s.is(j + 4, "of", "in")) {
                    p = Clauses.after(s, j + 5, 2); // "all outstanding shares of common stock of NetSuite"
                }
                return p;
            }
            if (s.partyCovering(j) != null || s.tok(j).is(",", ";", "for", "from", "to")) {
                return null;
            }
        }
        return null;
    }

    /** A percentage in tokens [from, to): "9.4 pct", "15%", "15 percent". */
    static Double percent(SentenceView s, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (s.tok(j).norm().matches("\\d+(?:[.,]\\d+)?") && (s.is(j + 1, "%", "pct", "percent", "prozent") || s.is(j + 1, "per", "pour") && s.is(j + 2, "cent"))) {
                double v = Double.parseDouble(s.tok(j).norm().replace(',', '.'));
                return v > 0 && v <= 100 ? v : null;
            }
        }
        return null;
    }

    /** "buys a 15% stake in Y", "takes a 15 pct stake in Y", "raises its stake in Y to 20%". */
    static void stake(SentenceView s, int st, List<DealCandidate> out) {
        PartySpan target = null;
        for (int j = st + 1; target == null && j < Math.min(s.size(), st + 7); j++) {
            if (s.is(j, "in", "of", "an", "dans", "en", "de", "del", "au", "du") && s.partyAt(j + 1) != null) {
                target = s.partyAt(j + 1); // "a stake of about 4% in London Stock Exchange Group", "participación del 9,9% en Telefónica"
            }
        }
        if (target == null) {
            int in = Clauses.find(s, st + 1, 2, java.util.Set.of("in", "of", "an", "dans", "en"));
            target = in < 0 ? null : Clauses.after(s, in + 1, 2);
        }
        for (int j = st - 1; target == null && j >= Math.max(0, st - 10); j--) {
            if (s.is(j, "in", "into") && s.partyAt(j + 1) != null) {
                target = s.partyAt(j + 1);
            }
        }
        if (target == null) {
            return;
        }
        Double pct = null;
        for (int j = Math.max(0, st - 5); j < Math.min(s.size(), target.to() + 6); j++) {
            if (s.tok(j).norm().matches("\\d+(?:[.,]\\d+)?") && (s.is(j + 1, "%", "pct", "percent", "prozent") || s.is(j + 1, "per", "pour") && s.is(j + 2, "cent"))) {
                pct = Double.parseDouble(s.tok(j).norm().replace(',', '.'));
                break;
            }
        }
        PartySpan buyer = Clauses.subject(s, st);
        DealCandidate c = AcquisitionParties.add(out, s, buyer, List.of(target), null);
        if (c != null && pct != null && pct > 0 && pct <= 100) {
            c.stake = pct;
        }
    }

    /** "X and Y to merge", "X merges with Y", "the merger of X and Y", "the X-Y deal". */
    static void merger(SentenceView s, int m, List<DealCandidate> out) {
        PartySpan a = null;
        PartySpan b = null;
        if (s.is(m + 1, "with", "mit", "avec", "con")) {
            a = Clauses.subject(s, m);
            b = Clauses.after(s, m + 2, 2);
        } else if (s.is(m + 1, "of", "between", "von", "zwischen", "de", "entre")) {
            a = Clauses.after(s, m + 2, 2);
            b = a == null ? null : s.partyAt(a.to() + ((s.is(a.to(), "and", "und", "et", "y", "&", "with")) ? 1 : 2));
        } else {
            PartySpan p = Clauses.subject(s, m);
            if (p != null && s.is(p.to(), "and", "und", "et", "y", "&")) {
                a = p;
                b = s.partyAt(p.to() + 1);
            } else if (p != null && s.is(p.to(), "-") && s.partyAt(p.to() + 1) != null) {
                a = p;
                b = s.partyAt(p.to() + 1);
            }
        }
        if (a != null && b != null && a != b) {
            DealCandidate c = AcquisitionParties.add(out, s, a, List.of(b), null);
            if (c != null) {
                c.merger = true;
            }
        }
    }
}
