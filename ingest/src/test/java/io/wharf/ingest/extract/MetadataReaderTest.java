package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    @Test
    void cleansSiteNamesOffTitles() {
        assertThat(MetadataReader.cleanTitle("Tide tables go digital | Coastal Gazette", null))
                .isEqualTo("Tide tables go digital");
        assertThat(MetadataReader.cleanTitle("Tide tables go digital - The Coastal Gazette Online", "The Coastal Gazette Online"))
                .isEqualTo("Tide tables go digital");
        assertThat(MetadataReader.cleanTitle("Coastal Gazette | Tide tables go digital", "Coastal Gazette"))
                .isEqualTo("Tide tables go digital");
        // A colon inside the headline is not a separator, and a long last part is part of the headline.
        assertThat(MetadataReader.cleanTitle("Fact check: is the pier closing?", null))
                .isEqualTo("Fact check: is the pier closing?");
        assertThat(MetadataReader.cleanTitle("Ferries - a history of the night crossings on the bay", null))
                .isEqualTo("Ferries - a history of the night crossings on the bay");
    }

    @Test
    void normalisesLanguageCodes() {
        assertThat(MetadataReader.isoCode("en-GB")).isEqualTo("en");
        assertThat(MetadataReader.isoCode("pt_BR")).isEqualTo("pt");
        assertThat(MetadataReader.isoCode("DE")).isEqualTo("de");
        assertThat(MetadataReader.isoCode("deu")).isEqualTo("de");
        assertThat(MetadataReader.isoCode("english")).isNull();
        assertThat(MetadataReader.isoCode("xyz")).isNull();
    }
}
