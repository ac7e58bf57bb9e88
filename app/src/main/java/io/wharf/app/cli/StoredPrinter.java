package io.wharf.app.cli;

import io.wharf.model.Category;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints each stored article on stdout: a readable line, or a JSON line with --json, as `wharf query` does. Thread-safe. */
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
                out.println(Json.toString(withStored).replaceFirst("^\\{\"schemaVersion\":1,", "{"));
            } else {
                out.println("stored  " + line.text());
            }
        }
        out.flush();
    }

    /** The companies most salient first (as stored in article_companies), the categories most likely first. */
    static ArticleLine line(EnrichedArticle e) {
        return new ArticleLine(e.id(), e.article().publishedAt() == null ? null : e.article().publishedAt().toString(), e.article().source(),
                e.article().title(), e.companies().stream().map(c -> new ArticleLine.Company(c.companyId(), c.name())).toList(),
                e.categories().stream().sorted(java.util.Comparator.comparingDouble(Category::score).reversed()).map(Category::id).toList(),
                e.article().url());
    }
}
