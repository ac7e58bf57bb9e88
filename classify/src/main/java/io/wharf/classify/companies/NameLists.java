package io.wharf.classify.companies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists of company names ("Twitter, Airbnb and Apple", or "tesla spotify cern ebay" in a transcript): a name that
 * alone would need context to count as the company counts when it stands in a list with a company that is certain,
 * or in a list of three names or more. Names such as Apple, Oracle or Pivotal are rarely given any other cue in
 * the lists of users, backers and contributors that the trade press writes.
 */
final class NameLists {
    /** What may stand between two names of one list: separators and a conjunction, nothing else. */
    private static final Pattern SEPARATOR = Pattern.compile("(?i)[\\s,;/&]*(?:\\b(?:and|or)\\b)?[\\s,]*");
    /** In normally cased text a list is written with commas or a conjunction: "Nintendo Switch" is one name, not two. */
    private static final Pattern MARKED = Pattern.compile("(?i).*(?:[,;/&]|\\band\\b|\\bor\\b).*", Pattern.DOTALL);
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)[,;/&]|\\b(?:and|or)\\b");
    private static final java.util.Set<String> LIST_OPENERS = java.util.Set.of("from", "by", "including", "include",
            "includes", "included", "like", "investors", "backers", "customers", "partners", "rivals", "competitors");
    private static final double CONFIDENCE = 0.7;
    private static final int LONG_LIST = 3;

    private NameLists() {}

    /** Raises to {@link #CONFIDENCE} the zero confidences of list members that may be names; in place. */
    static void raiseListMembers(List<NameCandidate> candidates, double[] confidence, boolean lowerCased) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> candidates.get(i).field().field().ordinal())
                .thenComparingInt(i -> candidates.get(i).begin()));
        List<Integer> chain = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            if (!chain.isEmpty() && !adjacent(candidates.get(chain.get(chain.size() - 1)), candidates.get(order.get(k)), lowerCased)) {
                raiseIfList(chain, candidates, confidence, lowerCased);
                chain.clear();
            }
            chain.add(order.get(k));
        }
        raiseIfList(chain, candidates, confidence, lowerCased);
    }

    private static void raiseIfList(List<Integer> chain, List<NameCandidate> candidates, double[] confidence, boolean lowerCased) {
        if (chain.size() < 2) {
            return;
        }
        boolean certain = chain.stream().anyMatch(i -> confidence[i] > 0);
        if (!certain && chain.size() < LONG_LIST) {
            return;
        }
        if (lowerCased && chain.size() < LONG_LIST && !conjoined(candidates.get(chain.get(0)), candidates.get(chain.get(1)))
                && !introduced(candidates.get(chain.get(0)))) {
            return; // two names side by side in a transcript may stand in two sentences: "a conspicuous gap oracle declined"
        }
        for (int i : chain) {
            if (confidence[i] == 0 && candidates.get(i).mayBeName(lowerCased)) {
                confidence[i] = CONFIDENCE;
            }
        }
    }

    /** "from benchmark insight partners", "backed by": a word that opens a list of companies stands before the first name. */
    private static boolean introduced(NameCandidate first) {
        int before = first.hit().firstToken() - 1;
        return before >= 0 && LIST_OPENERS.contains(first.tokens().get(before).norm());
    }

    private static boolean conjoined(NameCandidate a, NameCandidate b) {
        return CONJUNCTION.matcher(a.field().text().substring(a.end(), b.begin())).find();
    }

    private static boolean adjacent(NameCandidate a, NameCandidate b, boolean lowerCased) {
        if (a.field() != b.field() || b.begin() < a.end()) {
            return false;
        }
        String gap = a.field().text().substring(a.end(), b.begin());
        return SEPARATOR.matcher(gap).matches() && (lowerCased || MARKED.matcher(gap).matches());
    }
}
