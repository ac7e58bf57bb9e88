package io.wharf.classify.deals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as transcripts write them: "one point six billion dollars", "thirty five million", "a hundred and twenty
 * million dollars". Only English number words; only with a scale word (million, billion), since "twenty three" alone
 * is rarely money. Without a currency word a scaled amount in a deal sentence is taken as US dollars, as speakers of
 * this industry's podcasts and calls mean. Stateless.
 */
final class SpokenMoney {
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("zero", 0));
    // "a" only as in "a hundred": elsewhere it is the article ("confirmed it a one point six billion")
    private static final String WORD = "(?:a(?= hundred)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|zero|hundred|and)";
    private static final Pattern SPOKEN = Pattern.compile("\\b((?:" + WORD + "[ -]){0,6}" + WORD + ")(?: point ((?:zero|one|two|three|four|five|six|"
            + "seven|eight|nine)(?: (?:zero|one|two|three|four|five|six|seven|eight|nine))*))? (million|billion|thousand)(?: (dollars|euros|pounds|bucks))?\\b",
            Pattern.CASE_INSENSITIVE);

    private SpokenMoney() {}

    static void find(String text, List<Money> into) {
        Matcher m = SPOKEN.matcher(text);
        while (m.find()) {
            int begin = m.start();
            if (into.stream().anyMatch(x -> x.begin() < m.end() && begin < x.end())) {
                continue;
            }
            Long whole = words(m.group(1));
            if (whole == null) {
                continue;
            }
            double value = whole;
            if (m.group(2) != null) {
                StringBuilder digits = new StringBuilder("0.");
                for (String d : m.group(2).toLowerCase(Locale.ROOT).split(" ")) {
                    digits.append(UNITS.get(d));
                }
                value += Double.parseDouble(digits.toString());
            }
            long scale = switch (m.group(3).toLowerCase(Locale.ROOT)) {
                case "billion" -> 1_000_000_000L;
                case "million" -> 1_000_000L;
                default -> 1_000L;
            };
            String unit = m.group(4) == null ? "dollars" : m.group(4).toLowerCase(Locale.ROOT);
            String currency = unit.startsWith("euro") ? "EUR" : unit.startsWith("pound") ? "GBP" : "USD";
            into.add(new Money(Math.round(value * scale), currency, begin, m.end(), false));
        }
    }

    /** "one hundred and twenty" = 120, "thirty five" = 35, "a hundred" = 100; null when the words make no number. */
    static Long words(String phrase) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[ -]+")) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("a")) {
                continue;
            }
            if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (UNITS.containsKey(w)) {
                current += UNITS.get(w);
            } else {
                return null;
            }
            any = true;
        }
        return any ? total + current : null;
    }
}
