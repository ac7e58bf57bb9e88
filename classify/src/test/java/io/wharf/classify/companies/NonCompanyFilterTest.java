package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonCompanyFilterTest {
    static final NonCompanyFilter FILTER = new NonCompanyFilter(p -> false);

    static boolean excluded(String name) {
        return FILTER.excluded(name, CompanyLinkerTest.GAZETTEER);
    }

    @Test
    void citiesStatesAndCountriesTheNerCallsOrganisationsAreNotCompanies() {
        assertThat(excluded("Barcelona")).isTrue();
        assertThat(excluded("Las Vegas")).isTrue();
        assertThat(excluded("San Jose")).isTrue();
        assertThat(excluded("California")).isTrue();
    }

    @Test
    void unknownCompanyNamesStay() {
        assertThat(excluded("Borealis Data Systems")).isFalse();
        assertThat(excluded("Quillbyte")).isFalse();
        assertThat(excluded("Tarnwick Analytics")).isFalse();
    }

    @Test
    void institutionsAndProductShapedNamesAreNotCompanies() {
        assertThat(excluded("Stanford University")).isTrue();
        assertThat(excluded("Unified Network Security Platform")).isTrue();
    }
}
