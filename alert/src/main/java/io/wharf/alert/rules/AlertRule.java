package io.wharf.alert.rules;

import io.wharf.model.Deal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One rule of the rules file: which deals it is about and where their alerts go. Every condition given must hold;
 * a condition left out holds for every deal. {@code status} says which statuses may start the first alert;
 * {@code updates} which later changes are told afterwards (none by default). Validated here, so that a mistake is
 * refused at start with the rule's line ({@link RulesFile}).
 *
 * @param watchlist  parties by gazetteer id or name (any role, any case); empty = any party
 * @param categories gazetteer categories of the deal's subject (the target of an acquisition, the company of a round)
 * @param minAmount  the price or round size must be stated and at least this, compared in US dollars
 */
public record AlertRule(String name, Set<Deal.Type> type, Set<Deal.Status> status, List<String> watchlist, Set<String> categories,
                        Threshold minAmount, double minConfidence, List<String> channels, Set<UpdateKind> updates) {
    public static final Set<String> CHANNELS = Set.of("log", "topic", "webhook", "email");

    /** A rule as the file writes it: the amount as text, the confidence optional. */
    public static AlertRule of(String name, Set<Deal.Type> type, Set<Deal.Status> status, List<String> watchlist, Set<String> categories,
                               String minAmount, Double minConfidence, List<String> channels, Set<UpdateKind> updates) {
        return new AlertRule(name, type, status, watchlist, categories, minAmount == null ? null : Threshold.parse(minAmount),
                minConfidence == null ? 0 : minConfidence, channels, updates);
    }

    public AlertRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a rule needs a name");
        }
        type = type == null ? Set.of() : Set.copyOf(type);
        status = status == null ? Set.of() : Set.copyOf(status);
        watchlist = watchlist == null ? List.of() : watchlist.stream().map(w -> w.trim().toLowerCase(Locale.ROOT)).toList();
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        updates = updates == null ? Set.of() : Set.copyOf(updates);
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("rule " + name + ": minConfidence must be in [0, 1], was " + minConfidence);
        }
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + ": channels must name at least one of " + CHANNELS);
        }
        for (String c : channels) {
            if (!CHANNELS.contains(c)) {
                throw new IllegalArgumentException("rule " + name + ": unknown channel '" + c + "', expected one of " + CHANNELS);
            }
        }
        channels = List.copyOf(channels);
    }

    /**
     * Whether the deal, as it stands now, is one this rule is about. The status is not looked at here: it gates only
     * the first alert ({@link #mayStart}).
     */
    public boolean about(Deal deal, Long amount, String currency, double confidence, PartyCategories categoriesOf, CurrencyRates rates) {
        if (!type.isEmpty() && !type.contains(deal.type())) {
            return false;
        }
        if (confidence < minConfidence) {
            return false;
        }
        if (!watchlist.isEmpty() && deal.parties().stream().noneMatch(this::watched)) {
            return false;
        }
        if (!categories.isEmpty() && subjects(deal).stream().noneMatch(p -> categoriesOf.of(p).stream().anyMatch(categories::contains))) {
            return false;
        }
        if (minAmount != null) {
            Double usd = amount == null ? null : rates.toUsd(amount, currency);
            Double min = rates.toUsd(minAmount.amount(), minAmount.currency());
            return usd != null && min != null && usd >= min;
        }
        return true;
    }

    /** Whether a deal in this status may get its first alert from this rule. */
    public boolean mayStart(Deal.Status current) {
        return status.isEmpty() || status.contains(current);
    }

    /** Whether this rule tells of a change of this kind after the first alert. */
    public boolean tells(UpdateKind kind) {
        return updates.contains(kind) || (updates.contains(UpdateKind.STATUS) && kind != UpdateKind.PRICE);
    }

    private boolean watched(Deal.Party p) {
        return (p.companyId() != null && watchlist.contains(p.companyId().toLowerCase(Locale.ROOT)))
                || watchlist.contains(p.name().trim().toLowerCase(Locale.ROOT));
    }

    /** What the deal is about: the company bought, or the company that raised. */
    static List<Deal.Party> subjects(Deal deal) {
        return deal.parties(deal.type() == Deal.Type.ACQUISITION ? Deal.Role.TARGET : Deal.Role.COMPANY);
    }
}
