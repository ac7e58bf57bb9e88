package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names that need context alone (Apple, Oracle, Pivotal, Chef) count in lists of companies. */
class NameListsTest {
    static List<String> ids(String text) {
        return CompanyLinkerTest.ids(text);
    }

    @Test
    void aNameNeedingContextCountsBesideACertainCompany() {
        assertThat(ids("Google, Microsoft and Pivotal contributed to the project.")).contains("pivotal");
    }

    @Test
    void aTranscriptListWithoutCommasCounts() {
        assertThat(ids("it is used by tesla spotify cern ebay ibm oracle uber and lyft among others")).contains("oracle", "uber");
    }

    @Test
    void twoUncertainNamesAloneDoNotMakeAList() {
        assertThat(ids("the recipes for chef and puppet notes went into a grain of salt")).doesNotContain("chef", "puppet-labs");
    }

    @Test
    void aToolWordAfterTheNameStillWins() {
        assertThat(ids("Red Hat and Docker images were compared.")).doesNotContain("docker");
    }

    @Test
    void aSentenceBreakEndsTheList() {
        assertThat(ids("Support came from Microsoft. Oracle of the ancients was a myth.")).doesNotContain("oracle");
    }

    @Test
    void twoNamesSideBySideInCasedTextAreOneNameNotAList() {
        assertThat(ids("Players loved the Nintendo Switch and the Amazon Echo last year.")).doesNotContain("switch-4", "echo-d91c");
    }

    @Test
    void aWordAfterAnArticleStaysAWordInAList() {
        assertThat(ids("they put a switch cisco and juniper in the rack")).doesNotContain("switch-4");
    }
}
