package io.wharf.classify.companies;

import java.util.List;

/**
 * A company of the gazetteer.
 *
 * @param aliases    other and former names as people write them
 * @param categories taxonomy ids of what the company does: a prior for the article's categories
 * @param acquiredBy id of the company that bought it, or null
 * @param ambiguous  the name is also a common word, a tool or a product: a match needs supporting context
 * @param caseSensitive a single-word name taken from a list (not curated): it must be written capitalised
 */
public record Company(String id, String name, List<String> aliases, List<String> domains, List<String> categories,
                      String acquiredBy, String parent, boolean ambiguous, boolean caseSensitive, List<String> products) {
    public Company {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a gazetteer company needs an id and a name, got id=" + id + " name=" + name);
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? List.of() : List.copyOf(domains);
        categories = categories == null ? List.of() : List.copyOf(categories);
        products = products == null ? List.of() : List.copyOf(products);
    }
}
