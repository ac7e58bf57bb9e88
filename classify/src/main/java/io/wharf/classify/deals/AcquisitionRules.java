package io.wharf.classify.deals;

import io.wharf.model.Deal;
import java.util.ArrayList;
import java.util.List;

/**
 * Acquisitions in one sentence, in the forms the press uses: active ("Cisco to buy Portshift"), lists ("bought
 * SocketPlane, Kitematic and Orchard"), passive ("was acquired by"), relative ("Y, which X bought in 2015"),
 * nominal ("X's acquisition of Y", "the purchase of Y by X"), stakes, tender offers and mergers. Stateless.
 */
final class AcquisitionRules {
    private AcquisitionRules() {}

    static List<DealCandidate> find(SentenceView s) {
        List<DealCandidate> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).norm();
            boolean nounForm = (w.startsWith("purchase") || w.equals("compra")) && (s.is(i + 1, "of", "de") || s.is(i - 1, "the", "a", "its", "their"));
            if (nounForm) {
                noun(s, i, out);
            } else if (DealLexicon.ACQUIRE_VERBS.contains(w) && !(w.equals("compra") && s.partyCovering(i - 1) == null)) {
                verb(s, i, i + 1, out);
            } else if (DealLexicon.PHRASAL_VERBS.contains(w) && s.is(i + 1, "up", "over")) {
                verb(s, i, i + 2, out);
            } else if (DealLexicon.ACQUIRE_NOUNS.contains(w) || w.equals("compra")) {
                noun(s, i, out);
            } else if (DealLexicon.SELL_VERBS.contains(w)) {
                sale(s, i, out);
            } else if (DealLexicon.PAY_VERBS.contains(w)) {
                payment(s, i, out);
            } else if (DealLexicon.MERGE_WORDS.contains(w)) {
                merger(s, i, out);
            } else if (DealLexicon.OFFER_NOUNS.contains(w) && s.is(i + 1, "for", "für", "sur", "pour", "por", "sobre")) {
                PartySpan target = sharesOf(s, i + 2) != null ? sharesOf(s, i + 2) : Clauses.after(s, i + 2, 3);
                add(out, s, Clauses.subject(s, i), target == null ? List.of() : List.of(target), null);
            } else if (w.equals("stake") || w.equals("beteiligung") || w.equals("participación") || w.equals("participation") && s.is(i + 1, "de")) {
                stake(s, i, out);
            }
        }
        return out;
    }

    private static void verb(SentenceView s, int v, int next, List<DealCandidate> out) {
        for (int j = next; j < Math.min(s.size(), next + 4); j++) {
            if (s.is(j, "stake", "participación", "beteiligung") || s.is(j, "participation") && s.is(j + 1, "de")) {
                return; // "has acquired a 9.9% stake in Telefónica": read by stake() at the stake word
            }
        }
        PartySpan shareIssuer = sharesOf(s, next);
        if (shareIssuer != null && !passive(s, v)) {
            // "acquired 258,591 shares of Epsilon Data Management, or 9.4 pct": a stake bought
            DealCandidate c = add(out, s, Clauses.subject(s, v), List.of(shareIssuer), null);
            if (c != null) {
                c.stake = percent(s, v, Math.min(s.size(), shareIssuer.to() + 8));
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
            add(out, s, acquirer, target, null);
            return;
        }
        // German and Dutch put the participle last: "wird von Cisco übernommen"
        PartySpan before = s.partyCovering(v - 1);
        if (before != null && s.is(before.from() - 1, "von", "durch")) {
            add(out, s, before, antecedentOrSubject(s, before.from() - 1), null);
            return;
        }
        // relative: "Y, which X bought in 2015"
        if (before != null && s.is(before.from() - 1, "which", "that") && s.partyCovering(before.from() - 3) != null) {
            add(out, s, before, List.of(s.partyCovering(before.from() - 3)), null);
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
            unit = unitAfter(s, targets.get(0).to() + 1);
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
        add(out, s, acquirer, targets, unit);
    }

    /** What companies buy and sell when the other side is not named: "its subsidiaries", "a Florida nursery company". */
    private static boolean businessNounAfter(SentenceView s, int from) {
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

    private static final java.util.Set<String> BUSINESS_NOUNS = Words.of("company", "companies", "firm", "maker", "manufacturer", "producer",
            "distributor", "supplier", "unit", "units", "subsidiary", "subsidiaries", "division", "business", "businesses", "operations",
            "assets", "stake", "interest", "bank", "chain", "concern", "retailer", "startup", "plant", "mill", "hotel", "stores", "operator",
            "tochter", "sparte", "filiale", "filiale", "activité", "filial", "empresa", "société", "unternehmen");

    private static void noun(SentenceView s, int n, List<DealCandidate> out) {
        if (DealLexicon.NOT_COMPANY_OBJECTS.contains(prev(s, n)) || DealLexicon.NOT_COMPANY_OBJECTS.contains(norm(s, n + 1))) {
            return;
        }
        int of = n + 1;
        if (!DealLexicon.OF.contains(norm(s, of))) {
            compound(s, n, out);
            return;
        }
        PartySpan target = Clauses.after(s, of + 1, 3);
        if (target == null) {
            compound(s, n, out); // "the $12.5 billion Motorola Mobility purchase of 2012"
            return;
        }
        List<PartySpan> targets = Clauses.list(s, target);
        PartySpan acquirer = null;
        int last = targets.get(targets.size() - 1).to();
        for (int j = last; j < Math.min(s.size(), last + 4); j++) {
            if (DealLexicon.BY.contains(norm(s, j))) {
                acquirer = Clauses.after(s, j + 1, 2);
                break;
            }
        }
        if (acquirer == null) {
            acquirer = possessor(s, n);
        }
        if (acquirer == null) {
            acquirer = Clauses.subject(s, n);
        }
        if (acquirer == null) {
            // "the acquisitions of Evident.io and RedLock": the buyer is the company the article is about
            acquirer = new PartySpan(n, n, null, "?", true, false);
        }
        String unit = null;
        if (targets.size() == 1 && s.is(target.to(), "'s")) {
            unit = unitAfter(s, target.to() + 1);
        }
        add(out, s, acquirer, targets, unit);
    }

    /** "sold Adallom to Microsoft", "sold it to Dell", "sell its End-User Computing division to KKR". */
    private static void sale(SentenceView s, int v, List<DealCandidate> out) {
        int to = Clauses.find(s, v + 1, 20, DealLexicon.SELL_TO);
        if (to < 0 || passive(s, v)) {
            return;
        }
        PartySpan buyer = Clauses.after(s, to + 1, 3);
        if (buyer == null) {
            PartySpan seller = Clauses.subject(s, v);
            if (seller != null && !seller.standIn() && businessNounAfter(s, v + 1)) {
                add(out, s, null, List.of(seller), null); // "X sold its subsidiaries for 12.2 mln dlrs": the buyer unnamed
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
        String unitNamed = sold == null ? null : unitAfter(s, sold.to());
        if (sold != null && seller != null && unitNamed != null && !s.is(sold.to(), "'s")) {
            // "sell VMware end-user computing unit to KKR": a unit named after its brand, sold by the subject
            add(out, s, buyer, List.of(seller), s.surface(sold.from(), sold.to()) + " " + unitNamed);
            return;
        }
        if (sold == null || s.is(sold.to(), "'s")) {
            unit = sold == null ? unitAfter(s, v + 1) : unitAfter(s, sold.to() + 1);
            if (unit == null && sold == null) {
                return; // "sold shares to investors"
            }
            sold = sold == null ? seller : sold;
        }
        if (sold != null) {
            add(out, s, buyer, List.of(sold), unit);
        }
    }

    /** "paid $220 million for Chef", "agreed to pay $34 billion for Red Hat": a price for a company is its purchase. */
    private static void payment(SentenceView s, int v, List<DealCandidate> out) {
        int forAt = Clauses.find(s, v + 1, 8, java.util.Set.of("for", "für", "pour", "por"));
        if (forAt < 0 || Clauses.find(s, v + 1, forAt - v, java.util.Set.of("million", "billion", "mln", "bn", "crore", "m", "b")) < 0
                && !s.tok(v + 1).norm().matches("[$€£¥₹].*|\\d.*")) {
            return;
        }
        PartySpan target = s.partyAt(forAt + 1) != null ? s.partyAt(forAt + 1) : Clauses.after(s, forAt + 1, 2);
        if (target != null && !modifier(s, target)) {
            add(out, s, Clauses.subject(s, v), List.of(target), null);
        }
    }

    /** "the Splunk acquisition", "the $4.6 billion Apptio deal", "the Broadcom-VMware deal": the target named before the noun. */
    private static void compound(SentenceView s, int n, List<DealCandidate> out) {
        PartySpan target = s.partyCovering(n - 1);
        if (target == null || s.is(n - 1, "'s")) {
            return;
        }
        PartySpan acquirer;
        if (s.is(target.from() - 1, "-") && s.partyCovering(target.from() - 2) != null) {
            acquirer = s.partyCovering(target.from() - 2);
        } else if (s.tok(n).is("merger")) {
            return; // "the Cisco merger" says not which side Cisco was on
        } else {
            acquirer = possessor(s, target.from());
            if (acquirer == null) {
                acquirer = Clauses.subject(s, target.from());
            }
        }
        add(out, s, acquirer, List.of(target), null);
    }

    /** "258,591 shares of X", "up to 33 mln ordinary shares in X": the company whose shares these are, or null. */
    private static PartySpan sharesOf(SentenceView s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 8); j++) {
            if (s.is(j, "shares", "stock") && s.is(j + 1, "of", "in")) {
                PartySpan p = Clauses.after(s, j + 2, 2);
                if (p == null && s.is(j + 2, "common", "ordinary") && s.is(j + 3, "stock", "shares") && s.is(j + 4, "of", "in")) {
                    p = Clauses.after(s, j + 5, 2); // "all outstanding shares of common stock of NetSuite"
                }
                return p;
            }
            if (s.partyCovering(j) != null || s.tok(j).is(",", ";", "for", "from", "to")) {
                return null;
            }
        }
        return null;
    }

    /** A percentage in tokens [from, to): "9.4 pct", "15%", "15 percent". */
    private static Double percent(SentenceView s, int from, int to) {
        for (int j = Math.max(0, from); j < to; j++) {
            if (s.tok(j).norm().matches("\\d+(?:[.,]\\d+)?") && s.is(j + 1, "%", "pct", "percent", "per", "prozent", "pour")) {
                double v = Double.parseDouble(s.tok(j).norm().replace(',', '.'));
                return v > 0 && v <= 100 ? v : null;
            }
        }
        return null;
    }

    /** "X and Y to merge", "X merges with Y", "the merger of X and Y", "the X-Y deal". */
    private static void merger(SentenceView s, int m, List<DealCandidate> out) {
        PartySpan a = null;
        PartySpan b = null;
        if (s.is(m + 1, "with", "mit", "avec", "con")) {
            a = Clauses.subject(s, m);
            b = Clauses.after(s, m + 2, 2);
        } else if (s.is(m + 1, "of", "between", "von", "zwischen", "de", "entre")) {
            a = Clauses.after(s, m + 2, 2);
            b = a == null ? null : s.partyAt(a.to() + ((s.is(a.to(), "and", "und", "et", "y", "&", "with")) ? 1 : 2));
        } else {
            PartySpan p = Clauses.subject(s, m);
            if (p != null && s.is(p.to(), "and", "und", "et", "y", "&")) {
                a = p;
                b = s.partyAt(p.to() + 1);
            } else if (p != null && s.is(p.to(), "-") && s.partyAt(p.to() + 1) != null) {
                a = p;
                b = s.partyAt(p.to() + 1);
            }
        }
        if (a != null && b != null && a != b) {
            DealCandidate c = add(out, s, a, List.of(b), null);
            c.merger = true;
        }
    }

    /** "buys a 15% stake in Y", "takes a 15 pct stake in Y", "raises its stake in Y to 20%". */
    private static void stake(SentenceView s, int st, List<DealCandidate> out) {
        PartySpan target = null;
        for (int j = st + 1; target == null && j < Math.min(s.size(), st + 7); j++) {
            if (s.is(j, "in", "of", "an", "dans", "en", "de", "del", "au", "du") && s.partyAt(j + 1) != null) {
                target = s.partyAt(j + 1); // "a stake of about 4% in London Stock Exchange Group", "participación del 9,9% en Telefónica"
            }
        }
        if (target == null) {
            int in = Clauses.find(s, st + 1, 2, java.util.Set.of("in", "of", "an", "dans", "en"));
            target = in < 0 ? null : Clauses.after(s, in + 1, 2);
        }
        for (int j = st - 1; target == null && j >= Math.max(0, st - 10); j--) {
            if (s.is(j, "in", "into") && s.partyAt(j + 1) != null) {
                target = s.partyAt(j + 1);
            }
        }
        if (target == null) {
            return;
        }
        Double pct = null;
        for (int j = Math.max(0, st - 5); j < Math.min(s.size(), target.to() + 6); j++) {
            if (s.tok(j).norm().matches("\\d+(?:[.,]\\d+)?") && s.is(j + 1, "%", "pct", "percent", "per", "prozent", "pour")) {
                pct = Double.parseDouble(s.tok(j).norm().replace(',', '.'));
                break;
            }
        }
        PartySpan buyer = Clauses.subject(s, st);
        DealCandidate c = add(out, s, buyer, List.of(target), null);
        if (c != null && pct != null && pct > 0 && pct <= 100) {
            c.stake = pct;
        }
    }

    private static DealCandidate add(List<DealCandidate> out, SentenceView s, PartySpan acquirer, List<PartySpan> targets, String unit) {
        DealCandidate last = null;
        boolean someone = targets.stream().anyMatch(t -> t != null && !t.standIn());
        if (acquirer == null && someone) {
            // one side named, the other not ("sold its subsidiaries for 12.2 mln dlrs"): acquisition news, but no deal
            DealCandidate c = new DealCandidate(Deal.Type.ACQUISITION, s);
            c.first = acquirer;
            c.second = targets.isEmpty() ? null : targets.get(0);
            c.partial = true;
            out.add(c);
            return null;
        }
        for (PartySpan t : targets) {
            if (acquirer == null || t == null || acquirer.key().equals(t.key()) && !acquirer.standIn() || quoted(s, acquirer) || quoted(s, t)
                    || modifier(s, t)) {
                continue;
            }
            DealCandidate c = new DealCandidate(Deal.Type.ACQUISITION, s);
            c.first = acquirer;
            c.second = t;
            c.unit = unit;
            c.listEnd = targets.get(targets.size() - 1).to();
            out.add(c);
            last = c;
        }
        return last;
    }

    /** A news outlet cited as the source ("..., WSJ reports"), not a party. */
    private static boolean quoted(SentenceView s, PartySpan p) {
        return DealLexicon.MEDIA.contains(p.key()) || s.is(p.to(), "reports", "reported")
                || s.is(p.from() - 1, "to") && s.is(p.from() - 2, "according");
    }

    /** "additional Nvidia GPUs", "a Broadcom share": the company names what is bought, it is not bought itself. */
    private static boolean modifier(SentenceView s, PartySpan p) {
        Tok next = s.tok(p.to());
        return next != null && DealLexicon.NOT_COMPANY_OBJECTS.contains(next.norm()) && !next.is("team", "data");
    }

    private static boolean passive(SentenceView s, int v) {
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

    private static List<PartySpan> antecedentOrSubject(SentenceView s, int v) {
        PartySpan p = Clauses.subject(s, v);
        if (p == null) {
            p = antecedent(s, v);
        }
        return p == null ? List.of() : List.of(p);
    }

    /** The company a relative or participle clause hangs on: "Y, which ...", "Y, acquired by ...". */
    private static PartySpan antecedent(SentenceView s, int v) {
        for (int j = v - 1; j >= Math.max(0, v - 5); j--) {
            if (s.is(j, ",") && s.partyCovering(j - 1) != null) {
                return s.partyCovering(j - 1);
            }
        }
        return null;
    }

    /** "Cisco's acquisition", "Cisco's planned $2.6 billion purchase": the company before 's within a few tokens. */
    private static PartySpan possessor(SentenceView s, int n) {
        for (int j = n - 1; j >= Math.max(1, n - 7); j--) {
            if (s.is(j, "'s")) {
                return s.partyCovering(j - 1);
            }
            if (s.tok(j).is(".", ";", ",")) {
                return null;
            }
        }
        return null;
    }

    private static String unitAfter(SentenceView s, int from) {
        for (int j = from; j < Math.min(s.size(), from + 5); j++) {
            if (s.tok(j).is("business", "unit", "division", "team", "assets", "portfolio", "operations", "arm", "line", "products", "product", "platform", "subsidiary")) {
                return s.surface(from, j + 1);
            }
        }
        return null;
    }

    /** "acquire customers", "buy shares": what follows the verb is no company, and no company comes right after it. */
    private static boolean objectIsNoCompany(SentenceView s, int next) {
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

    private static String prev(SentenceView s, int i) {
        return norm(s, i - 1);
    }

    private static String norm(SentenceView s, int i) {
        Tok t = s.tok(i);
        return t == null ? "" : t.norm();
    }
}
