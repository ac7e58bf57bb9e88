package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wharf.classify.categories.Taxonomy;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer data is consistent: an entry added twice or a dangling reference is a bug in the data. */
class BundledGazetteerTest {
    static List<JsonNode> curated = new ArrayList<>();
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        for (String file : List.of(GazetteerLoader.CURATED, GazetteerLoader.MORE, GazetteerLoader.KNOWN)) {
            try (InputStream in = BundledGazetteerTest.class.getResourceAsStream(file)) {
                new ObjectMapper(new YAMLFactory()).readTree(in).path("companies").forEach(curated::add);
            }
        }
        gazetteer = GazetteerLoader.load(List.of(), null, Taxonomy.bundled());
    }

    @Test
    void everyCuratedIdIsListedOnceAcrossTheFiles() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        curated.forEach(c -> {
            if (!seen.add(c.path("id").asText())) {
                twice.add(c.path("id").asText());
            }
        });
        assertThat(twice).isEmpty();
    }

    @Test
    void acquirersParentsAndCategoriesExist() {
        Taxonomy taxonomy = Taxonomy.bundled();
        List<String> dangling = new ArrayList<>();
        curated.forEach(c -> {
            for (String ref : List.of("acquiredBy", "parent")) {
                String id = c.path(ref).asText(null);
                if (id != null && gazetteer.company(id) == null) {
                    dangling.add(c.path("id").asText() + "." + ref + "=" + id);
                }
            }
            c.path("categories").forEach(cat -> {
                if (!taxonomy.contains(cat.asText())) {
                    dangling.add(c.path("id").asText() + ".categories=" + cat.asText());
                }
            });
        });
        assertThat(dangling).isEmpty();
    }
}
