package io.wharf.classify.deals;

import java.util.List;
import java.util.Set;

/** Word sets written as lists: a word listed twice (in two languages) is kept once instead of failing at load. */
final class Words {
    private Words() {}

    static Set<String> of(String... words) {
        return Set.copyOf(List.of(words));
    }
}
