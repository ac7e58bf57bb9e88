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

    /** train6 p003: "CNCF Sandbox" was kept as a company. */
    @Test
    void aFoundationsProgrammesAreNotCompanies() {
        assertThat(excluded("CNCF Sandbox")).isTrue();
        assertThat(excluded("OpenSSF Scorecard")).isTrue();
        assertThat(excluded("OSI Systems")).isFalse();
    }

    /** train4 y003, y019, y025, y027: a lab, the White House office, ICE and an exchange were kept as companies. */
    @Test
    void publicBodiesAndExchangesAreNotCompanies() {
        assertThat(excluded("Jet Propulsion Laboratory")).isTrue();
        assertThat(excluded("Office of the President")).isTrue();
        assertThat(excluded("Customs Enforcement")).isTrue();
        assertThat(excluded("Frankfurt Stock Exchange")).isTrue();
        assertThat(excluded("Abbott Laboratories")).isFalse();
        assertThat(excluded("London Stock Exchange Group")).isFalse();
    }

    /** train5 z012, z026, z038: a conference, a specification and a licence were kept as companies. */
    @Test
    void conferencesSpecificationsAndLicencesAreNotCompanies() {
        assertThat(excluded("HashiConf Digital")).isTrue();
        assertThat(excluded("Service Mesh Interface")).isTrue();
        assertThat(excluded("GNU Affero General Public License")).isTrue();
        assertThat(excluded("Beacon Systems")).isFalse();
    }
}
