package io.wharf.classify.categories;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wharf.classify.text.Inflections;
import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The ecosystem categories, loaded from YAML data; immutable and thread-safe once loaded. */
public final class Taxonomy {
    public static final String BUNDLED = "/taxonomy/categories.yml";

    /** How much one occurrence of a keyword says: decisive, ordinary, or an everyday word of the field. */
    public enum Tier { STRONG, KEYWORD, RELATED }

    /** A keyword of a category, as the phrase index returns it. */
    public record Keyword(String categoryId, String phrase, Tier tier) {}

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
            Set<String> seen = new HashSet<>();
            add(c, c.strong(), Tier.STRONG, seen);
            add(c, c.keywords(), Tier.KEYWORD, seen);
            add(c, c.related(), Tier.RELATED, seen);
            for (String n : c.cncf()) {
                byCncf.put(n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim(), c.id());
            }
        }
        this.byId = Map.copyOf(m);
    }

    /**
     * Indexes phrases under the first tier that lists them ("ci/cd" and "ci cd" are one phrase to the tokenizer),
     * then their other grammatical number where no tier of the category lists it.
     */
    private void add(CategoryDefinition c, List<String> phrases, Tier tier, Set<String> seen) {
        for (String p : phrases) {
            if (seen.add(Tokens.key(p))) {
                keywords.add(p, new Keyword(c.id(), p, tier));
            }
        }
        for (String p : phrases) {
            String other = Inflections.otherNumber(p);
            if (other != null && !listed(c, other) && seen.add(Tokens.key(other))) {
                keywords.add(other, new Keyword(c.id(), p, tier));
            }
        }
    }

    private static boolean listed(CategoryDefinition c, String phrase) {
        String key = Tokens.key(phrase);
        return java.util.stream.Stream.of(c.strong(), c.keywords(), c.related())
                .flatMap(List::stream).anyMatch(p -> Tokens.key(p).equals(key));
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("taxonomy file " + file + ", " + io.wharf.model.ParseErrors.describe(e), e);
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
