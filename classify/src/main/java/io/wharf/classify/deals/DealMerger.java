package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an article's candidates into deals: one per deal id, fields filled from whichever report states them, the
 * status the most advanced stated one, historical only when every report is background. A funding report with no
 * round merges into the same company's round that has one ("raises $20M" in the headline, "the Series B" below).
 */
final class DealMerger {
    private DealMerger() {}

    static List<Deal> merge(String articleId, List<DealCandidate> found, LocalDate day) {
        unifyShortNames(found);
        Map<String, List<DealCandidate>> byKey = new LinkedHashMap<>();
        for (DealCandidate c : found) {
            byKey.computeIfAbsent(key(c, found), k -> new ArrayList<>()).add(c);
        }
        List<Deal> out = new ArrayList<>();
        for (List<DealCandidate> reports : byKey.values()) {
            out.add(deal(articleId, reports, day));
        }
        return out;
    }

    /**
     * An unlinked company written short in one place and long in another ("PITTSTON" in the headline, "Pittston Co"
     * in the text; "WTC" and "WTC International N.V.") is one company: the short form takes the longest form that
     * starts with its words.
     */
    private static void unifyShortNames(List<DealCandidate> found) {
        List<PartySpan> unlinked = new ArrayList<>();
        for (DealCandidate c : found) {
            for (PartySpan p : java.util.Arrays.asList(c.first, c.second)) {
                if (p != null && p.companyId() == null) {
                    unlinked.add(p);
                }
            }
        }
        for (DealCandidate c : found) {
            c.first = longest(c.first, unlinked);
            c.second = longest(c.second, unlinked);
        }
        // "FOO TO BUY REST OF FOO MINERALS": unified, the two sides may be one company, which makes no deal
        found.removeIf(c -> c.second != null && c.first.key().equals(c.second.key()));
    }

    private static PartySpan longest(PartySpan p, List<PartySpan> unlinked) {
        if (p == null || p.companyId() != null) {
            return p;
        }
        String words = p.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
        PartySpan best = p;
        for (PartySpan o : unlinked) {
            String other = o.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
            if (other.length() > best.name().length() + 1 && other.startsWith(words)) {
                best = o;
            }
        }
        return best == p ? p : new PartySpan(p.from(), p.to(), null, best.name(), false, p.guessed());
    }

    private static String key(DealCandidate c, List<DealCandidate> all) {
        if (c.type == Deal.Type.ACQUISITION) {
            String a = c.first.key();
            String b = c.second.key();
            return c.merger && a.compareTo(b) > 0 ? "A|" + b + "|" + a : "A|" + a + "|" + b;
        }
        Deal.Round round = c.round;
        if (round == Deal.Round.UNKNOWN) {
            round = all.stream().filter(o -> o.type == Deal.Type.FUNDING && o.first.key().equals(c.first.key()) && o.round != Deal.Round.UNKNOWN
                    && o.historical == c.historical).map(o -> o.round).findFirst().orElse(Deal.Round.UNKNOWN);
        }
        return "F|" + c.first.key() + "|" + round;
    }

    private static Deal deal(String articleId, List<DealCandidate> reports, LocalDate day) {
        // the evidence: a report of the day in the body, else one in the headline, else any
        DealCandidate best = reports.stream().filter(r -> !r.historical && r.field == io.wharf.model.CompanyMention.Field.TEXT).findFirst()
                .orElse(reports.stream().filter(r -> !r.historical).findFirst().orElse(reports.get(0)));
        List<Deal.Party> parties = new ArrayList<>();
        Deal.Round round = null;
        Money amount = null;
        Money valuation = null;
        Money total = null;
        Double stake = null;
        String unit = null;
        boolean merger = false;
        DealCandidate.StatusReading status = null;
        for (DealCandidate r : reports) {
            amount = amount != null ? amount : r.amount;
            valuation = valuation != null ? valuation : r.valuation;
            total = total != null ? total : r.total;
            stake = stake != null ? stake : r.stake;
            unit = unit != null ? unit : r.unit;
            merger |= r.merger;
            if (r.type == Deal.Type.FUNDING && (round == null || round == Deal.Round.UNKNOWN)) {
                round = r.round;
            }
            if (status == null || r.status.stated() && (!status.stated() || r.status.status().compareTo(status.status()) > 0)) {
                status = r.status;
            }
        }
        if (best.type == Deal.Type.ACQUISITION) {
            parties.add(party(Deal.Role.ACQUIRER, best.first));
            parties.add(party(Deal.Role.TARGET, best.second));
        } else {
            parties.add(party(Deal.Role.COMPANY, best.first));
            for (DealCandidate r : reports) {
                r.leads.forEach(p -> addParty(parties, Deal.Role.LEAD_INVESTOR, p));
            }
            for (DealCandidate r : reports) {
                r.investors.forEach(p -> addParty(parties, Deal.Role.INVESTOR, p));
            }
        }
        String currency = amount != null ? amount.currency() : valuation != null ? valuation.currency() : total != null ? total.currency() : null;
        boolean historical = reports.stream().allMatch(r -> r.historical);
        Deal.Status st = historical && !status.stated() ? Deal.Status.COMPLETED : status.status();
        SentenceView s = best.sentence;
        double confidence = confidence(best, status);
        return new Deal(Deal.idFor(best.type, parties, round, merger), best.type, parties, amount == null ? null : amount.amount(),
                currency, round, st, day, new Deal.Evidence(articleId, s.text.substring(s.begin, s.end), s.begin, s.end, best.field), confidence,
                unit, stake, merger, sameCurrency(valuation, currency), sameCurrency(total, currency), historical);
    }

    private static Long sameCurrency(Money m, String currency) {
        return m == null || !m.currency().equals(currency) ? null : m.amount();
    }

    private static double confidence(DealCandidate c, DealCandidate.StatusReading status) {
        double v = 0.55;
        v += c.first.companyId() != null ? 0.1 : 0;
        v += c.second == null || c.second.companyId() != null ? 0.1 : 0;
        v += status.stated() ? 0.1 : 0;
        v -= c.first.guessed() || c.second != null && c.second.guessed() ? 0.2 : 0;
        v += c.type == Deal.Type.FUNDING && c.amount != null ? 0.1 : 0;
        return Math.max(0.05, Math.min(0.95, v));
    }

    private static void addParty(List<Deal.Party> parties, Deal.Role role, PartySpan p) {
        if (parties.stream().noneMatch(x -> x.companyKey().equals(p.key()))) {
            parties.add(party(role, p));
        }
    }

    private static Deal.Party party(Deal.Role role, PartySpan p) {
        return new Deal.Party(role, p.companyId(), p.name());
    }
}
