package io.wharf.classify.companies;

import java.util.List;

/** A product or project: evidence for categories, never a company mention (its maker is not named by it). */
public record Product(String name, String ownerId, List<String> categories) {
    public Product {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
