package io.wharf.app.cli;

import io.wharf.model.Json;
import io.wharf.store.db.Database;
import io.wharf.store.query.ArticleQueries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `wharf query`: the stored articles, newest first, optionally those naming one company. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "List stored articles, newest first.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--company", paramLabel = "ID", description = "Only articles that name this company (canonical id, e.g. red-hat).")
    String company;

    @Option(names = "--limit", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "JSON lines instead of a readable line each.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Database db = StoreReader.open(common.load());
        for (ArticleQueries.StoredArticle a : new ArticleQueries(db).recent(limit, company)) {
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", a.id());
                line.put("source", a.source());
                line.put("publishedAt", a.publishedAt());
                line.put("title", a.title());
                line.put("companies", a.companies());
                System.out.println(Json.mapper().writeValueAsString(line));
            } else {
                String date = a.publishedAt() == null ? "----------" : a.publishedAt().substring(0, Math.min(10, a.publishedAt().length()));
                System.out.printf("%s  %-12s  %s  %s%n", date, a.source(), a.title(), a.companies());
            }
        }
        return 0;
    }
}
