package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {
    @Test
    void identicalTextsScorePerfectly() {
        ShingleScore s = ShingleScore.of("one two three four five", "one, two; three four five!");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void countsSharedShinglesByMultiplicity() {
        // extracted "a b c d e x": abcd bcde cdex; truth "a b c d e f g": abcd bcde cdef defg.
        // tp = 2, fp = 1, fn = 2, scaled by 5: precision 2/3, recall 2/4.
        ShingleScore s = ShingleScore.of("a b c d e x", "a b c d e f g");
        assertThat(s.tp()).isCloseTo(0.4, within(1e-9));
        assertThat(s.fp()).isCloseTo(0.2, within(1e-9));
        assertThat(s.fn()).isCloseTo(0.4, within(1e-9));
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aRepeatedShingleCountsOnlyAsOftenAsTheTruthHasIt() {
        // extracted: "w x y z w x y z" -> wxyz twice, xyzw, yzwx, zwxy; truth "w x y z" -> wxyz once: tp 1, fp 4.
        ShingleScore s = ShingleScore.of("w x y z w x y z", "w x y z");
        assertThat(s.precision()).isCloseTo(1.0 / 5, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void tokensAreUnicodeWords() {
        assertThat(ShingleScore.tokens("Çà va, 東京 naïve-ish 42")).containsExactly("Çà", "va", "東京", "naïve", "ish", "42");
    }

    @Test
    void edgeCasesWithoutShingles() {
        ShingleScore none = ShingleScore.of("", "too short");
        assertThat(none.precision()).isEqualTo(1.0);
        assertThat(none.recall()).isEqualTo(1.0);
        ShingleScore missed = ShingleScore.of("", "a b c d e");
        assertThat(missed.precision()).isZero();
        assertThat(missed.recall()).isZero();
        ShingleScore invented = ShingleScore.of("a b c d e", null);
        assertThat(invented.precision()).isZero();
    }

    @Test
    void averagesPerPageAndComputesF1FromTheAverages(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        page(dir, "p1", "<html><body><article><p>alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
                + " nu xi omicron pi</p></article></body></html>");
        page(dir, "p2", "<html><body><p>one two three four five six seven eight nine ten eleven twelve</p></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), "{"
                + "\"p1\":{\"articleBody\":\"alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi\",\"url\":\"http://a.example/1\"},"
                + "\"p2\":{\"articleBody\":\"completely different words that never appear in the page at all\",\"url\":\"http://a.example/2\"}}");
        ExtractionEvaluation.Scores scores = ExtractionEvaluation.evaluate(dir);
        assertThat(scores.pages()).isEqualTo(2);
        assertThat(scores.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.f1()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.perPage()).extracting(ExtractionEvaluation.PageScore::id).containsExactlyInAnyOrder("p1", "p2");
    }

    private static void page(Path dir, String id, String html) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
