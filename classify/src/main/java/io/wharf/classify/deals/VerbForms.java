package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.List;

/** An acquisition verb's parties: active, passive, relative and German verb-last forms, stakes and unnamed sides. Stateless. */
final class VerbForms {
    private VerbForms() {}

    static void verb(SentenceView s, int v, int next, List<DealCandidate> out) {
        for (int j = next; j < Math.min(s.size(), next + 4); j++) {
            if (s.is(j, "stake", "participación", "beteiligung") || s.is(j, "participation") && s.is(j + 1, "de")) {
                return; // "has acquired a 9.9% stake in Telefónica": read by StakeAndMergerForms.stake() at the stake word
            }
        }
        PartySpan shareIssuer = StakeAndMergerForms.sharesOf(s, next);
        if (shareIssuer != null && !passive(s, v)) {
            // "acquired 258,591 shares of Epsilon Data Management, or 9.4 pct": a stake bought
            DealCandidate c = AcquisitionParties.add(out, s, Clauses.subject(s, v), List.of(shareIssuer), null);
            if (c != null) {
                c.stake = StakeAndMergerForms.percent(s, v, Math.min(s.size(), shareIssuer.to() + 8));
            }
            return;
        }
        if (objectIsNoCompany(s, next) || s.is(next, "back") || s.is(v - 1, "to") && s.is(v - 2, "looking", "trying", "want", "wants")
                && Clauses.after(s, next, 3) == null) {
            return;
        }
        int k = next;
        while (s.is(k, "quietly", "officially", "also", "out", "up", "over")) {
            k++; // "to be bought out by rival Kroger"
        }
        if (passive(s, v) && s.is(k, "by", "par", "por")) {
            PartySpan acquirer = s.partyAt(k + 1) != null ? s.partyAt(k + 1) : Clauses.after(s, k + 1, 2);
            List<PartySpan> target = antecedentOrSubject(s, v);
            if (target.isEmpty() && Clauses.sentenceSubject(s, v) != null) {
                target = List.of(Clauses.sentenceSubject(s, v)); // "Splunk was founded in 2003 ... and was acquired by Cisco"
            }
            AcquisitionParties.add(out, s, acquirer, target, null);
            return;
        }
        // German and Dutch put the participle last: "wird von Cisco übernommen"
        PartySpan before = s.partyCovering(v - 1);
        if (before != null && s.is(before.from() - 1, "von", "durch")) {
            AcquisitionParties.add(out, s, before, antecedentOrSubject(s, before.from() - 1), null);
            return;
        }
        // relative: "Y, which X bought in 2015"
        if (before != null && s.is(before.from() - 1, "which", "that") && s.partyCovering(before.from() - 3) != null) {
            AcquisitionParties.add(out, s, before, List.of(s.partyCovering(before.from() - 3)), null);
            return;
        }
        PartySpan target = Clauses.after(s, k, 4);
        List<PartySpan> targets = target == null ? List.of() : Clauses.list(s, target);
        PartySpan acquirer = Clauses.subject(s, v);
        if (acquirer == null && Clauses.clauseStart(s, v) > 0 && s.is(Clauses.clauseStart(s, v) - 1, "and")) {
            acquirer = Clauses.subject(s, Clauses.clauseStart(s, v) - 1);
        }
        if (acquirer == null) {
            acquirer = antecedent(s, v);
        }
        if (acquirer == null && !targets.isEmpty()) {
            acquirer = Clauses.sentenceSubject(s, v); // "Oracle announced that a subsidiary has commenced an offer to purchase ..."
        }
        if (s.dependencies != null && (acquirer == null || targets.isEmpty())) {
            // where the surface rules find no acquirer or no target, the parse may see through the clauses between
            // (measured: letting it override the surface rules lost more than it won; README "Measured")
            ParseRoles.Roles parsed = ParseRoles.of(s, s.dependencies.get(), v);
            if (acquirer == null) {
                acquirer = parsed.acquirer();
            }
            if (targets.isEmpty() && parsed.target() != null) {
                targets = Clauses.list(s, parsed.target());
            }
        }
        String unit = null;
        if (targets.size() == 1 && s.is(targets.get(0).to(), "'s")) {
            unit = NominalForms.unitAfter(s, targets.get(0).to() + 1);
        }
        if (targets.size() == 1 && !targets.get(0).standIn() && s.is(targets.get(0).to(), "from")) {
            PartySpan owner = s.partyAt(targets.get(0).to() + 1);
            if (owner != null) {
                unit = s.surface(targets.get(0).from(), targets.get(0).to());
                targets = List.of(owner);
            }
        }
        if (targets.isEmpty() && acquirer != null && !acquirer.standIn() && businessNounAfter(s, k)) {
            // "X agreed to buy a Florida nursery": the target unnamed; acquisition news without a deal
            DealCandidate c = new DealCandidate(Deal.Type.ACQUISITION, s);
            c.first = acquirer;
            c.partial = true;
            out.add(c);
            return;
        }
        AcquisitionParties.add(out, s, acquirer, targets, unit);
    }

