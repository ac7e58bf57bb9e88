package io.wharf.app.cli;

import io.wharf.alert.text.AlertText;
import io.wharf.alert.rules.PartyCategories;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.AlertWiring;
import io.wharf.model.Deal;
import io.wharf.store.db.Database;
import io.wharf.store.query.AlertsSentQueries;
import io.wharf.store.query.DealQueries;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `wharf deals`: the stored deals, most recently reported first. */
@Command(name = "deals", mixinStandardHelpOptions = true, description = "List stored deals (acquisitions, funding rounds), most recently reported first.")
public final class DealsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--type", paramLabel = "acquisition|funding", description = "Only deals of this type.")
    String type;

    @Option(names = "--status", paramLabel = "rumored|announced|completed|terminated", description = "Only deals in this status.")
    String status;

    @Option(names = "--since", paramLabel = "AGE|DATE", description = "Only deals reported since then: 30d, 12h, 2w, 2026-11-01.")
    String since;

    @Option(names = "--company", paramLabel = "X", description = "Only deals with this party: gazetteer id (red-hat) or part of its name.")
    String company;

    @Option(names = "--category", paramLabel = "C", description = "Only deals whose target (or funded company) is in this gazetteer category: storage, security...")
    String category;

    @Option(names = "--limit", defaultValue = "50", description = "How many at most (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "Output format (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        Rows.Format out = Rows.format(format);
        WharfConfig config = common.load();
        java.util.function.Predicate<Deal.Party> subject = null;
        if (category != null) {
            PartyCategories categories = AlertWiring.partyCategories(config);
            subject = p -> categories.of(p).contains(category);
        }
        DealQueries.Filter filter = new DealQueries.Filter(type == null ? null : parse(Deal.Type.class, type, "--type"),
                status == null ? null : parse(Deal.Status.class, status, "--status"), since == null ? null : Since.parse(since, Clock.systemUTC()),
                company, subject, limit);
        Database db = StoreReader.open(config); // reads, never creates or migrates a database
        DealQueries queries = new DealQueries(db);
        List<DealQueries.StoredDeal> deals = queries.find(filter);
        // JSON carries each deal's status history and the alerts sent about it; a list fits no table cell or CSV field
        boolean json = out == Rows.Format.JSON;
        List<String> ids = deals.stream().map(DealQueries.StoredDeal::id).toList();
        Map<String, List<DealQueries.StatusChange>> history = json ? queries.history(ids) : Map.of();
        Map<String, List<AlertsSentQueries.SentAlert>> alerts = json ? new AlertsSentQueries(db).of(ids) : Map.of();
        Rows rows = json ? new Rows("lastSeen", "type", "status", "parties", "amount", "round", "announced", "sources", "id", "history", "alerts")
                : new Rows("lastSeen", "type", "status", "parties", "amount", "round", "announced", "sources", "id");
        for (DealQueries.StoredDeal d : deals) {
            List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(day(d.lastSeenAt()), d.type().toLowerCase(Locale.ROOT),
                    d.status().toLowerCase(Locale.ROOT), parties(d.parties()),
                    d.amount() == null ? null : out == Rows.Format.TABLE ? AlertText.money(d.amount(), d.currency()) : d.amount() + " " + d.currency(),
                    d.round() == null ? null : d.round().toLowerCase(Locale.ROOT), d.announcedAt(), d.sources(), d.id()));
            if (json) {
                values.add(history.getOrDefault(d.id(), List.of()).stream().map(DealsCommand::change).toList());
                values.add(alerts.getOrDefault(d.id(), List.of()));
            }
            rows.add(values.toArray());
        }
        rows.print(System.out, out);
        return 0;
    }

    private static Map<String, String> change(DealQueries.StatusChange c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("status", c.status().toLowerCase(Locale.ROOT));
        m.put("article", c.articleId());
        m.put("url", c.url());
        m.put("reportedAt", c.reportedAt());
        m.put("recordedAt", c.recordedAt());
        return m;
    }

    private static String parties(List<Deal.Party> parties) {
        return parties.stream().map(p -> p.name() + " (" + p.role().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
                .collect(Collectors.joining(", "));
    }

    static String day(String timestamp) {
        return timestamp == null ? null : timestamp.substring(0, Math.min(10, timestamp.length()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " '" + value + "': expected one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
