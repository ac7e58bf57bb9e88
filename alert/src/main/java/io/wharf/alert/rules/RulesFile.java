package io.wharf.alert.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wharf.model.Deal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the rules file ({@code rules:} a list of {@link AlertRule}). A mistake (an unknown key, a misspelt status, a
 * bad amount, an unknown channel or category, two rules of one name) refuses the whole file with its name, line
 * and reason: a rule silently ignored would be an alert never sent. Rules are read one by one from the YAML stream
 * so that an error Jackson finds has its own line, and one found after binding has the line of its rule.
 */
public final class RulesFile {
    /** A rule as written; fields are set as they are read, so an unknown key or a bad value is located exactly. */
    static final class Spec {
        public String name;
        public Set<Deal.Type> type;
        public Set<Deal.Status> status;
        public List<String> watchlist;
        public Set<String> categories;
        public String minAmount;
        public Double minConfidence;
        public List<String> channels;
        public Set<UpdateKind> updates;
    }

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private RulesFile() {}

    /** @param knownCategories the taxonomy's category ids, or empty to accept any */
    public static List<AlertRule> load(Path file, Set<String> knownCategories) {
        try (JsonParser p = MAPPER.createParser(Files.readAllBytes(file))) {
            return read(p, knownCategories);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rules file " + file + ": " + describe(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the rules file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rules file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<AlertRule> read(JsonParser p, Set<String> knownCategories) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME || !p.currentName().equals("rules")
                || p.nextToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException(at(p) + "expected 'rules:' with a list of rules");
        }
        List<AlertRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String where = at(p);
            Spec s = MAPPER.readValue(p, Spec.class);
            AlertRule r;
            try {
                r = AlertRule.of(s.name, s.type, s.status, s.watchlist, s.categories, s.minAmount, s.minConfidence, s.channels, s.updates);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
            if (!names.add(r.name())) {
                throw new IllegalArgumentException(where + "two rules are named '" + r.name() + "'");
            }
            for (String c : r.categories()) {
                if (!knownCategories.isEmpty() && !knownCategories.contains(c)) {
                    throw new IllegalArgumentException(where + "rule " + r.name() + ": unknown category '" + c + "', expected one of "
                            + new TreeSet<>(knownCategories));
                }
            }
            rules.add(r);
        }
        if (p.currentToken() != JsonToken.END_ARRAY || p.nextToken() != JsonToken.END_OBJECT) {
            throw new IllegalArgumentException(at(p) + "expected a rule (a map of keys), or only 'rules:' at the top");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no rules");
        }
        return List.copyOf(rules);
    }

    private static String at(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
    }

    /** "line 7, column 5: reason" (shared with the other loaders: {@link io.wharf.model.ParseErrors}). */
    static String describe(JsonProcessingException e) {
        return io.wharf.model.ParseErrors.describe(e);
    }
}
