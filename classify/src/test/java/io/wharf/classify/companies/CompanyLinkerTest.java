package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.nlp.EntitySpan;
import io.wharf.model.CompanyMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyLinkerTest {
    static final Gazetteer GAZETTEER = GazetteerLoader.load(List.of(), null, Taxonomy.bundled());
    static final CompanyLinker LINKER = new CompanyLinker(GAZETTEER, new NonCompanyFilter(p -> false));

    static List<String> split(String orgText) {
        String text = "Led by " + orgText + ".";
        return LINKER.splitConjunction(text, new EntitySpan("ORGANIZATION", orgText, 7, 7 + orgText.length(), 0.6))
                .stream().map(EntitySpan::text).toList();
    }

    @Test
    void twoUnknownNamesJoinedByAndAreTwo() {
        assertThat(split("Borealis Capital and Northwind Securities")).containsExactly("Borealis Capital", "Northwind Securities");
    }

    @Test
    void aUnitNamedAAndBGroupStaysOne() {
        assertThat(split("Cloud and Enterprise Group")).containsExactly("Cloud and Enterprise Group");
    }

    @Test
    void aFirmNamedAAndBStaysOne() {
        assertThat(split("Procter and Gamble")).containsExactly("Procter and Gamble");
        assertThat(split("Research and Markets")).containsExactly("Research and Markets");
    }

    @Test
    void aLowerCaseSideIsNoName() {
        assertThat(split("Borealis and partners")).containsExactly("Borealis and partners");
    }

    @Test
    void anUnknownNameOnlyInATitleCaseHeadlineIsNotKept() {
        String title = "Acme Raises $40 Million as Container Downloads Top 20 Million";
        String text = "Acme Corp. closed a new round. Northwind Labs joined it.";
        var titleField = new CompanyLinker.Field(CompanyMention.Field.TITLE, title,
                List.of(new EntitySpan("ORGANIZATION", "Container Downloads Top", 22, 45, 0.9)), List.of());
        var textField = new CompanyLinker.Field(CompanyMention.Field.TEXT, text,
                List.of(new EntitySpan("ORGANIZATION", "Northwind Labs", 32, 46, 0.9)), List.of());
        assertThat(LINKER.link(List.of(titleField, textField)).mentions()).extracting(CompanyMention::name)
                .contains("Northwind Labs").doesNotContain("Container Downloads Top");
    }

    @Test
    void anUnknownNameInTheHeadlineThatTheBodyRepeatsIsKept() {
        String title = "Northwind Labs Raises $40 Million";
        String text = "Northwind Labs closed a new round.";
        var titleField = new CompanyLinker.Field(CompanyMention.Field.TITLE, title,
                List.of(new EntitySpan("ORGANIZATION", "Northwind Labs", 0, 14, 0.9)), List.of());
        var textField = new CompanyLinker.Field(CompanyMention.Field.TEXT, text, List.of(), List.of());
        assertThat(LINKER.link(List.of(titleField, textField)).mentions()).extracting(CompanyMention::field)
                .contains(CompanyMention.Field.TITLE);
    }

    /** Regression: in a transcript "arm" linked to Arm because "company" stood four words away. */
    @Test
    void inLowerCasedTextACommonWordNeedsTheCompanyWordRightBesideIt() {
        var f = new CompanyLinker.Field(CompanyMention.Field.TEXT, "led by gv the venture arm of the parent company", List.of(), List.of());
        assertThat(LINKER.link(List.of(f)).mentions()).extracting(CompanyMention::companyId).doesNotContain("arm");
        var g = new CompanyLinker.Field(CompanyMention.Field.TEXT, "chip designer arm said the deal closed", List.of(), List.of());
        assertThat(LINKER.link(List.of(g)).mentions()).extracting(CompanyMention::companyId).contains("arm");
    }

    @Test
    void aLandscapeCompanyKnownByAnOrdinaryWordNeedsContext() {
        assertThat(GAZETTEER.company("framework-52d4").ambiguous()).isTrue();
        var f = new CompanyLinker.Field(CompanyMention.Field.TEXT, "The new Framework release moved to the Cortex project.", List.of(), List.of());
        assertThat(LINKER.link(List.of(f)).mentions()).extracting(CompanyMention::companyId).doesNotContain("framework-52d4", "cortex-98f5");
    }

    static List<String> ids(String text) {
        var f = new CompanyLinker.Field(CompanyMention.Field.TEXT, text, List.of(), List.of());
        return LINKER.link(List.of(f)).mentions().stream().map(CompanyMention::companyId).toList();
    }

    @Test
    void inATranscriptAWordAfterAnArticleIsTheWord() {
        assertThat(ids("the company announced the release on march 5")).doesNotContain("release");
        assertThat(ids("uber technologies has open sourced kraken")).contains("uber");
    }

    @Test
    void spotInstancesAreNoCompany() {
        assertThat(ids("Workloads moved to Spot Instances when Spot was cheap.")).doesNotContain("spot-io");
    }

    @Test
    void inATranscriptAPossessiveWithoutItsApostropheOrAWorkplaceIsACue() {
        assertThat(ids("the toolbox installed oracle s virtualbox on every laptop")).contains("oracle");
        assertThat(ids("he had worked on infrastructure at twitter before")).contains("twitter");
        assertThat(ids("the oracle spoke of many things")).doesNotContain("oracle");
    }
}
