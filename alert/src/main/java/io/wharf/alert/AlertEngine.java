package io.wharf.alert;

import io.wharf.alert.channel.Alert;
import io.wharf.alert.channel.Channel;
import io.wharf.alert.channel.Delivery;
import io.wharf.alert.rules.AlertRule;
import io.wharf.alert.rules.CurrencyRates;
import io.wharf.alert.rules.PartyCategories;
import io.wharf.alert.state.AlertState;
import io.wharf.alert.state.DealView;
import io.wharf.alert.text.AlertText;
import io.wharf.alert.text.DealReports;
import io.wharf.model.Deal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Decides what to tell about a reported deal, and through which channels: merges the report into the stage's view
 * of the deal, then for each channel of the rules the deal matches sends the first alert (the status allowed by a
 * rule), or, when the deal changed since the version last sent there, an update a rule asks for. Channels are
 * served side by side, so a receiver that is down delays but does not block the others. Each delivery is recorded
 * right after it, before the caller commits the Kafka offset: a crash between the two repeats that one alert once.
 */
public final class AlertEngine {
    /** The deal's article is not in the database yet and the wait for it is not over: try the record again soon. */
    public static final class NotStoredYet extends Exception {
        NotStoredYet(String dealId) {
            super("deal " + dealId + ": its article is not stored yet");
        }
    }

    public record Result(int delivered, List<Delivery.Outcome> failed) {
        static final Result NONE = new Result(0, List.of());
    }

    private record Plan(String kind, List<String> rules) {}

    private static final List<String> UPDATE_ORDER = List.of("TERMINATED", "COMPLETED", "STATUS", "PRICE");
    private final List<AlertRule> rules;
    private final Map<String, Channel> channels;
    private final PartyCategories categories;
    private final CurrencyRates rates;
    private final AlertState state;
    private final DealReports reports;
    private final Delivery delivery;
    private final ExecutorService senders;
    private final Clock clock;
    private final Duration storeWait;
    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();

    public AlertEngine(List<AlertRule> rules, Map<String, Channel> channels, PartyCategories categories, CurrencyRates rates,
                       AlertState state, DealReports reports, Delivery delivery, ExecutorService senders, Clock clock, Duration storeWait) {
        this.rules = List.copyOf(rules);
        this.channels = Map.copyOf(channels);
        for (AlertRule r : rules) {
            for (String c : r.channels()) {
                if (!channels.containsKey(c)) {
                    throw new IllegalArgumentException("rule " + r.name() + " sends to '" + c + "', which is not configured (see alert." + c + ".*)");
                }
            }
        }
        this.categories = categories;
        this.rates = rates;
        this.state = state;
        this.reports = reports;
        this.delivery = delivery;
        this.senders = senders;
        this.clock = clock;
        this.storeWait = storeWait;
    }

    public Result handle(Deal d) throws SQLException, NotStoredYet {
        if (d.historical()) {
            return Result.NONE; // background ("which X bought in 2015") is no news
        }
        DealView before = state.view(d.id());
        DealView now = before == null ? DealView.first(d) : before.merge(d);
        if (!now.equals(before)) {
            state.save(now, clock.instant());
        }
        Map<String, Plan> plans = plan(d, now);
        if (plans.isEmpty()) {
            return Result.NONE;
        }
        DealReports.Reports known = reports.of(d.id(), d.evidence().articleId());
        if (!known.evidenceStored()) {
            Instant since = waitingSince.computeIfAbsent(d.id(), k -> clock.instant());
            if (Duration.between(since, clock.instant()).compareTo(storeWait) < 0) {
                throw new NotStoredYet(d.id());
            }
        }
        waitingSince.remove(d.id());
        Set<String> subjectCategories = new TreeSet<>();
        d.parties(d.type() == Deal.Type.ACQUISITION ? Deal.Role.TARGET : Deal.Role.COMPANY).forEach(p -> subjectCategories.addAll(categories.of(p)));
        Map<String, CompletableFuture<Delivery.Outcome>> sending = new LinkedHashMap<>();
        Map<String, Alert> alerts = new LinkedHashMap<>();
        plans.forEach((channel, plan) -> {
            Alert a = new Alert(now.idempotencyKey(), d.id(), now.version(), plan.kind(), AlertText.of(d, now, subjectCategories,
                    known.sources(), plan.kind()), d.evidence().sentence(), known.sources(), known.links(), plan.rules(), d, clock.instant());
            alerts.put(channel, a);
            sending.put(channel, CompletableFuture.supplyAsync(() -> delivery.deliver(channels.get(channel), a), senders));
        });
        int delivered = 0;
        List<Delivery.Outcome> failed = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<Delivery.Outcome>> e : sending.entrySet()) {
            Delivery.Outcome o = e.getValue().join();
            Plan plan = plans.get(e.getKey());
            state.record(now, e.getKey(), plan.kind(), o.delivered() ? AlertState.Outcome.SENT : AlertState.Outcome.DEAD_LETTERED,
                    String.join(",", plan.rules()), clock.instant());
            if (o.delivered()) {
                delivered++;
            } else {
                failed.add(o);
            }
        }
        return new Result(delivered, failed);
    }

    /** Per channel: what to send now, if anything. */
    private Map<String, Plan> plan(Deal d, DealView now) throws SQLException {
        List<AlertRule> about = rules.stream().filter(r -> r.about(d, now.amount(), now.currency(), now.confidence(), categories, rates)).toList();
        Map<String, Plan> plans = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        for (AlertRule r : about) {
            for (String channel : r.channels()) {
                if (!seen.add(channel)) {
                    continue;
                }
                List<AlertRule> routing = about.stream().filter(x -> x.channels().contains(channel)).toList();
                AlertState.Sent last = state.lastSent(d.id(), channel);
                if (last == null) {
                    List<String> starters = routing.stream().filter(x -> x.mayStart(now.status())).map(AlertRule::name).toList();
                    if (!starters.isEmpty()) {
                        plans.put(channel, new Plan("new", starters));
                    }
                } else if (now.version() > last.version()) {
                    var changes = now.changesSince(last.status(), last.amount());
                    for (String kind : UPDATE_ORDER) {
                        var k = io.wharf.alert.rules.UpdateKind.valueOf(kind);
                        List<String> tellers = routing.stream().filter(x -> changes.contains(k) && x.tells(k)).map(AlertRule::name).toList();
                        if (!tellers.isEmpty()) {
                            plans.put(channel, new Plan(kind.toLowerCase(java.util.Locale.ROOT), tellers));
                            break;
                        }
                    }
                }
            }
        }
        return plans;
    }
}
