package io.wharf.classify.eval;

import io.wharf.classify.ArticleClassifier;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Deal;
import io.wharf.model.Progress;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores deal extraction against gold passages. A news deal counts when its type and parties are right (acquirer and
 * target, either order for a merger; company and round for funding); background deals ("which X bought in 2015")
 * are scored apart and a background deal reported as news is a false positive. Field accuracy is over the matched
 * deals where the gold or the prediction states the field. The gold labels are read only to score.
 */
public final class DealEvaluation {
    private final ArticleClassifier classifier;
    private final DealNames names;

    public DealEvaluation(ArticleClassifier classifier) {
        this.classifier = classifier;
        this.names = new DealNames(classifier::company);
    }

    /** Precision, recall and F1 counts. */
    public static final class Counts {
        public int tp, fp, fn;

        public double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }

        public double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    public record Report(int passages, Map<String, Counts> byType, Map<String, int[]> fields) {}

    public Report evaluate(List<DealGold> gold, PrintStream errors) {
        Map<String, Counts> byType = new LinkedHashMap<>();
        for (String k : List.of("ACQUISITION", "FUNDING", "ALL", "BACKGROUND")) {
            byType.put(k, new Counts());
        }
        Map<String, int[]> fields = new LinkedHashMap<>();
        Progress progress = new Progress("deals", gold.size());
        for (DealGold g : gold) {
            List<Deal> predicted = classifier.classify(article(g)).deals();
            score(g, predicted, byType, fields, errors);
            progress.step();
        }
        return new Report(gold.size(), byType, fields);
    }

    static Article article(DealGold g) {
        Instant published = g.publishedAt() == null ? null : LocalDate.parse(g.publishedAt()).atStartOfDay(ZoneOffset.UTC).toInstant();
        String url = "gold:" + g.id();
        return new Article(ArticleIds.of(url), url, url, "gold", g.title(), g.text(), "", published, Instant.now(), g.lang(), null);
    }

    private void score(DealGold g, List<Deal> predicted, Map<String, Counts> byType, Map<String, int[]> fields, PrintStream errors) {
        List<Deal> unmatched = new ArrayList<>(predicted);
        for (DealGold.Labelled l : g.deals()) {
            Deal match = unmatched.stream().filter(d -> same(d, l)).findFirst().orElse(null);
            String bucket = l.historical() ? "BACKGROUND" : l.type();
            if (match == null) {
                count(byType, bucket, 0, 0, 1);
                report(errors, g, "missed", describe(l));
                continue;
            }
            unmatched.remove(match);
            if (l.historical() != match.historical()) {
                // found, but as the wrong kind of news: a miss where it belongs, a false positive where it landed
                count(byType, bucket, 0, 0, 1);
                count(byType, match.historical() ? "BACKGROUND" : match.type().name(), 0, 1, 0);
                report(errors, g, l.historical() ? "background taken for news" : "news taken for background", describe(l));
                continue;
            }
            count(byType, bucket, 1, 0, 0);
            if (!l.historical()) {
                fields(l, match, fields, errors, g);
            }
        }
        for (Deal d : unmatched) {
            count(byType, d.historical() ? "BACKGROUND" : d.type().name(), 0, 1, 0);
            report(errors, g, "spurious", d.type() + " " + d.parties().stream().map(p -> p.role() + "=" + p.name()).toList()
                    + " <- " + d.evidence().sentence());
        }
    }

    private void count(Map<String, Counts> byType, String bucket, int tp, int fp, int fn) {
        Counts c = byType.get(bucket);
        c.tp += tp;
        c.fp += fp;
        c.fn += fn;
        if (!bucket.equals("BACKGROUND")) {
            Counts all = byType.get("ALL");
            all.tp += tp;
            all.fp += fp;
            all.fn += fn;
        }
    }

    private boolean same(Deal d, DealGold.Labelled l) {
        if (!d.type().name().equals(l.type())) {
            return false;
        }
        if (d.type() == Deal.Type.FUNDING) {
            return names.anyMatches(d.parties(Deal.Role.COMPANY), l.company())
                    && Objects.equals(d.round() == null ? "UNKNOWN" : d.round().name(), l.round() == null ? "UNKNOWN" : l.round());
        }
        List<Deal.Party> acquirer = d.parties(Deal.Role.ACQUIRER);
        List<Deal.Party> target = d.parties(Deal.Role.TARGET);
        boolean straight = names.anyMatches(acquirer, l.acquirer()) && names.anyMatches(target, l.target());
        boolean swapped = names.anyMatches(acquirer, l.target()) && names.anyMatches(target, l.acquirer());
        return straight || (l.merger() || d.merger()) && swapped;
    }

    private void fields(DealGold.Labelled l, Deal d, Map<String, int[]> fields, PrintStream errors, DealGold g) {
        field(fields, "amount", l.amount(), d.amount(), errors, g);
        field(fields, "currency", l.currency(), d.currency(), errors, g);
        if (l.type().equals("ACQUISITION")) {
            field(fields, "status", l.status(), d.status().name(), errors, g);
            field(fields, "stake", l.stake() == null ? null : Math.round(l.stake() * 10), d.stake() == null ? null : Math.round(d.stake() * 10), errors, g);
        } else {
            field(fields, "leadInvestors", l.leads().isEmpty() ? null : l.leads(), matching(l.leads(), d, Deal.Role.LEAD_INVESTOR), errors, g);
            field(fields, "investors", l.investors().isEmpty() ? null : l.investors(), matching(l.investors(), d, Deal.Role.INVESTOR), errors, g);
            field(fields, "valuation", l.valuation(), d.valuation(), errors, g);
            field(fields, "totalRaised", l.totalRaised(), d.totalRaised(), errors, g);
        }
    }

    /** The gold list when the predicted parties in this role are exactly those companies, else what was predicted. */
    private Object matching(List<String> gold, Deal d, Deal.Role role) {
        List<Deal.Party> leads = d.parties(role);
        if (leads.isEmpty()) {
            return null;
        }
        boolean all = leads.size() == gold.size() && gold.stream().allMatch(n -> names.anyMatches(leads, n));
        return all ? gold : leads.stream().map(Deal.Party::name).toList();
    }

    private void field(Map<String, int[]> fields, String name, Object gold, Object predicted, PrintStream errors, DealGold g) {
        if (gold == null && predicted == null) {
            return;
        }
        int[] c = fields.computeIfAbsent(name, k -> new int[2]);
        c[1]++;
        if (Objects.equals(gold, predicted)) {
            c[0]++;
        } else {
            report(errors, g, "field " + name, "gold " + gold + ", predicted " + predicted);
        }
    }

    private static void report(PrintStream errors, DealGold g, String what, String detail) {
        if (errors != null) {
            errors.printf("%s: %s: %s%n", g.id(), what, detail);
        }
    }

    private static String describe(DealGold.Labelled l) {
        return l.type().equals("FUNDING") ? "FUNDING " + l.company() + " " + l.round() : "ACQUISITION " + l.acquirer() + " -> " + l.target();
    }
}
