package io.wharf.classify.deals;

import java.util.List;
import java.util.Set;

/**
 * Sorts the amounts of a funding sentence: the round's size, the valuation ("valued at", "a valuation of"), and the
 * total raised to date ("bringing its total funding to"), which the press puts side by side. Stateless.
 */
final class FundingAmounts {
    private static final Set<String> VALUATION = Words.of("valuation", "valued", "valuing", "value", "worth", "bewertung", "bewertet",
            "valorisation", "valorisée", "valorisé", "valoración", "valorada", "post-money", "pre-money");
    private static final Set<String> TOTAL = Words.of("total", "totaling", "totalling", "bringing", "brings", "brought", "overall",
            "altogether", "cumulative", "insgesamt", "gesamt", "au total", "total", "date", "far", "lifetime");
    private static final Set<String> NOT_FUNDING = Words.of("revenue", "revenues", "sales", "arr", "run-rate", "earnings", "profit", "income",
            "umsatz", "loss", "losses", "salary", "price", "fine", "costs", "cost", "spend", "spending", "budget");

    private FundingAmounts() {}

    static void assign(SentenceView s, List<Money> money, DealCandidate c) {
        for (Money m : money) {
            if (m.perShare()) {
                continue;
            }
            String before = window(s, m.begin(), -6);
            String after = window(s, m.end(), 4);
            if (containsAny(before, VALUATION) || after.startsWith(" valuation") || after.contains("post-money") || after.contains("valuation")
                    && after.indexOf("valuation") < 3) {
                if (c.valuation == null) {
                    c.valuation = m;
                }
            } else if (containsAny(before, TOTAL) || after.contains(" to date") || after.contains(" in total") || after.contains(" so far")
                    || after.contains(" since ")) {
                if (c.total == null) {
                    c.total = m;
                }
            } else if (!containsAny(window(s, m.begin(), -3), NOT_FUNDING) && !containsAny(after, NOT_FUNDING) && c.amount == null) {
                c.amount = m;
            }
        }
    }

    /** The lower-cased words within n tokens before (n < 0) or after an offset, space-separated with spaces around. */
    static String window(SentenceView s, int offset, int n) {
        StringBuilder b = new StringBuilder(" ");
        if (n < 0) {
            int count = 0;
            for (int i = s.size() - 1; i >= 0 && count < -n; i--) {
                if (s.tok(i).end() <= offset) {
                    b.insert(0, " " + s.tok(i).norm());
                    count++;
                }
            }
            return b.toString();
        }
        int count = 0;
        for (int i = 0; i < s.size() && count < n; i++) {
            if (s.tok(i).begin() >= offset) {
                b.append(s.tok(i).norm()).append(' ');
                count++;
            }
        }
        return b.toString();
    }

    private static boolean containsAny(String window, Set<String> words) {
        for (String w : window.trim().split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
