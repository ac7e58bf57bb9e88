package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.text.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestorNamesTest {
    static List<String> names(String text, boolean lowerCased) {
        return InvestorNames.find(text, Tokens.words(text), lowerCased).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void capitalisedWordsBeforeAFirmSuffixAreAFirm() {
        assertThat(names("The round was led by Tribe Capital, with Fuel Capital and Nexus Venture Partners joining.", false))
                .containsExactly("Tribe Capital", "Fuel Capital", "Nexus Venture Partners");
    }

    @Test
    void capitalAsAnOrdinaryWordIsNoFirm() {
        assertThat(names("Seed money and venture capital were scarce; it raised growth capital and working capital.", false)).isEmpty();
        assertThat(names("It raised capital from Borealis friends.", false)).isEmpty();
        assertThat(names("She moved to Capital One in 2019.", false)).isEmpty();
        assertThat(names("Startup Raises Venture Capital", false)).isEmpty();
    }

    @Test
    void inLowerCasedTextTheNameRunsBackToAWordNoNameHas() {
        assertThat(names("its series a money comes from index ventures nexus venture partners and ame cloud ventures", true))
                .containsExactly("index ventures", "nexus venture partners", "ame cloud ventures");
        assertThat(names("existing backers ame cloud ventures and newcomer key 1 capital put in more", true))
                .containsExactly("ame cloud ventures", "key 1 capital");
        assertThat(names("it raised venture capital from 2 capital", true)).isEmpty();
        assertThat(names("tribe capital led the round", true)).containsExactly("tribe capital");
    }

    /** Review of the fifth session: without a funding cue, transcripts made firms of ordinary phrases. */
    @Test
    void inLowerCasedTextAFirmNeedsACueOfFundingNews() {
        assertThat(names("the startup needs capital to grow and spent political capital on it", true)).isEmpty();
        assertThat(names("it cut capital spending and closed its joint ventures and new business ventures", true)).isEmpty();
    }

    @Test
    void aNameDoesNotRunAcrossASentenceEnd() {
        assertThat(names("It is based in Boston. Tribe Capital led the round.", false)).containsExactly("Tribe Capital");
    }
}
