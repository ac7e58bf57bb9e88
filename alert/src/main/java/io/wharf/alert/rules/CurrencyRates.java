package io.wharf.alert.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Rates to US dollars, so that "above $100M" means the same for a price in euros or yen. Read from a YAML file
 * ({@code asOf: DATE}, {@code usdPer: {EUR: 1.08, ...}}: how many dollars one unit buys); the bundled table says
 * its date, and users replace it with {@code alert.rates.file}. A currency the table lacks matches no threshold.
 */
public final class CurrencyRates {
    public static final String BUNDLED = "/alert/rates-usd.yml";
    private final Map<String, Double> usdPer;
    private final String asOf;

    CurrencyRates(Map<String, Double> usdPer, String asOf) {
        this.usdPer = Map.copyOf(usdPer);
        this.asOf = asOf;
    }

    public static CurrencyRates bundled() {
        try (InputStream in = CurrencyRates.class.getResourceAsStream(BUNDLED)) {
            return parse(in.readAllBytes(), "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED, e);
        }
    }

    public static CurrencyRates load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the rates file " + file + ": " + e.getMessage(), e);
        }
    }

    private static CurrencyRates parse(byte[] yaml, String where) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": " + RulesFile.describe(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        JsonNode rates = root == null ? null : root.get("usdPer");
        if (rates == null || !rates.isObject()) {
            throw new IllegalArgumentException(where + ": needs a map 'usdPer' of currency codes to dollars per unit");
        }
        Map<String, Double> out = new HashMap<>();
        out.put("USD", 1.0);
        for (Iterator<Map.Entry<String, JsonNode>> it = rates.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().matches("[A-Z]{3}") || !e.getValue().isNumber() || e.getValue().asDouble() <= 0) {
                throw new IllegalArgumentException(where + ": rate '" + e.getKey() + ": " + e.getValue()
                        + "' must be an ISO 4217 code and a positive number");
            }
            out.put(e.getKey(), e.getValue().asDouble());
        }
        return new CurrencyRates(out, root.path("asOf").asText("unknown"));
    }

    /** The amount in US dollars, or null when the currency is not in the table. */
    public Double toUsd(long amount, String currency) {
        Double rate = currency == null ? null : usdPer.get(currency.toUpperCase(Locale.ROOT));
        return rate == null ? null : amount * rate;
    }

    public boolean knows(String currency) {
        return usdPer.containsKey(currency);
    }

    public String asOf() {
        return asOf;
    }
}
