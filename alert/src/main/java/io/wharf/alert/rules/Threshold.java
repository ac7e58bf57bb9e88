package io.wharf.alert.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimum amount as a user writes it: {@code 100M USD}, {@code EUR 50M}, {@code 2.5B}, {@code 1000000} (no
 * currency: US dollars). K, M and B multiply by a thousand, a million and a billion.
 */
public record Threshold(long amount, String currency) {
    private static final Pattern FORM = Pattern.compile(
            "(?:([A-Z]{3})\\s*)?\\$?([0-9][0-9_,]*(?:\\.[0-9]+)?)\\s*([KMB])?\\s*([A-Z]{3})?");

    public Threshold {
        if (amount < 0) {
            throw new IllegalArgumentException("a minimum amount cannot be negative");
        }
    }

    public static Threshold parse(String text) {
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches() || (m.group(1) != null && m.group(4) != null)) {
            throw new IllegalArgumentException("minAmount '" + text + "' is not an amount such as '100M USD' or 'EUR 50M'");
        }
        BigDecimal v = new BigDecimal(m.group(2).replace("_", "").replace(",", ""));
        String unit = m.group(3);
        if (unit != null) {
            v = v.multiply(BigDecimal.TEN.pow(switch (unit) { case "K" -> 3; case "M" -> 6; default -> 9; }));
        }
        String currency = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : "USD";
        return new Threshold(v.longValue(), currency);
    }
}
