package io.wharf.classify.deals;

/**
 * A company (or a stand-in for one, such as "the startup") in a sentence, by token indices [from, to).
 *
 * @param companyId gazetteer id, or null for an unlinked name
 * @param standIn   "the company", "the Boston-based startup", "it": resolved to a named company of the article
 * @param guessed   a name read from its position alone (lower-cased text, a name neither gazetteer nor NER knows)
 */
record PartySpan(int from, int to, String companyId, String name, boolean standIn, boolean guessed) {
    PartySpan resolvedTo(PartySpan named) {
        return new PartySpan(from, to, named.companyId(), named.name(), false, named.guessed());
    }

    String key() {
        return companyId != null ? companyId : io.wharf.model.Deal.Party.nameKey(name);
    }
}
