package io.wharf.classify.categories;

import java.util.List;

/**
 * One category of the taxonomy.
 *
 * @param keywords phrases that are evidence for it, matched on words, case-insensitively
 * @param strong   the keywords that alone are decisive
 * @param related  everyday words of the field ("breach", "operating system"): weak evidence, capped per article,
 *                 that tips the balance between categories without deciding one alone
 * @param cncf     CNCF landscape "Category / Subcategory" names that map to it
 */
public record CategoryDefinition(String id, String name, String description, List<String> keywords, List<String> strong,
                                 List<String> related,
                                 List<String> cncf) {
    public CategoryDefinition {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("taxonomy category id '" + id + "' must be lower-case letters, digits and '-'");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        strong = strong == null ? List.of() : List.copyOf(strong);
        related = related == null ? List.of() : List.copyOf(related);
        cncf = cncf == null ? List.of() : List.copyOf(cncf);
    }
}
