package io.wharf.classify.deals;

import java.util.List;

/** Acquisitions named by a noun: "X's acquisition of Y", "the purchase of Y by X", "the Splunk acquisition", "the X-Y deal". Stateless. */
final class NominalForms {
    private NominalForms() {}

    static void noun(SentenceView s, int n, List<DealCandidate> out) {
        if (DealLexicon.NOT_COMPANY_OBJECTS.contains(prev(s, n)) || DealLexicon.NOT_COMPANY_OBJECTS.contains(norm(s, n + 1))) {
            return;
        }
        int of = n + 1;
        if (!DealLexicon.OF.contains(norm(s, of))) {
            compound(s, n, out);
            return;
        }
        PartySpan target = Clauses.after(s, of + 1, 3);
        if (target == null) {
            compound(s, n, out); // "the $12.5 billion Motorola Mobility purchase of 2012"
            return;
        }
        List<PartySpan> targets = Clauses.list(s, target);
        PartySpan acquirer = null;
        int last = targets.get(targets.size() - 1).to();
        for (int j = last; j < Math.min(s.size(), last + 4); j++) {
            if (DealLexicon.BY.contains(norm(s, j))) {
                acquirer = Clauses.after(s, j + 1, 2);
                break;
            }
        }
        if (acquirer == null) {
            acquirer = possessor(s, n);
        }
        if (acquirer == null) {
            acquirer = Clauses.subject(s, n);
        }
        if (acquirer == null) {
            // "the acquisitions of Evident.io and RedLock": the buyer is the company the article is about
            acquirer = new PartySpan(n, n, null, "?", true, false);
        }
        String unit = null;
        if (targets.size() == 1 && s.is(target.to(), "'s")) {
            unit = unitAfter(s, target.to() + 1);
        }
        AcquisitionParties.add(out, s, acquirer, targets, unit);
    }

    /** "the Splunk acquisition", "the $4.6 billion Apptio deal", "the Broadcom-VMware deal": the target named before the noun. */
    static void compound(SentenceView s, int n, List<DealCandidate> out) {
        PartySpan target = s.partyCovering(n - 1);
        if (target == null || s.is(n - 1, "'s")) {
            return;
        }
        PartySpan acquirer;
        if (s.is(target.from() - 1, "-") && s.partyCovering(target.from() - 2) != null) {
            acquirer = s.partyCovering(target.from() - 2);
        } else if (s.tok(n).is("merger")) {
            return; // "the Cisco merger" says not which side Cisco was on
        } else {
            acquirer = possessor(s, target.from());
            if (acquirer == null) {
                acquirer = Clauses.subject(s, target.from());
            }
        }
        AcquisitionParties.add(out, s, acquirer, List.of(target), null);
    }

    /** "Cisco's acquisition", "Cisco's planned $2.6 billion purchase": the company before 's within a few tokens. */
    static PartySpan possessor(SentenceView s, int n) {
        for (int j = n - 1; j >= Math.max(1, n - 7); j--) {
            if (s.is(j, "'s")) {
                return s.partyCovering(j - 1);
            }
            if (s.tok(j).is(".", ";", ",")) {
                return null;
            }
        }
        return null;
    }

    static String unitAfter(SentenceView s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 5); j++) {
            if (s.tok(j).is("business", "unit", "division", "team", "assets", "portfolio", "operations", "arm", "line", "products", "product", "platform", "subsidiary")) {
                return s.surface(from, j + 1);
            }
        }
        return null;
    }

    static String prev(SentenceView s, int i) {
        return norm(s, i - 1);
    }

    static String norm(SentenceView s, int i) {
        Tok t = s.tok(i);
        return t == null ? "" : t.norm();
    }
}
