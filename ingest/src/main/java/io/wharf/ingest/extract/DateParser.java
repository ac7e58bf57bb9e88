package io.wharf.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date spellings found in page metadata, feeds and bylines into instants; times without a zone are UTC.
 * Public because the feed parser reads the same spellings.
 */
public final class DateParser {
    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    // English month names as bylines spell them: "Nov. 19, 2019", "19 November 2019".
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final DateTimeFormatter RFC = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE, d MMM yyyy HH:mm[:ss] [zzz][XX]").toFormatter(Locale.ROOT);

    private DateParser() {}

    /** A machine-readable value (meta content, datetime attribute, JSON-LD); null when it cannot be read. */
    public static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through to the looser forms
        }
        try {
            TemporalAccessor t = RFC.parse(s);
            return ZonedDateTime.from(t).toInstant();
        } catch (RuntimeException ignored) {
            // fall through
        }
        if (EPOCH.matcher(s).matches()) {
            long v = Long.parseLong(s);
            return Instant.ofEpochMilli(s.length() == 13 ? v : v * 1000);
        }
        Instant found = isoLike(s);
        return found != null ? found : inText(s);
    }

    /** A date written for people, anywhere in a piece of text ("Nov. 19, 2019", "19 November 2019"). */
    static Instant inText(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1, m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3)) + 1, m.group(1));
        }
        return isoLike(text);
    }

    private static Instant isoLike(String s) {
        Matcher m = ISO_LIKE.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            LocalDateTime at = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            ZoneOffset offset = zone == null || zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return at.toInstant(offset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Instant date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
