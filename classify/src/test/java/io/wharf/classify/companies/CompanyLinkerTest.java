package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.nlp.EntitySpan;
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
}
