package io.wharf.alert.text;

import io.wharf.alert.state.DealView;
import io.wharf.model.Deal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The alert's one-liner, as an analyst would write it: "Palo Alto Networks to acquire Twistlock (security) for
 * $410M, announced 2019-05-29 — 3 sources". The verb follows the status (in talks to, to acquire, acquired, calls off),
 * an update says what changed first ("Completed: ...").
 */
public final class AlertText {
    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

    private AlertText() {}

    public static String of(Deal d, DealView v, Set<String> subjectCategories, int sources, String kind) {
        String prefix = switch (kind) {
            case "new" -> "";
            case "price" -> "Price stated: ";
            default -> Character.toUpperCase(v.status().name().charAt(0)) + v.status().name().substring(1).toLowerCase() + ": ";
        };
        String what = d.type() == Deal.Type.ACQUISITION ? acquisition(d, v.status(), subjectCategories) : funding(d, v.status(), subjectCategories);
        String price = v.amount() == null ? "" : (d.type() == Deal.Type.ACQUISITION ? " for " : " ") + money(v.amount(), v.currency());
        if (d.type() == Deal.Type.FUNDING) {
            String round = d.round() == null || d.round() == Deal.Round.UNKNOWN ? "" : " " + roundName(d.round());
            price = (v.amount() == null ? "" : price) + round;
            String leads = names(d.parties(Deal.Role.LEAD_INVESTOR));
            price += leads.isEmpty() ? "" : " led by " + leads;
        }
        String date = d.announcedAt() == null ? "" : ", announced " + d.announcedAt();
        return prefix + what + price + date + " — " + sources + (sources == 1 ? " source" : " sources");
    }

    private static String acquisition(Deal d, Deal.Status s, Set<String> categories) {
        String buyer = names(d.parties(Deal.Role.ACQUIRER));
        String target = names(d.parties(Deal.Role.TARGET)) + tag(categories);
        if (d.merger()) {
            String all = names(d.parties().stream().filter(p -> p.role() == Deal.Role.ACQUIRER || p.role() == Deal.Role.TARGET).toList());
            return all + switch (s) { case RUMORED -> " in merger talks"; case ANNOUNCED -> " to merge"; case COMPLETED -> " merged";
                case TERMINATED -> " call off their merger"; };
        }
        String object = d.stake() != null ? stake(d.stake()) + " of " + target : d.unit() != null ? target + "'s " + d.unit() : target;
        if (buyer.isEmpty()) {
            return object + switch (s) { case RUMORED -> " reportedly up for sale"; case ANNOUNCED -> " to be acquired";
                case COMPLETED -> " acquired"; case TERMINATED -> " sale called off"; };
        }
        return buyer + switch (s) { case RUMORED -> " in talks to acquire "; case ANNOUNCED -> " to acquire "; case COMPLETED -> " acquired ";
            case TERMINATED -> " calls off its acquisition of "; } + object;
    }

    private static String funding(Deal d, Deal.Status s, Set<String> categories) {
        return names(d.parties(Deal.Role.COMPANY)) + tag(categories) + switch (s) { case RUMORED -> " reportedly raising";
            case ANNOUNCED, COMPLETED -> " raises"; case TERMINATED -> " round called off:"; };
    }

    private static String tag(Set<String> categories) {
        return categories.isEmpty() ? "" : " (" + categories.stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String stake(double pct) {
        return BigDecimal.valueOf(pct).stripTrailingZeros().toPlainString() + "%";
    }

    static String names(List<Deal.Party> parties) {
        List<String> n = parties.stream().map(Deal.Party::name).distinct().toList();
        if (n.size() <= 1) {
            return n.isEmpty() ? "" : n.get(0);
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    /** $410M, €1.2B, CHF 50M, $750K. */
    public static String money(long amount, String currency) {
        String[] units = {"", "K", "M", "B", "T"};
        BigDecimal v = BigDecimal.valueOf(amount);
        int u = 0;
        while (u < units.length - 1 && v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            v = v.divide(BigDecimal.valueOf(1000));
            u++;
        }
        String number = v.setScale(v.compareTo(BigDecimal.TEN) < 0 ? 2 : 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + units[u];
        String symbol = SYMBOLS.get(currency);
        return symbol != null ? symbol + number : currency + " " + number;
    }

    private static String roundName(Deal.Round r) {
        return switch (r) {
            case PRE_SEED -> "pre-seed";
            case SEED -> "seed round";
            case GROWTH -> "growth round";
            case DEBT -> "in debt";
            default -> "Series " + r.name().substring("SERIES_".length());
        };
    }
}
