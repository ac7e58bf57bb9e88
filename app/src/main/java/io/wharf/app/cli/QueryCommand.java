package io.wharf.app.cli;

import io.wharf.model.Json;
import io.wharf.store.query.ArticleQueries;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `wharf query`: the stored articles, newest first, optionally those naming one company; lines as `wharf run` prints them. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"List stored articles, newest first: date, source, title, companies (most salient first), categories, URL."})
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--company", paramLabel = "ID|NAME",
            description = "Only articles that name this company: its canonical id (red-hat) or its name in any case (Red Hat).")
    String company;

    @Option(names = "--limit", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "JSON lines (companies with their ids) instead of a readable line each.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ArticleQueries queries = new ArticleQueries(StoreReader.open(common.load()));
        if (company != null) {
            List<ArticleQueries.Company> matches = queries.companiesMatching(company);
            if (matches.isEmpty()) {
                // An empty answer would not tell a typo from a company with no news.
                throw new IllegalArgumentException("--company '" + company + "' matches no stored company, by id or by name "
                        + "(`wharf companies` lists them)");
            }
            System.err.println("wharf: articles naming " + String.join(", ", matches.stream()
                    .map(m -> m.id() == null ? m.name() + " (no id)" : m.name() + " (" + m.id() + ")").toList()));
        }
        for (ArticleQueries.StoredArticle a : queries.recent(limit, company)) {
            ArticleLine line = new ArticleLine(a.id(), a.publishedAt(), a.source(), a.title(),
                    a.ranked().stream().map(c -> new ArticleLine.Company(c.id(), c.name())).toList(), a.categories(), a.url());
            System.out.println(json ? Json.mapper().writeValueAsString(line.json()) : line.text());
        }
        return 0;
    }
}
