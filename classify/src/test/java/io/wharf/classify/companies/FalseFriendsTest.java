package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.nlp.EntitySpan;
import io.wharf.model.CompanyMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that look like a gazetteer company and are something else (issue 15's false friends). Passages written for these tests. */
class FalseFriendsTest {
    static List<CompanyMention> link(String text, List<EntitySpan> organizations) {
        var f = new CompanyLinker.Field(CompanyMention.Field.TEXT, text, organizations, List.of());
        return CompanyLinkerTest.LINKER.link(List.of(f)).mentions();
    }

    static List<String> names(String text) {
        return link(text, List.of()).stream().map(m -> m.companyId() != null ? m.companyId() : "name:" + m.name().toLowerCase()).toList();
    }

    /**
     * Regression: "X Ventures" was linked to X, the parent, and the arm itself was lost, for every arm the gazetteer lacks
     * (it lists Salesforce Ventures, not Twilio Ventures or Cloudflare's).
     */
    @Test
    void xVenturesIsTheInvestmentArmNotTheParent() {
        assertThat(names("The seed round was led by Twilio Ventures, and Datadog Capital Partners also took part."))
                .containsExactly("name:twilio ventures", "name:datadog capital partners");
        assertThat(names("the seed round was led by twilio ventures with cloudflare capital joining"))
                .containsExactly("name:twilio ventures", "name:cloudflare capital");
    }

    /** "capital" as an ordinary word after a company's name leaves the company alone. */
    @Test
    void theParentNamedBeforeAnOrdinaryCapitalStaysTheParent() {
        assertThat(names("analysts expect twilio capital spending to rise next year")).contains("twilio");
    }

    /** Regression: in a transcript "a conspicuous gap oracle declined" made Gap a company (the cue was Oracle's). */
    @Test
    void aGapAcrossASentenceEndInATranscriptIsNoCompany() {
        assertThat(names("the keynote left a conspicuous gap oracle declined to say when the scheduler would ship"))
                .containsExactly("oracle");
    }

    /**
     * Regression: "HP OpenView", the monitoring product, was taken for the firm OpenView Venture Partners. In written text
     * the name right after its maker is a product line; in a transcript "OpenView" is a word-like name that needs context.
     */
    @Test
    void hpOpenViewIsTheProductNotTheVentureFirm() {
        assertThat(names("Many banks still watch their servers with HP OpenView, and the new agent forwards alerts to it."))
                .containsExactly("hp");
        assertThat(names("many banks still watch their servers with hp openview and the new agent forwards alerts to it"))
                .containsExactly("hp");
    }

    /** Two companies in a list are both companies: "hp openview" must not swallow "google apple and microsoft". */
    @Test
    void companiesNamedSideBySideInATranscriptListStayCompanies() {
        assertThat(names("engineers from google apple and microsoft signed the letter")).contains("google", "apple", "microsoft");
    }

    /** Regression: "in addition" in a transcript was taken for the venture firm Addition. */
    @Test
    void inAdditionIsNoVentureFirm() {
        assertThat(names("in addition the company said it would hire forty engineers in lisbon")).isEmpty();
        assertThat(names("IN ADDITION THE COMPANY SAID IT WOULD HIRE FORTY ENGINEERS")).isEmpty();
    }

    /** The firm itself is still found where the words around it say so. */
    @Test
    void theVentureFirmAdditionIsStillFoundByItsCues() {
        assertThat(names("Addition, the venture firm, led the round.")).containsExactly("addition");
    }

    /**
     * Regression, Reuters: "SWEDISH MATCH AB &lt;SMBS.ST&gt;" linked STMicroelectronics through the ticker's ".ST" (the NER had
     * tagged the ticker an organisation).
     */
    @Test
    void swedishMatchsTickerIsNoStMicroelectronics() {
        String title = "SWEDISH MATCH AB <SMBS.ST> RAISES DIVIDEND";
        int at = title.indexOf("SMBS.ST");
        var f = new CompanyLinker.Field(CompanyMention.Field.TITLE, title, List.of(new EntitySpan("ORGANIZATION", "SMBS.ST", at, at + 7, 0.9)),
                List.of());
        assertThat(CompanyLinkerTest.LINKER.link(List.of(f)).mentions()).extracting(CompanyMention::companyId)
                .doesNotContain("stmicroelectronics");
    }
}
