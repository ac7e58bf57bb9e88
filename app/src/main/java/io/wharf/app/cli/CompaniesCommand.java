package io.wharf.app.cli;

import io.wharf.store.db.Database;
import io.wharf.store.query.CompanyQueries;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `wharf companies`: who is in the news, with their article and deal counts. */
@Command(name = "companies", mixinStandardHelpOptions = true, description = "The companies named by the most articles since a time, with their deal counts.")
public final class CompaniesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--top", defaultValue = "20", description = "How many companies (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--since", defaultValue = "7d", paramLabel = "AGE|DATE", description = "Articles published since then (default ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "Output format (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        Rows.Format out = Rows.format(format);
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1");
        }
        Database db = StoreReader.open(common.load());
        Rows rows = new Rows("company", "articles", "deals", "id");
        for (CompanyQueries.CompanyInNews c : new CompanyQueries(db).top(top, Since.parse(since, Clock.systemUTC()))) {
            rows.add(c.name(), c.articles(), c.deals(), c.key());
        }
        rows.print(System.out, out);
        return 0;
    }
}
