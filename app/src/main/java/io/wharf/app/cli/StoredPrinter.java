package io.wharf.app.cli;

import io.wharf.alert.text.AlertText;
import io.wharf.model.Category;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints each stored article on stdout: a readable line, or a JSON line with --json, as `wharf query` does, and under it
 * the deals of the day it reports. Thread-safe.
 */
final class StoredPrinter implements java.util.function.Consumer<List<EnrichedArticle>> {
    private final PrintStream out;
    private final boolean json;

    StoredPrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public synchronized void accept(List<EnrichedArticle> batch) {
        for (EnrichedArticle e : batch) {
            ArticleLine line = line(e);
            if (json) {
                Map<String, Object> fields = line.json();
                fields.remove("id");
                Map<String, Object> withStored = new java.util.LinkedHashMap<>();
                withStored.put("stored", e.id());
                withStored.putAll(fields);
                withStored.put("deals", news(e).stream().map(StoredPrinter::deal).toList());
                out.println(Json.toString(withStored).replaceFirst("^\\{\"schemaVersion\":1,", "{"));
            } else {
                out.println("stored  " + line.text());
                for (Deal d : news(e)) {
                    out.println("  deal  " + deal(d));
                }
            }
        }
        out.flush();
    }

    /** The deals of the day the article reports (background mentions are stored, not announced here). */
    private static List<Deal> news(EnrichedArticle e) {
        return e.deals().stream().filter(d -> !d.historical()).toList();
    }

    /** "acquisition announced: Palo Alto Networks -> Twistlock, $410M" / "funding series_b: Portworx, $27M, led by Mayfield". */
    static String deal(Deal d) {
        StringBuilder b = new StringBuilder(d.type().name().toLowerCase(Locale.ROOT)).append(' ');
        if (d.type() == Deal.Type.ACQUISITION) {
            b.append(d.status().name().toLowerCase(Locale.ROOT)).append(": ").append(names(d, Deal.Role.ACQUIRER)).append(" -> ")
                    .append(names(d, Deal.Role.TARGET)).append(d.unit() == null ? "" : " (" + d.unit() + ")")
                    .append(d.stake() == null ? "" : ", " + d.stake() + "% stake");
        } else {
            b.append(d.round() == null ? "unknown" : d.round().name().toLowerCase(Locale.ROOT)).append(": ").append(names(d, Deal.Role.COMPANY));
        }
        if (d.amount() != null) {
            b.append(", ").append(AlertText.money(d.amount(), d.currency()));
        }
        if (!d.parties(Deal.Role.LEAD_INVESTOR).isEmpty()) {
            b.append(", led by ").append(names(d, Deal.Role.LEAD_INVESTOR));
        }
        return b.toString();
    }

    private static String names(Deal d, Deal.Role role) {
        return String.join(" and ", d.parties(role).stream().map(Deal.Party::name).toList());
    }

    /** The companies most salient first (as stored in article_companies), the categories most likely first. */
    static ArticleLine line(EnrichedArticle e) {
        return new ArticleLine(e.id(), e.article().publishedAt() == null ? null : e.article().publishedAt().toString(), e.article().source(),
                e.article().title(), e.companies().stream().map(c -> new ArticleLine.Company(c.companyId(), c.name())).toList(),
                e.categories().stream().sorted(java.util.Comparator.comparingDouble(Category::score).reversed()).map(Category::id).toList(),
                e.article().url());
    }
}
