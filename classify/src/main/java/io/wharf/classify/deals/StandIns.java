package io.wharf.classify.deals;

import io.wharf.model.CompanySalience;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Resolves "the company", "the Boston-based startup" and "it" in a sentence's deals to a named company. Stateless. */
final class StandIns {
    private StandIns() {}

    /**
     * "The company", "the startup", "it": a company named before it in the sentence, else the company the article was
     * about at that point ({@code focus}, asked for only here), else the one it is most about.
     */
    static void resolve(List<DealCandidate> here, Supplier<PartySpan> focusOf, List<CompanySalience> companies, SentenceView s) {
        // the parties the sentence's deals name, read before any stand-in is resolved: "it bought orchard, koality and socketplane"
        List<PartySpan> named = new ArrayList<>();
        for (DealCandidate other : here) {
            named.add(other.first);
            named.add(other.second);
        }
        for (DealCandidate c : here) {
            List<PartySpan> taken = new ArrayList<>(c.leads);
            taken.addAll(c.investors);
            taken.addAll(named);
            // a company named earlier in the same sentence ("docker ...: it bought"), else the company the article was
            // about at that point, else the one it is most about
            PartySpan standIn = c.first != null && c.first.standIn() ? c.first : c.second;
            PartySpan to = s.parties.stream().filter(p -> !p.standIn() && standIn != null && p.to() <= standIn.from()
                    && !AcquisitionParties.quoted(s, p) && !Clauses.governed(s, p)
                    && taken.stream().noneMatch(t -> t != null && t.key().equals(p.key()))).findFirst().orElse(null);
            // the company of the sentence before ("It also purchased ..."); measured against the most salient first,
            // this won on the real passages
            PartySpan focus = to == null ? focusOf.get() : null;
            if (to == null && focus != null && taken.stream().noneMatch(p -> p != null && p.key().equals(focus.key()))) {
                to = focus;
            }
            for (CompanySalience top : to != null ? List.<CompanySalience>of() : companies) {
                if (top.companyId() != null && taken.stream().noneMatch(p -> p != null && top.companyId().equals(p.companyId()))) {
                    to = new PartySpan(0, 0, top.companyId(), top.name(), false, false);
                    break;
                }
            }
            if (to == null) {
                continue;
            }
            if (c.first != null && c.first.standIn()) {
                c.first = c.first.resolvedTo(to);
            }
            if (c.second != null && c.second.standIn()) {
                c.second = c.second.resolvedTo(to);
            }
        }
    }

}
