package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.List;

/**
 * Sentences that name no deal of their own but add to the one before them: "The deal closed on Tuesday", "Terms
 * were not disclosed", "The round was led by Accel", "The transaction values the startup at $1 billion". Stateless.
 */
final class FollowUps {
    private FollowUps() {}

    static void apply(SentenceView s, List<Money> money, List<DealCandidate> found) {
        DealCandidate last = lastNews(found);
        if (last == null) {
            return;
        }
        if (last.type == Deal.Type.ACQUISITION) {
            DealCandidate.StatusReading r = DealStatusReader.followUp(s);
            if (r != null && (!last.status.stated() || r.status().compareTo(last.status.status()) > 0
                    || r.status() == Deal.Status.ANNOUNCED && last.status.status() == Deal.Status.COMPLETED && !last.status.stated())) {
                last.status = r;
            }
            if (last.amount == null && r != null || last.amount == null && DealLexicon.DEAL_NOUNS.stream().anyMatch(w -> s.normalised().contains(" " + w + " "))) {
                Money price = AcquisitionPrice.of(s, money);
                if (price != null) {
                    last.amount = price;
                }
            }
            return;
        }
        if (FundingRules.aboutNoRound(s) || s.begin - last.sentence.end > 400) {
            return; // "Accel raised a $500 million fund last month" adds nothing to the round before it; nor does a far sentence
        }
        DealCandidate extra = new DealCandidate(Deal.Type.FUNDING, s);
        extra.first = last.first;
        FundingAmounts.assign(s, money, extra);
        Investors.assign(s, extra, 0);
        // "Existing investors Lightspeed, Salesforce and BNP Paribas also participated": investors of the round before
        boolean aboutRound = s.normalised().matches(".* (?:round|funding|financing|investment|series|seed|runde|levée|ronda|raise|raised|"
                + "participated|participation|investors|backers|joined|included|co-investors) .*");
        if (!aboutRound) {
            return;
        }
        extra.leads.forEach(p -> addOnce(last.leads, p));
        extra.investors.forEach(p -> addOnce(last.investors, p));
        last.investors.removeIf(p -> last.leads.stream().anyMatch(l -> l.key().equals(p.key())));
        if (last.valuation == null) {
            last.valuation = extra.valuation;
        }
        if (last.total == null) {
            last.total = extra.total;
        }
        if (last.amount == null) {
            last.amount = extra.amount;
        }
    }

    private static DealCandidate lastNews(List<DealCandidate> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (!found.get(i).historical) {
                return found.get(i);
            }
        }
        return null;
    }

    private static void addOnce(List<PartySpan> into, PartySpan p) {
        if (into.stream().noneMatch(x -> x.key().equals(p.key()))) {
            into.add(p);
        }
    }
}
