package io.wharf.model;

/**
 * A company named in an article.
 *
 * @param companyId  canonical id from the gazetteer, or null when the name is not linked to a known company
 * @param name       display name of the company, or the normalised surface form when unlinked
 * @param surface    the text exactly as it appears
 * @param field      which article field the offsets refer to
 * @param begin      character offset of the first char in that field
 * @param end        character offset one past the last char
 */
public record CompanyMention(
        String companyId,
        String name,
        String surface,
        Field field,
        int begin,
        int end,
        double confidence) {

    public enum Field { TITLE, TEXT }

    public CompanyMention {
        Checks.nonBlank(name, "mention.name");
        Checks.nonBlank(surface, "mention.surface");
        Checks.nonNull(field, "mention.field");
        Checks.span(begin, end, "mention");
        Checks.unit(confidence, "mention.confidence");
    }

    public boolean linked() {
        return companyId != null;
    }
}
