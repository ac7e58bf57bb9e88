package io.wharf.app.cli;

import io.wharf.model.CompanyMention;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints each stored article on stdout: a readable line, or a JSON line with --json. Thread-safe. */
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
            List<String> companies = e.mentions().stream().map(CompanyMention::name).distinct().toList();
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("stored", e.id());
                line.put("source", e.article().source());
                line.put("publishedAt", e.article().publishedAt());
                line.put("title", e.article().title());
                line.put("companies", companies);
                out.println(Json.toString(line).replaceFirst("^\\{\"schemaVersion\":1,", "{"));
            } else {
                String date = e.article().publishedAt() == null ? "----------" : e.article().publishedAt().toString().substring(0, 10);
                out.printf("stored  %s  %-12s  %s  %s%n", date, e.article().source(), e.article().title(),
                        companies.isEmpty() ? "" : companies);
            }
        }
        out.flush();
    }
}
