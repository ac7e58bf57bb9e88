package io.wharf.classify.companies;

import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Investment firms by the shape of their names: one to three words before "Ventures", "Capital" or "Venture / Capital
 * Partners" ("Tribe Capital", "AME Cloud Ventures", "Nexus Venture Partners"). Funding news names many small firms
 * no gazetteer lists, and the NER misses them in lower-cased text and often in written text too. In written text
 * the words before the suffix must be capitalised; in lower-cased text they run back to a word that cannot be part of
 * a name ("led by", "from", "and"). Stateless, thread-safe.
 */
final class InvestorNames {
    /** A name found, as offsets in the field's text. */
    record Span(int begin, int end) {}

    private static final int MAX_WORDS = 3;
    private static final Set<String> SUFFIX = Set.of("ventures", "capital");
    private static final Set<String> BEFORE_PARTNERS = Set.of("venture", "capital");
    /** Words that end a name when read backwards from the suffix: function words, verbs and nouns of funding news. */
    private static final Set<String> NOT_NAME = Set.of("a", "an", "the", "and", "or", "of", "by", "from", "with", "to", "in",
            "at", "for", "on", "as", "its", "their", "his", "her", "our", "is", "was", "were", "are", "be", "has", "have", "had",
            "which", "that", "who", "said", "says", "also", "plus", "alongside", "among", "including", "include", "includes", "included",
            "led", "leads", "lead", "leading", "joined", "joins", "join", "backed", "backs", "raised", "raises", "raise",
            "raising", "invested", "investors", "investor", "backers", "backer", "newcomer", "newcomers", "investment", "investing", "firm", "firms", "fund", "funds",
            "existing", "new", "returning", "previous", "earlier", "participation", "round", "series", "seed", "other", "others",
            "venture", "growth", "private", "working", "human", "risk", "corporate", "strategic", "more", "additional", "fresh",
            "total", "million", "billion", "dollars", "partner", "partners", "general", "managing", "arm", "cloud's",
            "s", "well", "both", "each", "every", "this", "these", "those", "it", "they", "we", "he", "she", "but", "not");
    /** "Venture capital", "growth capital": the suffix after these is no firm's name. */
    private static final Set<String> GENERIC_BEFORE = Set.of("venture", "growth", "private", "working", "human", "risk",
            "corporate", "strategic", "seed", "startup", "patient", "more", "additional", "fresh", "raise", "raised", "new");

    private InvestorNames() {}

    static List<Span> find(String text, List<Token> tokens, boolean lowerCased) {
        List<Span> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            int last = suffixEnd(tokens, i);
            if (last < 0 || GENERIC_BEFORE.contains(tokens.get(i - 1).norm())
                    || !lowerCased && Character.isLowerCase(text.charAt(tokens.get(i).begin()))) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < MAX_WORDS && namePart(text, tokens.get(first - 1), lowerCased)
                    && Tokens.joinable(text, tokens.get(first - 1), tokens.get(first))) {
                first--;
            }
            while (first < i && tokens.get(first).norm().chars().allMatch(Character::isDigit)) {
                first++; // "Key 1 Capital", but not "2 Capital"
            }
            if (first < i) {
                out.add(new Span(tokens.get(first).begin(), tokens.get(last).end()));
                i = last;
            }
        }
        return out;
    }

    /** The last token of a firm suffix starting at i ("Capital", "Venture Partners"), or -1. */
    private static int suffixEnd(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (BEFORE_PARTNERS.contains(w) && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("partners")) {
            return i + 1;
        }
        return SUFFIX.contains(w) ? i : -1;
    }

    private static boolean namePart(String text, Token t, boolean lowerCased) {
        if (NOT_NAME.contains(t.norm()) || SUFFIX.contains(t.norm())) { // "Index Ventures Nexus Venture Partners": two firms
            return false;
        }
        return lowerCased || !Character.isLowerCase(text.charAt(t.begin()));
    }
}
