package io.wharf.model;

import java.util.List;

/**
 * An ecosystem category an article touches.
 *
 * @param id       id from the taxonomy (e.g. {@code orchestration})
 * @param score    in [0, 1]
 * @param evidence what fired: phrases or companies, as text
 */
public record Category(String id, double score, List<String> evidence) {
    public Category {
        Checks.nonBlank(id, "category.id");
        Checks.unit(score, "category.score");
        evidence = Checks.list(evidence);
    }
}
