package io.wharf.classify.deals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money as the press writes them, in English, German, French and Spanish: "$8.5 million", "US$1.2
 * billion", "EUR 20M", "€20m", "£3m", "¥1 billion", "Rs 200 crore", "12 mln dlrs", "1,2 Mrd. Euro", "20 millions
 * d'euros". CoreNLP's MONEY normalisation covers only English and misses crore and dlrs, so this is our own.
 * Stateless, thread-safe.
 */
final class MoneyReader {
    private static final String NUMBER = "(\\d{1,3}(?:[,.\u00a0 ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(thousand|k|million|millions|millionen|millones|milioni|mln|mio\\.?|mn|m|mm|"
            + "billion|billions|milliards?|milliarden|mil millones|mrd\\.?|bln|bn|b|trillion|crores?|cr|lakhs?)";
    private static final String PREFIX = "(us\\$|usd|u\\.s\\. \\$|c\\$|cad|a\\$|aud|s\\$|\\$|€|eur|£|gbp|¥|jpy|cny|rmb|₹|inr|rs\\.?|chf|sek|nok|dkk|krw|₩|ils|₪)";
    private static final String SUFFIX = "((?:u\\.s\\. |us-)?dollars?|dlrs|dólares|dolares|euros?|pounds?(?: sterling)?|sterling|yen|yuan|renminbi|"
            + "rupees|swiss francs|francs|kronor|shekels|usd|eur|gbp|jpy|cny|inr|chf|€|\\$|£)"; // not "won": a verb far more often
    /** "$8.5 million", "US$ 1.2bn", "Rs 200 crore", "€20m". */
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\p{L}\\d])" + PREFIX + "\\s?" + NUMBER + "(?:\\s?-?" + SCALE + ")?(?![\\p{L}\\d])"
            + "(?:\\s?" + SUFFIX + "(?![\\p{L}]))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "20 million euros", "12 mln dlrs", "20 millions d'euros", "1,2 Mrd. Euro", "200 crore rupees", "20 M€". */
    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\p{L}\\d$€£¥₹.,])" + NUMBER + "(?:\\s?-?" + SCALE + ")?\\.?\\s?(?:de |d['’]|of )?"
            + SUFFIX + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PER_SHARE = Pattern.compile("^\\s*(?:(?:a|per|each|/)\\s*(?:share|shr|unit)|(?:por|par|je|pro) (?:acción|accion|action|aktie))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("us$", "USD"), Map.entry("usd", "USD"),
            Map.entry("u.s. $", "USD"), Map.entry("$", "USD"), Map.entry("c$", "CAD"), Map.entry("cad", "CAD"), Map.entry("a$", "AUD"),
            Map.entry("aud", "AUD"), Map.entry("s$", "SGD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"), Map.entry("cny", "CNY"), Map.entry("rmb", "CNY"),
            Map.entry("₹", "INR"), Map.entry("inr", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("chf", "CHF"),
            Map.entry("sek", "SEK"), Map.entry("nok", "NOK"), Map.entry("dkk", "DKK"), Map.entry("krw", "KRW"), Map.entry("₩", "KRW"),
            Map.entry("ils", "ILS"), Map.entry("₪", "ILS"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("u.s. dollars", "USD"), Map.entry("u.s. dollar", "USD"), Map.entry("us-dollar", "USD"), Map.entry("us-dollars", "USD"), Map.entry("dlrs", "USD"), Map.entry("dólares", "USD"),
            Map.entry("dolares", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pound", "GBP"),
            Map.entry("pounds", "GBP"), Map.entry("pounds sterling", "GBP"), Map.entry("pound sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"),
            Map.entry("swiss francs", "CHF"), Map.entry("francs", "CHF"), Map.entry("kronor", "SEK"), Map.entry("won", "KRW"),
            Map.entry("shekels", "ILS"));

    private MoneyReader() {}

    static List<Money> find(String text) {
        List<Money> out = new ArrayList<>();
        Matcher m = PREFIXED.matcher(text);
        while (m.find()) {
            String currency = code(m.group(1));
            if (m.group(4) != null && code(m.group(4)) != null && m.group(1).equals("$")) {
                currency = code(m.group(4)); // "$5 million AUD": a trailing code wins over a bare "$", never over "C$" or "€"
            }
            add(out, text, m.group(2), m.group(3), currency, m.start(), m.end());
        }
        Matcher s = SUFFIXED.matcher(text);
        while (s.find()) {
            int begin = s.start();
            if (out.stream().noneMatch(x -> x.begin() <= begin && begin < x.end())) {
                add(out, text, s.group(1), s.group(2), code(s.group(3)), begin, s.end());
            }
        }
        if (io.wharf.classify.text.Tokens.isLowerCased(text)) {
            SpokenMoney.find(text, out);
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static void add(List<Money> out, String text, String number, String scale, String currency, int begin, int end) {
        if (currency == null) {
            return;
        }
        if (scale != null && scale.equalsIgnoreCase("m") && currency.equals("EUR") && text.startsWith("€", end)) {
            end++;
        }
        BigDecimal value = number(number, scale != null && !thousandsBeforeScale(number, scale));
        if (value == null) {
            return;
        }
        long amount = value.multiply(BigDecimal.valueOf(multiplier(scale))).longValue();
        if (amount <= 0) {
            return;
        }
        boolean perShare = PER_SHARE.matcher(text.substring(end, Math.min(text.length(), end + 12))).find();
        out.add(new Money(amount, currency, begin, end, perShare));
    }

    /**
     * "11.000 millones", "3.600 Millionen": in Spanish, German and French a dot groups thousands even before a scale
     * word, so 11.000 millones is eleven billion; in English "1.500 billion" is not written.
     */
    private static boolean thousandsBeforeScale(String number, String scale) {
        String sc = scale.toLowerCase(java.util.Locale.ROOT);
        return number.matches("\\d{1,3}\\.\\d{3}") && (sc.startsWith("millon") || sc.startsWith("millionen") || sc.startsWith("mio")
                || sc.startsWith("milliard") || sc.equals("millions") || sc.startsWith("mil "));
    }

    /** "8.5", "8,5" (a decimal comma before a scale word), "1,200", "1.200.000" (European thousands). */
    static BigDecimal number(String raw, boolean scaled) {
        String n = raw.replace("\u00a0", "").replace(" ", "");
        int comma = n.lastIndexOf(',');
        int dot = n.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            n = comma > dot ? n.replace(".", "").replace(',', '.') : n.replace(",", "");
        } else if (comma >= 0) {
            boolean decimal = n.length() - comma - 1 != 3 || scaled && n.indexOf(',') == comma && n.length() - comma - 1 != 3;
            n = decimal ? n.replace(',', '.') : n.replace(",", "");
        } else if (dot >= 0 && n.indexOf('.') != dot) {
            n = n.replace(".", ""); // 1.200.000
        } else if (dot >= 0 && n.length() - dot - 1 == 3 && !scaled) {
            n = n.replace(".", ""); // 1.200 without a scale word: European thousands
        }
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long multiplier(String scale) {
        if (scale == null) {
            return 1;
        }
        String s = scale.toLowerCase(Locale.ROOT).replace(".", "");
        if (s.startsWith("crore") || s.equals("cr")) {
            return 10_000_000L;
        }
        if (s.startsWith("lakh")) {
            return 100_000L;
        }
        return switch (s) {
            case "thousand", "k" -> 1_000L;
            case "trillion" -> 1_000_000_000_000L;
            case "billion", "billions", "milliard", "milliards", "milliarden", "mil millones", "mrd", "bln", "bn", "b" -> 1_000_000_000L;
            default -> 1_000_000L;
        };
    }

    private static String code(String raw) {
        return raw == null ? null : CODES.get(raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
}
