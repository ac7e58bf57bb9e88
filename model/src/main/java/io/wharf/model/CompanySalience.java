package io.wharf.model;

/**
 * How much an article is about one company: the article's companies are ranked by this.
 *
 * @param companyId canonical id, or null for an organisation not in the gazetteer
 * @param salience  in [0, 1]; 1 = the article is centrally about it (title, lead, most mentions)
 * @param mentions  how many times it is mentioned
 */
public record CompanySalience(String companyId, String name, double salience, int mentions) {
    public CompanySalience {
        Checks.nonBlank(name, "company.name");
        Checks.unit(salience, "company.salience");
        if (mentions < 0) {
            throw new IllegalArgumentException("company.mentions must not be negative");
        }
    }
}
