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
            addListAt(s, tokenAtNormOffset(s, norm, lead.end()), c, c.leads);
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
            if (DealLexicon.PARTICIPATED_AFTER.matcher(after).find() || after.startsWith(" and ") && afterList(s, p)) {
                addOnce(c, c.investors, p);
            }
        }
        c.investors.removeIf(p -> c.leads.stream().anyMatch(l -> l.key().equals(p.key())));
    }

    /** p is in a list of companies that ends in "also participated". */
    private static boolean afterList(SentenceView s, PartySpan p) {
        List<PartySpan> list = Clauses.list(s, p);
        PartySpan last = list.get(list.size() - 1);
        return list.size() > 1 && DealLexicon.PARTICIPATED_AFTER.matcher(FundingAmounts.window(s, s.tok(last.to() - 1).end(), 4)).find();
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
