package io.wharf.classify.companies;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wharf.classify.text.Tokens;
import io.wharf.model.CompanyMention;
import io.wharf.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names of companies the gazetteer does not know, as the classifier meets them: how many articles named each, when
 * first and last, and a few short passages, so that a user can adopt the real ones into a gazetteer file
 * ({@code wharf gazetteer candidates}). Kept in one JSON file under the data dir, rewritten (atomically) at most every
 * {@code flushEvery} and on {@link #close}. Bounded for a stage that runs for months: at most {@code maxNames} names
 * (when full, the rarest, least recently seen name goes), {@link #CONTEXTS} passages of at most {@link #CONTEXT_CHARS}
 * characters each. Thread-safe: every method locks the instance; the classify threads share one.
 */
public final class CandidateNames implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateNames.class);
    public static final int CONTEXTS = 3;
    public static final int CONTEXT_CHARS = 160;

    /** One candidate as stored and listed. */
    public record Entry(String name, int count, Instant firstSeen, Instant lastSeen, List<String> contexts) {
        public Entry {
            contexts = contexts == null ? List.of() : List.copyOf(contexts);
        }
    }

    private final Path file;
    private final int maxNames;
    private final Duration flushEvery;
    private final Clock clock;
    private final Map<String, Entry> byKey = new HashMap<>();
    private Instant lastFlush;
    private boolean dirty;

    /** Opens the log, reading what an earlier run kept in {@code file} (null: memory only). */
    public CandidateNames(Path file, int maxNames, Duration flushEvery, Clock clock) {
        if (maxNames < 1) {
            throw new IllegalArgumentException("the candidate log needs room for one name at least, got " + maxNames);
        }
        this.file = file;
        this.maxNames = maxNames;
        this.flushEvery = flushEvery;
        this.clock = clock;
        this.lastFlush = clock.instant();
        if (file != null && Files.exists(file)) {
            read(file).forEach(e -> byKey.put(Tokens.key(e.name()), e));
        }
    }

    /** Records the article's unlinked company names, each once per article, with the passage around its first mention. */
    public void observe(List<CompanyLinker.Field> fields, List<CompanyMention> mentions) {
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        synchronized (this) {
            for (CompanyMention m : mentions) {
                String key = Tokens.key(m.name());
                if (m.companyId() != null || key.isEmpty() || !seen.add(key)) {
                    continue;
                }
                String text = fields.stream().filter(f -> f.field() == m.field()).findFirst().map(CompanyLinker.Field::text).orElse("");
                add(key, m.name(), context(text, m.begin(), m.end()), now);
            }
            if (dirty && file != null && !now.isBefore(lastFlush.plus(flushEvery))) {
                flush();
            }
        }
    }

    private void add(String key, String name, String context, Instant now) {
        Entry old = byKey.get(key);
        if (old == null && byKey.size() >= maxNames) {
            byKey.values().stream().min(Comparator.comparingInt(Entry::count).thenComparing(Entry::lastSeen))
                    .ifPresent(e -> byKey.remove(Tokens.key(e.name())));
        }
        List<String> contexts = new ArrayList<>(old == null ? List.of() : old.contexts());
        if (contexts.size() < CONTEXTS && !context.isEmpty() && !contexts.contains(context)) {
            contexts.add(context);
        }
        byKey.put(key, old == null ? new Entry(name, 1, now, now, contexts) : new Entry(old.name(), old.count() + 1, old.firstSeen(), now, contexts));
        dirty = true;
    }

    /** The passage around a mention, cut at word boundaries to at most {@link #CONTEXT_CHARS} characters, on one line. */
    static String context(String text, int begin, int end) {
        int room = Math.max(0, (CONTEXT_CHARS - (end - begin)) / 2);
        int from = Math.max(0, begin - room);
        int to = Math.min(text.length(), end + room);
        while (from > 0 && from < begin && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return s.length() > CONTEXT_CHARS ? s.substring(0, CONTEXT_CHARS) : s;
    }

    /** The candidates seen at least {@code minCount} times, most often seen first. */
    public synchronized List<Entry> list(int minCount) {
        return sorted(byKey.values(), minCount);
    }

    static List<Entry> sorted(java.util.Collection<Entry> entries, int minCount) {
        return entries.stream().filter(e -> e.count() >= minCount)
                .sorted(Comparator.comparingInt(Entry::count).reversed().thenComparing(Entry::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Writes the file now (temporary file, then an atomic rename: a reader never sees half a file). */
    public synchronized void flush() {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), sorted(byKey.values(), 1));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
            lastFlush = clock.instant();
        } catch (IOException e) {
            // the log is a convenience: the stage goes on classifying, and tries again at the next flush
            LOG.warn("could not write the gazetteer candidates to {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (dirty) {
                flush();
            }
        }
    }

    /** The candidates kept in a file; an unreadable file is an error that names it. */
    public static List<Entry> read(Path file) {
        try {
            List<Entry> entries = Json.mapper().readValue(file.toFile(), new TypeReference<List<Entry>>() {});
            return entries.stream().filter(e -> e.name() != null && !e.name().isBlank()).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("gazetteer candidates file " + file + ", " + io.wharf.model.ParseErrors.describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading gazetteer candidates file " + file, e);
        }
    }
}