    /** What companies buy and sell when the other side is not named: "its subsidiaries", "a Florida nursery company". */
    static boolean businessNounAfter(SentenceView s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 7); j++) {
            if (s.tok(j).is(",", ";", "for", "from", "to", "in", "with") && j > from) {
                return false;
            }
            if (BUSINESS_NOUNS.contains(s.tok(j).norm())) {
                return true;
            }
        }
        return false;
    }

    static final java.util.Set<String> BUSINESS_NOUNS = Words.of("company", "companies", "firm", "maker", "manufacturer", "producer",
            "distributor", "supplier", "unit", "units", "subsidiary", "subsidiaries", "division", "business", "businesses", "operations",
            "assets", "stake", "interest", "bank", "chain", "concern", "retailer", "startup", "plant", "mill", "hotel", "stores", "operator",
            "tochter", "sparte", "filiale", "filiale", "activité", "filial", "empresa", "société", "unternehmen");

    static boolean passive(SentenceView s, int v) {
        for (int j = v - 1; j >= Math.max(0, v - 3); j--) {
            if (DealLexicon.PASSIVE_AUX.contains(s.tok(j).norm())) {
                return true;
            }
            if (s.partyCovering(j) != null) {
                return s.is(j + 1, ",") || j == v - 1 && s.is(v - 2, ",");
            }
        }
        return s.is(v - 1, ",") || s.partyCovering(v - 1) != null && s.is(v - 2, ",");
    }

    static List<PartySpan> antecedentOrSubject(SentenceView s, int v) {
        PartySpan p = Clauses.subject(s, v);
        if (p == null) {
            p = antecedent(s, v);
        }
        return p == null ? List.of() : List.of(p);
    }

    /** The company a relative or participle clause hangs on: "Y, which ...", "Y, acquired by ...". */
    static PartySpan antecedent(SentenceView s, int v) {
        for (int j = v - 1; j >= Math.max(0, v - 5); j--) {
            if (s.is(j, ",") && s.partyCovering(j - 1) != null) {
                return s.partyCovering(j - 1);
            }
        }
        return null;
    }

    /** "acquire customers", "buy shares": what follows the verb is no company, and no company comes right after it. */
    static boolean objectIsNoCompany(SentenceView s, int next) {
        for (int j = next; j < Math.min(s.size(), next + 3); j++) {
            if (s.partyCovering(j) != null) {
                return false;
            }
            if (DealLexicon.NOT_COMPANY_OBJECTS.contains(s.tok(j).norm())) {
                for (int k = j + 1; k < Math.min(s.size(), j + 4); k++) {
                    if (s.partyCovering(k) != null && !s.is(k - 1, "like", "such", "as", "including", "from")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
