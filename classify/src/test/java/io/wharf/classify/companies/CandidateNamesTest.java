package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.CompanyMention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateNamesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static void article(CandidateNames log, String text) {
        var f = new CompanyLinker.Field(CompanyMention.Field.TEXT, text, List.of(), List.of());
        new CompanyLinker(CompanyLinkerTest.GAZETTEER, new NonCompanyFilter(p -> false), log).link(List.of(f));
    }

    @Test
    void aNameIsCountedOncePerArticleWithItsPassage() {
        CandidateNames log = new CandidateNames(null, 100, Duration.ofMinutes(1), CLOCK);
        article(log, "Kubeshield, a Boston-based startup, sells tracing tools. Kubeshield's founder said so.");
        article(log, "Kubeshield, a Boston-based startup, opened an office in Lisbon.");
        assertThat(log.list(1)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Kubeshield");
            assertThat(e.count()).isEqualTo(2);
            assertThat(e.contexts()).hasSize(2).allMatch(c -> c.contains("Kubeshield") && c.length() <= CandidateNames.CONTEXT_CHARS);
        });
        assertThat(log.list(3)).isEmpty();
    }

    @Test
    void aKnownCompanyIsNoCandidate() {
        CandidateNames log = new CandidateNames(null, 100, Duration.ofMinutes(1), CLOCK);
        article(log, "Docker, a San Francisco-based company, raised money.");
        assertThat(log.list(1)).isEmpty();
    }

    @Test
    void theLogStaysWithinItsCapsOfNamesContextsAndLength() {
        CandidateNames log = new CandidateNames(null, 3, Duration.ofMinutes(1), CLOCK);
        for (String name : List.of("Alderbeam", "Birchloop", "Cedarwire", "Dunemesh")) {
            article(log, name + ", a Boston-based startup, said so.");
        }
        article(log, "Dunemesh, a Boston-based startup, said so again.");
        for (int i = 0; i < 6; i++) {
            article(log, "Dunemesh, a Boston-based startup, " + "went on and on ".repeat(30) + i);
        }
        assertThat(log.list(1)).hasSize(3).first().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Dunemesh");
            assertThat(e.contexts()).hasSize(CandidateNames.CONTEXTS).allMatch(c -> c.length() <= CandidateNames.CONTEXT_CHARS);
        });
    }

    @Test
    void whatWasKeptIsReadBackAfterARestart() throws Exception {
        Path file = dir.resolve("data/gazetteer-candidates.json");
        try (CandidateNames log = new CandidateNames(file, 100, Duration.ofHours(1), CLOCK)) {
            article(log, "Kubeshield, a Boston-based startup, sells tracing tools.");
            assertThat(file).doesNotExist(); // not yet: writes are at most once per flush interval, and on close
        }
        assertThat(CandidateNames.read(file)).extracting(CandidateNames.Entry::name).containsExactly("Kubeshield");
        try (CandidateNames again = new CandidateNames(file, 100, Duration.ZERO, CLOCK)) {
            article(again, "Kubeshield, a Boston-based startup, opened an office.");
            assertThat(CandidateNames.read(file)).singleElement().extracting(CandidateNames.Entry::count).isEqualTo(2);
        }
        assertThat(Files.list(file.getParent())).hasSize(1); // no temporary files left behind
    }

    /** One log serves all classify threads: no count is lost when they record at once. */
    @Test
    void threadsSharingOneLogLoseNoCount() throws Exception {
        CandidateNames log = new CandidateNames(null, 100, Duration.ofMinutes(1), CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> article(log, "Kubeshield, a Boston-based startup, said so."));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log.list(1)).singleElement().extracting(CandidateNames.Entry::count).isEqualTo(200);
    }
}
