package io.wharf.classify.companies;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.classify.categories.Taxonomy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the CNCF landscape (landscape.yml): the members are companies (id = Crunchbase organization slug); every
 * other item is a product or project whose owner is its Crunchbase organization and whose subcategory maps to a
 * taxonomy category. Owners that are known companies inherit their products' categories as a prior.
 */
public final class LandscapeImporter {
    private static final String MEMBERS = "cncf members";

    private LandscapeImporter() {}

    public static GazetteerLoader.Document read(Path landscape, Taxonomy taxonomy) {
        JsonNode root;
        try {
            root = GazetteerLoader.YAML.readTree(landscape.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("landscape file " + landscape + " is unreadable: " + e.getMessage(), e);
        }
        Map<String, String[]> members = new LinkedHashMap<>(); // id -> {name, domain}
        Map<String, Set<String>> ownerCategories = new LinkedHashMap<>();
        List<GazetteerLoader.ProductEntry> products = new ArrayList<>();
        for (JsonNode category : root.path("landscape")) {
            String cat = category.path("name").asText();
            for (JsonNode sub : category.path("subcategories")) {
                String subName = sub.path("name").asText();
                String mapped = taxonomy.forCncf(cat, subName);
                for (JsonNode item : sub.path("items")) {
                    String name = item.path("name").asText("").trim();
                    String owner = slug(item.path("crunchbase").asText(null));
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (cat.toLowerCase(Locale.ROOT).equals(MEMBERS)) {
                        members.putIfAbsent(owner != null ? owner : slugOf(name), new String[] {cleanMemberName(name), ownDomain(item, name)});
                    } else {
                        products.add(new GazetteerLoader.ProductEntry(name, owner, mapped == null ? List.of() : List.of(mapped)));
                        if (owner != null && mapped != null) {
                            ownerCategories.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(mapped);
                        }
                    }
                }
            }
        }
        List<GazetteerLoader.CompanyEntry> companies = new ArrayList<>();
        members.forEach((id, v) -> companies.add(new GazetteerLoader.CompanyEntry(id, v[0], List.of(),
                v[1] == null ? List.of() : List.of(v[1]), List.copyOf(ownerCategories.getOrDefault(id, Set.of())), null, null,
                null, v[0].split("\\s+").length == 1 ? Boolean.TRUE : null, List.of())));
        return new GazetteerLoader.Document(List.of(), companies, products);
    }

    /** "Acme Corp (Member)" style decorations are not part of the name people write. */
    static String cleanMemberName(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").trim();
    }

    static String slug(String crunchbaseUrl) {
        if (crunchbaseUrl == null || crunchbaseUrl.isBlank()) {
            return null;
        }
        String s = crunchbaseUrl.replaceAll("/+$", "");
        return s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** The id of an organisation the gazetteer does not know: "Dassault Systèmes" -> dassault-systemes (accents dropped, as in slugs). */
    public static String slugOf(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    /** Hosts many organisations use as their home page: a member whose page is on one does not own that domain. */
    private static final Set<String> SHARED_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org", "sourceforge.net",
            "medium.com", "linkedin.com", "twitter.com", "x.com", "facebook.com", "sites.google.com");

    /** The member's own web domain; not github.com for a member whose home page is a GitHub organisation (BoCloud). */
    static String ownDomain(JsonNode item, String name) {
        String host = domain(item);
        if (host != null && SHARED_HOSTS.contains(host) && !slugOf(name).startsWith(host.substring(0, host.indexOf('.')))) {
            return null;
        }
        return host;
    }

    private static String domain(JsonNode item) {
        try {
            String host = URI.create(item.path("homepage_url").asText("")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
