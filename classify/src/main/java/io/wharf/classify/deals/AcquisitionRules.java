package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.ArrayList;
import java.util.List;

/**
 * Acquisitions in one sentence, in the forms the press uses: active ("Cisco to buy Portshift"), lists ("bought
 * SocketPlane, Kitematic and Orchard"), passive ("was acquired by"), relative ("Y, which X bought in 2015"),
 * nominal ("X's acquisition of Y", "the purchase of Y by X"), sellers ("sold Y to X"), prices paid, stakes, offers and
 * mergers. This class finds the trigger words and hands each to the reader of its form. Stateless.
 */
final class AcquisitionRules {
    private AcquisitionRules() {}

    static List<DealCandidate> find(SentenceView s) {
        List<DealCandidate> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).norm();
            boolean nounForm = (w.startsWith("purchase") || w.equals("compra")) && (s.is(i + 1, "of", "de") || s.is(i - 1, "the", "a", "its", "their"));
            if (nounForm) {
                NominalForms.noun(s, i, out);
            } else if (DealLexicon.ACQUIRE_VERBS.contains(w) && !(w.equals("compra") && s.partyCovering(i - 1) == null)) {
                VerbForms.verb(s, i, i + 1, out);
            } else if (DealLexicon.PHRASAL_VERBS.contains(w) && s.is(i + 1, "up", "over")) {
                VerbForms.verb(s, i, i + 2, out);
            } else if (DealLexicon.ACQUIRE_NOUNS.contains(w) || w.equals("compra")) {
                NominalForms.noun(s, i, out);
            } else if (DealLexicon.SELL_VERBS.contains(w)) {
                SaleForms.sale(s, i, out);
            } else if (DealLexicon.PAY_VERBS.contains(w)) {
                SaleForms.payment(s, i, out);
            } else if (DealLexicon.MERGE_WORDS.contains(w)) {
                StakeAndMergerForms.merger(s, i, out);
            } else if (DealLexicon.OFFER_NOUNS.contains(w) && s.is(i + 1, "for", "für", "sur", "pour", "por", "sobre")) {
                PartySpan target = StakeAndMergerForms.sharesOf(s, i + 2) != null ? StakeAndMergerForms.sharesOf(s, i + 2) : Clauses.after(s, i + 2, 3);
                AcquisitionParties.add(out, s, Clauses.subject(s, i), target == null ? List.of() : List.of(target), null);
            } else if (w.equals("stake") || w.equals("beteiligung") || w.equals("participación") || w.equals("participation") && s.is(i + 1, "de")) {
                StakeAndMergerForms.stake(s, i, out);
            }
        }
        return out;
    }
}
