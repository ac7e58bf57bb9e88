package io.wharf.classify.deals;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The investors of a round: those that led ("led by Accel and Index", "Accel led the round") and those that took part
 * ("with participation from", "existing investors X and Y", "X and Y also participated"). Stateless.
 */
final class Investors {
    private Investors() {}

    static void assign(SentenceView s, DealCandidate c, int trigger) {
        String norm = s.normalised();
        Matcher lead = DealLexicon.LEAD.matcher(norm);
        while (lead.find()) {
            int at = tokenAtNormOffset(s, norm, lead.end());
            addListAt(s, at, c, c.leads);
            // "led by Andreessen Horowitz, with Lightspeed, Salesforce and BNP Paribas": the others that came with the leads
            PartySpan first = at < 0 ? null : Clauses.after(s, at, 3);
            if (first != null) {
                List<PartySpan> leads = Clauses.list(s, first);
                int k = leads.get(leads.size() - 1).to();
                k += s.is(k, ",") ? 1 : 0;
                if (s.is(k, "with", "alongside", "avec", "mit", "con") && s.partyAt(k + 1) != null) {
                    addListAt(s, k + 1, c, c.investors);
                }
            }
        }
        String w = s.tok(trigger).norm();
        if (w.equals("led") || w.equals("leads") || w.equals("co-led")) {
            PartySpan lead0 = Clauses.subject(s, trigger);
            if (lead0 != null && lead0 != c.first) {
                for (PartySpan p : Clauses.list(s, lead0)) {
                    addOnce(c, c.leads, p);
                }
            }
        } else if (w.startsWith("invest") || w.equals("backs") || w.equals("backed") && !s.is(trigger + 1, "by")) {
            // "Toyota has invested ¥10.5 billion in Preferred Networks": an investor, not said to lead
            PartySpan investor = Clauses.subject(s, trigger);
            if (investor != null && investor != c.first) {
                addOnce(c, c.investors, investor);
            }
        }
        if (s.tok(trigger).norm().startsWith("rais")) {
            int from = Clauses.find(s, trigger + 1, 8, java.util.Set.of("from"));
            if (from > 0 && s.partyAt(from + 1) != null && c.leads.isEmpty()) {
                addListAt(s, from + 1, c, c.investors); // "raised $125m from T. Rowe Price, Koch Disruptive Technologies and Fuel"
            }
        }
        Matcher part = DealLexicon.PARTICIPANTS.matcher(norm);
        while (part.find()) {
            addListAt(s, tokenAtNormOffset(s, norm, part.end()), c, c.investors);
        }
        for (PartySpan p : s.parties) {
            String after = FundingAmounts.window(s, s.tok(p.to() - 1).end(), 4);
            if (DealLexicon.PARTICIPATED_AFTER.matcher(after).find() || (after.startsWith(" and ") || after.startsWith(" , ")) && afterList(s, p)) {
                addOnce(c, c.investors, p);
            }
        }
        c.investors.removeIf(p -> c.leads.stream().anyMatch(l -> l.key().equals(p.key())));
    }

    /** p is in a list of companies that ends in "also participated" (the last one opens that clause, so no list reader). */
    private static boolean afterList(SentenceView s, PartySpan p) {
        PartySpan current = p;
        for (int guard = 0; guard < 10; guard++) {
            int k = current.to();
            k += s.is(k, ",") ? 1 : 0;
            k += s.is(k, "and", "&", "und", "et", "y") ? 1 : 0;
            PartySpan next = s.partyAt(k);
            if (next == null || k == current.to()) {
                return false;
            }
            if (DealLexicon.PARTICIPATED_AFTER.matcher(FundingAmounts.window(s, s.tok(next.to() - 1).end(), 4)).find()) {
                return true;
            }
            current = next;
        }
        return false;
    }

    private static void addListAt(SentenceView s, int tok, DealCandidate c, List<PartySpan> into) {
        if (tok < 0) {
            return;
        }
        PartySpan first = Clauses.after(s, tok, 3);
        if (first != null && s.is(first.to(), "-") && s.is(first.to() + 1, "backed", "owned", "led")) {
            first = Clauses.after(s, first.to() + 2, 2); // "led by IAN Group-backed BioAngels": the investor is BioAngels
        }
        if (first == null) {
            return;
        }
        for (PartySpan p : Clauses.list(s, first)) {
            addOnce(c, into, p);
        }
    }

    private static void addOnce(DealCandidate c, List<PartySpan> into, PartySpan p) {
        if (p.standIn() || p.key().equals(c.first.key()) || into.stream().anyMatch(x -> x.key().equals(p.key()))) {
            return;
        }
        into.add(p);
    }

    /** The token that starts at a character offset of {@link SentenceView#normalised()}. */
    private static int tokenAtNormOffset(SentenceView s, String norm, int offset) {
        int pos = 1;
        for (int i = 0; i < s.size(); i++) {
            if (pos >= offset) {
                return i;
            }
            pos += s.tok(i).norm().length() + 1;
        }
        return -1;
    }
}
