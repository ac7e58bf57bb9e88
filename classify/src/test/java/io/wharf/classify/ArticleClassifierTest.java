package io.wharf.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.CompanyMention;
import io.wharf.model.EnrichedArticle;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real CoreNLP models. */
class ArticleClassifierTest {
    static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 2_000));
    }

    private static Article article(String title, String text) {
        return new Article(ArticleIds.of("https://x.test/" + title.hashCode()), "https://x.test/a", "https://x.test/a", "test",
                title, text, "", null, Instant.now(), null, null);
    }

    @Test
    void organizationMentionsCarryOffsetsIntoTheirField() {
        String text = "Microsoft Corp. and IBM joined the Cloud Native Computing Foundation on Tuesday, "
                + "the Linux Foundation said.";
        EnrichedArticle e = new ArticleClassifier(annotator, Clock.systemUTC()).classify(article("Vendors line up", text));
        assertThat(e.mentions()).extracting(CompanyMention::name).contains("Microsoft", "IBM");
        for (CompanyMention m : e.mentions()) {
            String field = m.field() == CompanyMention.Field.TITLE ? e.article().title() : e.article().text();
            assertThat(field.substring(m.begin(), m.end())).isEqualTo(m.surface());
        }
        assertThat(e.pipelineVersion()).isEqualTo(ArticleClassifier.PIPELINE_VERSION);
    }

    @Test
    void aTextOverTheCharacterBoundIsRefusedWithTheReason() {
        String longText = "Kubernetes. ".repeat(300);
        assertThatThrownBy(() -> new ArticleClassifier(annotator, Clock.systemUTC()).classify(article("t", longText)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classify.max.chars");
    }
}
