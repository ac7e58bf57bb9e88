package io.wharf.app.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A `--since` value: an age (30d, 12h, 2w, 90m), a date (2026-11-01, UTC midnight) or an instant. */
final class Since {
    private static final Pattern AGE = Pattern.compile("(\\d+)([mhdw])");

    private Since() {}

    static Instant parse(String text, Clock clock) {
        Matcher m = AGE.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return clock.instant().minus(d);
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since '" + text + "': expected an age (30d, 12h, 2w), a date (2026-11-01) or an instant");
        }
    }
}
