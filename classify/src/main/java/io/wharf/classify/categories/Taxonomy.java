package io.wharf.classify.categories;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ecosystem categories, loaded from YAML data; immutable and thread-safe once loaded. */
public final class Taxonomy {
    public static final String BUNDLED = "/taxonomy/categories.yml";

    /** A keyword of a category, as the phrase index returns it. */
    public record Keyword(String categoryId, String phrase, boolean strong) {}

    record Document(List<CategoryDefinition> categories) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, CategoryDefinition> byId;
    private final Map<String, String> byCncf = new HashMap<>();
    private final PhraseIndex<Keyword> keywords = new PhraseIndex<>();

    private Taxonomy(List<CategoryDefinition> categories) {
        Map<String, CategoryDefinition> m = new LinkedHashMap<>();
        for (CategoryDefinition c : categories) {
            if (m.put(c.id(), c) != null) {
                throw new IllegalArgumentException("taxonomy: duplicate category id " + c.id());
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String s : c.strong()) {
                if (seen.add(Tokens.key(s))) {
                    keywords.add(s, new Keyword(c.id(), s, true));
                }
            }
            for (String k : c.keywords()) {
                if (seen.add(Tokens.key(k))) { // "ci/cd" and "ci cd" are one phrase to the tokenizer
                    keywords.add(k, new Keyword(c.id(), k, false));
                }
            }
            for (String n : c.cncf()) {
                byCncf.put(n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim(), c.id());
            }
        }
        this.byId = Map.copyOf(m);
    }

    public static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled taxonomy " + BUNDLED + " is missing");
            }
            return new Taxonomy(YAML.readValue(in, Document.class).categories());
        } catch (IOException e) {
            throw new IllegalStateException("the bundled taxonomy is unreadable: " + e.getMessage(), e);
        }
    }

    public static Taxonomy load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Taxonomy(YAML.readValue(in, Document.class).categories());
        } catch (IOException e) {
            throw new IllegalArgumentException("taxonomy file " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    public CategoryDefinition category(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public java.util.Collection<CategoryDefinition> categories() {
        return byId.values();
    }

    public PhraseIndex<Keyword> keywords() {
        return keywords;
    }

    /** The category id of a CNCF landscape "Category / Subcategory", or null when it maps to none. */
    public String forCncf(String category, String subcategory) {
        String full = (category + " / " + subcategory).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        String id = byCncf.get(full);
        return id != null ? id : byCncf.get((category + " / *").toLowerCase(Locale.ROOT));
    }
}
