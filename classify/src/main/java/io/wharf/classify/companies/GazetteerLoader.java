package io.wharf.classify.companies;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.text.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the gazetteer from data: the bundled curated file, the bundled file derived from the CNCF landscape, then
 * the user's own files in the same format and, optionally, a landscape.yml read directly. A later source
 * overrides an earlier one company by company (same id), except that a curated entry keeps its facts over a
 * landscape-derived one.
 */
public final class GazetteerLoader {
    public static final String CURATED = "/gazetteer/companies.yml";
    public static final String LANDSCAPE_DERIVED = "/gazetteer/cncf-landscape.yml";
    /** More vendors, consultancies, analysts and investors of the field, in the curated format. */
    public static final String MORE = "/gazetteer/more-companies.yml";
    /** Well-known companies outside the field that its press names: customers, users, media, investors, big tech. */
    public static final String KNOWN = "/gazetteer/known-companies.yml";

    /** The YAML form; also what {@link LandscapeImporter} writes. */
    public record Document(List<String> stoplist, List<CompanyEntry> companies, List<ProductEntry> products, List<String> ordinaryWords,
                           List<String> idioms, List<String> clearNames) {
        public Document(List<String> stoplist, List<CompanyEntry> companies, List<ProductEntry> products) {
            this(stoplist, companies, products, List.of(), List.of(), List.of());
        }
    }

    public record CompanyEntry(String id, String name, List<String> aliases, List<String> domains, List<String> categories,
                               String acquiredBy, String parent, Boolean ambiguous, Boolean caseSensitive, List<String> products) {
        Company toCompany() {
            return new Company(id, name, aliases, domains, categories, acquiredBy, parent, Boolean.TRUE.equals(ambiguous),
                    Boolean.TRUE.equals(caseSensitive), products);
        }
    }

    public record ProductEntry(String name, String owner, List<String> categories) {}

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, Company> companies = new LinkedHashMap<>();
    private final List<Product> products = new ArrayList<>();
    private final List<String> stoplist = new ArrayList<>();
    private final java.util.Set<String> ordinaryWords = new java.util.HashSet<>();
    private final List<String> idioms = new ArrayList<>();
    private final java.util.Set<String> clearNames = new java.util.HashSet<>();

    /** The bundled data, plus user gazetteer files and an optional landscape.yml. */
    public static Gazetteer load(List<Path> userFiles, Path landscape, Taxonomy taxonomy) {
        GazetteerLoader l = new GazetteerLoader();
        l.addDerived(bundled(LANDSCAPE_DERIVED));
        l.add(bundled(CURATED));
        l.add(bundled(MORE));
        l.add(bundled(KNOWN));
        if (landscape != null) {
            l.addDerived(LandscapeImporter.read(landscape, taxonomy));
        }
        for (Path f : userFiles) {
            l.add(read(f));
        }
        return new Gazetteer(l.companies.values().stream().map(l::markOrdinary).toList(), l.products, l.stoplist, l.idioms, l.clearNames);
    }

    private void add(Document d) {
        merge(d, true);
    }

    private void addDerived(Document d) {
        merge(d, false);
    }

    private void merge(Document d, boolean curated) {
        if (d.stoplist() != null) {
            stoplist.addAll(d.stoplist());
        }
        if (d.clearNames() != null) {
            d.clearNames().forEach(w -> clearNames.add(Tokens.key(w)));
        }
        if (d.idioms() != null) {
            idioms.addAll(d.idioms());
        }
        if (d.ordinaryWords() != null) {
            d.ordinaryWords().forEach(w -> ordinaryWords.add(Tokens.key(w)));
        }
        if (d.companies() != null) {
            for (CompanyEntry e : d.companies()) {
                Company c = e.toCompany();
                if (curated || !companies.containsKey(c.id())) {
                    companies.put(c.id(), c);
                }
                for (String p : c.products()) {
                    products.add(new Product(p, c.id(), List.of()));
                }
            }
        }
        if (d.products() != null) {
            for (ProductEntry p : d.products()) {
                products.add(new Product(p.name(), p.owner(), p.categories()));
            }
        }
    }

    /**
     * A company known by an ordinary word ("Framework", "Port", "Cortex") needs context wherever it is listed: the
     * landscape-derived entries are regenerated, so the mark lives in the curated file's `ordinaryWords`.
     */
    private Company markOrdinary(Company c) {
        boolean ordinary = Stream.concat(Stream.of(c.name()), c.aliases().stream())
                .anyMatch(n -> ordinaryWords.contains(Tokens.key(n)));
        return ordinary && !c.ambiguous() ? new Company(c.id(), c.name(), c.aliases(), c.domains(), c.categories(), c.acquiredBy(),
                c.parent(), true, c.caseSensitive(), c.products()) : c;
    }

    static Document bundled(String resource) {
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Document(List.of(), List.of(), List.of());
            }
            return YAML.readValue(in, Document.class);
        } catch (IOException e) {
            throw new IllegalStateException("bundled gazetteer " + resource + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Reads a user file alone, to check the configuration before the classifier loads; throws what {@link #load} would. */
    public static void check(Path file) {
        read(file);
    }

    static Document read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, Document.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("gazetteer file " + file + ", " + io.wharf.model.ParseErrors.describe(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("gazetteer file " + file + " is unreadable: " + e.getMessage(), e);
        }
    }
}
