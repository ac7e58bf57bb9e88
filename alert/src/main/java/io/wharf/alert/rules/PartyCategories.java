package io.wharf.alert.rules;

import io.wharf.model.Deal;
import java.util.Set;

/**
 * The ecosystem categories of a party (storage, security...). The deal record carries none: app answers from
 * classify's gazetteer (a company's {@code categories}), which says what the company does, where an article's
 * categories would say what the article is about. A party the gazetteer does not know has none.
 */
@FunctionalInterface
public interface PartyCategories {
    Set<String> of(Deal.Party party);

    PartyCategories NONE = p -> Set.of();
}
