package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Funding rounds in one sentence: who raised ("Portworx raised", "a round for Portworx", "Accel led a round in
 * Portworx"), how much (not the valuation, not the total to date), which round, who led and who took part.
 * Never a round: a VC firm's own fund, an IPO, a grant, revenue, a public company's bonds. Stateless.
 */
final class FundingRules {
    private static final Pattern ROUND = Pattern.compile("(pre-?seed|seed|amorçage|semilla|series[- ]?([a-h])\\b|s[ée]rie[- ]?([a-h])\\b|"
            + "growth(?:[- ]stage)? (?:round|equity|funding|investment|financing)|late-stage|private equity|pre-ipo|venture debt|debt financing|"
            + "debt facility|credit facility|credit line|line of credit|debt round|loan|fremdkapital|dette)");
    private static final Pattern NOT_A_ROUND = Pattern.compile(" (?:ipo|initial public offering|public offering|went public|goes public|go public|listing|debut|"
            + "b[öo]rsengang|introduction en bourse|salida a bolsa|spac|grant|grants|subvention|förderung|fördermittel|subsidy|"
            + "bond|bonds|notes offering|senior notes|revenue|revenues|sales|earnings|profit|dividend|buyback|forecast|guidance|prices|"
            + "umsatz|chiffre d'affaires|ingresos) ");
    /** A VC firm raising its own fund: "a $500 million fund", "Fund III", "closes its fourth fund". */
    private static final Pattern OWN_FUND = Pattern.compile(" (?:new|first|second|third|fourth|fifth|sixth|seventh|eighth|\\d+(?:st|nd|rd|th)|"
            + "flagship|early-stage|growth|venture|opportunity|seed|debut|latest) (?:[a-z]+ )?funds? |(?:fund|funds) (?:i|ii|iii|iv|v|vi|vii|viii|ix|x|\\d) | fund (?:to|that|which|for|dedicated|focused|will) |"
            + "(?:\\$|€|£)? ?\\d+(?:[.,]\\d+)? ?(?:m|bn|b|million|billion)? (?:[a-z-]+ )?fund | capital commitments | commitments | limited partners |"
            + " the fund (?:aims|will|plans|has|is|closed|raised|hopes|marks) | first close | final close ");

    private FundingRules() {}

    /** A sentence about a fund of its own, an IPO, a grant or revenue: nothing in it belongs to a round. */
    static boolean aboutNoRound(SentenceView s) {
        String norm = s.normalised().replace(" - ", "-");
        return NOT_A_ROUND.matcher(norm).find() && !ROUND.matcher(norm).find() || OWN_FUND.matcher(norm).find();
    }

    static List<DealCandidate> find(SentenceView s, List<Money> money) {
        List<DealCandidate> out = new ArrayList<>();
        String norm = s.normalised().replace(" - ", "-");
        Matcher round = ROUND.matcher(norm);
        boolean hasRound = round.find();
        boolean hasMoney = money.stream().anyMatch(m -> !m.perShare());
        if (!hasRound && !hasMoney || NOT_A_ROUND.matcher(norm).find() && !hasRound || OWN_FUND.matcher(norm).find()) {
            return out;
        }
        int trigger = trigger(s);
        if (trigger < 0) {
            return out;
        }
        PartySpan company = company(s, trigger);
        if (company == null) {
            return out;
        }
        DealCandidate c = new DealCandidate(Deal.Type.FUNDING, s);
        c.first = company;
        c.round = hasRound ? round(s, trigger) : Deal.Round.UNKNOWN;
        FundingAmounts.assign(s, money, c);
        Investors.assign(s, c, trigger);
        if (c.leads.isEmpty() && c.investors.isEmpty() && c.amount == null && c.round == Deal.Round.UNKNOWN) {
            return out;
        }
        out.add(c);
        return out;
    }

    /** The word that makes the sentence funding news: a funding verb with a round word or money near, or a round noun. */
    private static int trigger(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).norm();
            if (DealLexicon.FUNDING_VERBS.contains(w) && (RAISE.contains(w) ? near(s, i, 8) : nearRoundWord(s, i, 8))) {
                return i;
            }
            if (DealLexicon.INVEST_VERBS.contains(w) && (s.is(i + 1, "in", "into") || near(s, i, 6))) {
                return i;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).norm();
            if (w.equals("funding") || w.equals("round") || w.equals("financing") || w.equals("finanzierungsrunde") || w.equals("ronda")
                    || (w.equals("series") || w.equals("série") || w.equals("serie")) && s.tok(i + 1) != null && s.tok(i + 1).norm().matches("[a-h]")
                    || w.equals("levée") || w.equals("investment") && s.is(i + 1, "from", "led", "by")) {
                return i;
            }
        }
        return -1;
    }

    /** Verbs that say funding with an amount alone; "closes $2.7 billion Pivotal deal" needs a round word to be funding. */
    private static final java.util.Set<String> RAISE = Words.of("raise", "raises", "raised", "raising", "sammelt", "eingesammelt", "lève", "levé",
            "lèvent", "recauda", "recaudó", "levanta", "levantó", "capta", "captó");

    private static boolean nearRoundWord(SentenceView s, int i, int n) {
        for (int j = Math.max(0, i - n); j < Math.min(s.size(), i + n); j++) {
            if (j != i && DealLexicon.FUNDING_NOUNS.contains(s.tok(j).norm()) && !s.is(j, "capital", "funds")) {
                return true;
            }
        }
        return false;
    }

    /** A round word or an amount within n tokens either side (German puts the verb last: "... 50 Millionen Euro eingesammelt"). */
    private static boolean near(SentenceView s, int i, int n) {
        for (int j = Math.max(0, i - n); j < Math.min(s.size(), i + n); j++) {
            if (j == i) {
                continue;
            }
            String w = s.tok(j).norm();
            if (DealLexicon.FUNDING_NOUNS.contains(w) || w.matches("\\d.*") || w.matches("[$€£¥₹]") || w.startsWith("us$")) {
                return true;
            }
        }
        return false;
    }

    /** Who raised: after "in/into/for" when an investor is the subject, else the subject of the trigger. */
    private static PartySpan company(SentenceView s, int trigger) {
        String w = s.tok(trigger).norm();
        if (DealLexicon.INVEST_VERBS.contains(w) || w.equals("funding") || w.equals("round") || w.equals("investment") || w.equals("financing")) {
            for (int j = trigger + 1; j < Math.min(s.size(), trigger + 14); j++) {
                if (s.is(j, "in", "into", "for", "pour", "para", "für") && !s.is(j + 1, "the", "a") || s.is(j, "in", "for") && s.partyAt(j + 2) != null) {
                    PartySpan p = Clauses.after(s, j + 1, 2);
                    if (p != null) {
                        return p;
                    }
                }
                if (s.is(j, ".", ";")) {
                    break;
                }
            }
            if (DealLexicon.INVEST_VERBS.contains(w)) {
                return null;
            }
        }
        PartySpan subject = Clauses.subject(s, trigger);
        if (subject == null) {
            for (int j = trigger - 1; j >= 1; j--) {
                if (s.is(j, "'s") && s.partyCovering(j - 1) != null) {
                    return s.partyCovering(j - 1);
                }
            }
        }
        return subject;
    }

    private static Deal.Round round(SentenceView s, int trigger) {
        String norm = s.normalised().replace(" - ", "-");
        Matcher m = ROUND.matcher(norm);
        Deal.Round best = Deal.Round.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        int triggerAt = norm.indexOf(" " + s.tok(trigger).norm() + " ");
        while (m.find()) {
            Deal.Round r = of(m);
            // the round the verb governs follows it ("has closed a Series A"); one before it is often an earlier round
            int d = m.start() >= triggerAt ? m.start() - triggerAt : 3 * (triggerAt - m.start());
            if (r != Deal.Round.UNKNOWN && d < bestDistance) {
                best = r;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Deal.Round of(Matcher m) {
        String g = m.group(1);
        String letter = m.group(2) != null ? m.group(2) : m.group(3);
        if (letter != null) {
            return Deal.Round.valueOf("SERIES_" + letter.toUpperCase(Locale.ROOT));
        }
        if (g.startsWith("pre")) {
            return g.equals("pre-ipo") ? Deal.Round.GROWTH : Deal.Round.PRE_SEED;
        }
        if (g.equals("seed") || g.equals("amorçage") || g.equals("semilla")) {
            return Deal.Round.SEED;
        }
        if (g.startsWith("growth") || g.equals("late-stage") || g.equals("private equity")) {
            return Deal.Round.GROWTH;
        }
        return Deal.Round.DEBT;
    }
}
