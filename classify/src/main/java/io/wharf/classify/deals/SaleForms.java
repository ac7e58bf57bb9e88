package io.wharf.classify.deals;

import java.util.List;

/** The seller's and the payer's side: "sold Adallom to Microsoft", "paid $220 million for Chef". Stateless. */
final class SaleForms {
    private SaleForms() {}

    /** "sold Adallom to Microsoft", "sold it to Dell", "sell its End-User Computing division to KKR". */
    static void sale(SentenceView s, int v, List<DealCandidate> out) {
        int to = Clauses.find(s, v + 1, 20, DealLexicon.SELL_TO);
        if (to < 0 || VerbForms.passive(s, v)) {
            return;
        }
        PartySpan buyer = Clauses.after(s, to + 1, 3);
        if (buyer == null) {
            PartySpan seller = Clauses.subject(s, v);
            if (seller != null && !seller.standIn() && VerbForms.businessNounAfter(s, v + 1)) {
                AcquisitionParties.add(out, s, null, List.of(seller), null); // "X sold its subsidiaries for 12.2 mln dlrs": the buyer unnamed
            }
            return;
        }
        PartySpan sold = null;
        for (int j = v + 1; j < to; j++) {
            if (s.partyAt(j) != null) {
                sold = s.partyAt(j);
                break;
            }
        }
        String unit = null;
        PartySpan seller = Clauses.subject(s, v);
        String unitNamed = sold == null ? null : NominalForms.unitAfter(s, sold.to());
        if (sold != null && seller != null && unitNamed != null && !s.is(sold.to(), "'s")) {
            // "sell VMware end-user computing unit to KKR": a unit named after its brand, sold by the subject
            AcquisitionParties.add(out, s, buyer, List.of(seller), s.surface(sold.from(), sold.to()) + " " + unitNamed);
            return;
        }
        if (sold == null || s.is(sold.to(), "'s")) {
            unit = sold == null ? NominalForms.unitAfter(s, v + 1) : NominalForms.unitAfter(s, sold.to() + 1);
            if (unit == null && sold == null) {
                return; // "sold shares to investors"
            }
            sold = sold == null ? seller : sold;
        }
        if (sold != null) {
            AcquisitionParties.add(out, s, buyer, List.of(sold), unit);
        }
    }

    /** "paid $220 million for Chef", "agreed to pay $34 billion for Red Hat": a price for a company is its purchase. */
    static void payment(SentenceView s, int v, List<DealCandidate> out) {
        int forAt = Clauses.find(s, v + 1, 8, java.util.Set.of("for", "für", "pour", "por"));
        if (forAt < 0 || Clauses.find(s, v + 1, forAt - v, java.util.Set.of("million", "billion", "mln", "bn", "crore", "m", "b")) < 0
                && !s.tok(v + 1).norm().matches("[$€£¥₹].*|\\d.*")) {
            return;
        }
        PartySpan target = s.partyAt(forAt + 1) != null ? s.partyAt(forAt + 1) : Clauses.after(s, forAt + 1, 2);
        if (target != null && !AcquisitionParties.modifier(s, target)) {
            AcquisitionParties.add(out, s, Clauses.subject(s, v), List.of(target), null);
        }
    }
}
