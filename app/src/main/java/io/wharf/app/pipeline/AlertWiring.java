package io.wharf.app.pipeline;

import io.wharf.alert.AlertEngine;
import io.wharf.alert.channel.Channel;
import io.wharf.alert.channel.Delivery;
import io.wharf.alert.channel.EmailChannel;
import io.wharf.alert.channel.LogChannel;
import io.wharf.alert.channel.TopicChannel;
import io.wharf.alert.channel.WebhookChannel;
import io.wharf.alert.rules.AlertRule;
import io.wharf.alert.rules.CurrencyRates;
import io.wharf.alert.rules.PartyCategories;
import io.wharf.alert.rules.RulesFile;
import io.wharf.alert.state.AlertState;
import io.wharf.alert.text.DealReports;
import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import io.wharf.classify.categories.CategoryDefinition;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.Company;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.model.DaemonThreads;
import io.wharf.store.db.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Builds the alert stage's engine from configuration: the rules (checked against the taxonomy's categories), the
 * rates, the channels the rules use, and the parties' categories from classify's gazetteer. Only app knows both
 * classify and alert, so the gazetteer reaches alert as a {@link PartyCategories} function.
 */
public final class AlertWiring {
    private AlertWiring() {}

    /** Whether alerts are configured; `wharf run` runs the alert stage only then. */
    public static boolean enabled(WharfConfig c) {
        return c.optional("alert.rules.file") != null;
    }

    /** What the files say, read before any client exists, so that a mistake stops the start at once. */
    public record Rules(List<AlertRule> rules, CurrencyRates rates, PartyCategories categories) {}

    public static Rules rules(WharfConfig c) {
        try {
            String taxonomyFile = c.optional("classify.taxonomy.file");
            Taxonomy taxonomy = taxonomyFile == null ? Taxonomy.bundled() : Taxonomy.load(Path.of(taxonomyFile));
            Set<String> categories = taxonomy.categories().stream().map(CategoryDefinition::id).collect(Collectors.toSet());
            List<AlertRule> rules = RulesFile.load(c.path("alert.rules.file"), categories);
            String ratesFile = c.optional("alert.rates.file");
            CurrencyRates rates = ratesFile == null ? CurrencyRates.bundled() : CurrencyRates.load(Path.of(ratesFile));
            Set<String> used = rules.stream().flatMap(r -> r.channels().stream()).collect(Collectors.toSet());
            for (String key : List.of("alert.webhook.url", "alert.email.smtp.host", "alert.email.from", "alert.email.to")) {
                if (used.contains(key.split("\\.")[1])) {
                    required(c, key, key.split("\\.")[1]); // a channel a rule needs without its settings: say so before connecting
                }
            }
            return new Rules(rules, rates, partyCategories(c, taxonomy));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    public static AlertEngine engine(WharfConfig c, Database db, Map<String, Object> kafka, List<Channel> opened, ExecutorService senders) {
        return engine(c, rules(c), db, kafka, opened, senders);
    }

    public static AlertEngine engine(WharfConfig c, Rules r, Database db, Map<String, Object> kafka, List<Channel> opened,
                                     ExecutorService senders) {
        try {
            Map<String, Channel> channels = channels(c, r.rules(), kafka);
            opened.addAll(channels.values());
            Delivery delivery = new Delivery(new Delivery.Settings(c.integer("alert.retry.attempts", 1, 100), c.duration("alert.retry.backoff"),
                    c.duration("alert.retry.backoff.max")));
            return new AlertEngine(r.rules(), channels, r.categories(), r.rates(), new AlertState(db::connect),
                    new DealReports(db::connect, c.integer("alert.links.max", 0, 100)), delivery, senders, Clock.systemUTC(),
                    c.duration("alert.store.wait"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    public static ExecutorService senders() {
        return Executors.newFixedThreadPool(4, DaemonThreads.named("wharf-alert-send"));
    }

    /** Only the channels some rule uses are built, so an unused channel needs no settings. */
    private static Map<String, Channel> channels(WharfConfig c, List<AlertRule> rules, Map<String, Object> kafka) {
        Set<String> used = rules.stream().flatMap(r -> r.channels().stream()).collect(Collectors.toSet());
        Map<String, Channel> out = new HashMap<>();
        java.time.Duration timeout = c.duration("alert.send.timeout");
        if (used.contains("log")) {
            out.put("log", new LogChannel());
        }
        if (used.contains("topic")) {
            out.put("topic", new TopicChannel(kafka, timeout));
        }
        if (used.contains("webhook")) {
            String url = required(c, "alert.webhook.url", "webhook");
            out.put("webhook", new WebhookChannel(new WebhookChannel.Settings(URI.create(url), bool(c, "alert.webhook.slack"),
                    Secrets.read(c, "alert.webhook.secret"), timeout, StageSettings.list(c.optional("alert.webhook.allow")))));
        }
        if (used.contains("email")) {
            out.put("email", new EmailChannel(new EmailChannel.Settings(required(c, "alert.email.smtp.host", "email"),
                    c.integer("alert.email.smtp.port", 1, 65535), bool(c, "alert.email.smtp.starttls"), c.optional("alert.email.smtp.user"),
                    Secrets.read(c, "alert.email.smtp.password"), required(c, "alert.email.from", "email"),
                    required(c, "alert.email.to", "email"), timeout)));
        }
        return out;
    }

    /** The gazetteer's categories of a party (for `wharf deals --category` too). */
    public static PartyCategories partyCategories(WharfConfig c) {
        try {
            String taxonomyFile = c.optional("classify.taxonomy.file");
            return partyCategories(c, taxonomyFile == null ? Taxonomy.bundled() : Taxonomy.load(Path.of(taxonomyFile)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    private static PartyCategories partyCategories(WharfConfig c, Taxonomy taxonomy) {
        List<Path> extra = StageSettings.list(c.optional("classify.gazetteer.files")).stream().map(Path::of).toList();
        String landscape = c.optional("classify.gazetteer.landscape");
        Gazetteer gazetteer = GazetteerLoader.load(extra, landscape == null ? null : Path.of(landscape), taxonomy);
        return party -> {
            Company company = party.companyId() == null ? null : gazetteer.company(party.companyId());
            return company == null ? Set.of() : Set.copyOf(company.categories());
        };
    }

    private static String required(WharfConfig c, String key, String channel) {
        String v = c.optional(key);
        if (v == null) {
            throw new ConfigException("a rule sends to the " + channel + " channel but " + key + " is not set ("
                    + WharfConfig.envName(key) + ")");
        }
        return v;
    }

    private static boolean bool(WharfConfig c, String key) {
        return c.bool(key);
    }
}
