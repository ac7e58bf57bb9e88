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
 * the words before the suffix must be capitalised. In lower-cased text they run back to a word that cannot be part of
 * a name, and that word or the one after the suffix must be a cue of funding news ("led by tribe capital", "eight roads
 * ventures joined"): "needs capital" or "business ventures" are no firms. A name never runs across a sentence end.
 * Stateless, thread-safe.
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
            "total", "million", "billion", "dollars", "partner", "partners", "general", "managing", "arm",
            "s", "well", "both", "each", "every", "this", "these", "those", "it", "they", "we", "he", "she", "but", "not");
    /**
     * "Startup capital", "patient capital": right before the suffix these make it no firm's name, though further back
     * they may be part of one ("Patient Square Capital"). "Venture capital" and the like stop at NOT_NAME already.
     */
    private static final Set<String> GENERIC_BEFORE = Set.of("startup", "patient");

    /** In lower-cased text, the word before a firm's name: who gave the money, in a list of investors. */
    private static final Set<String> CUE_BEFORE = Set.of("by", "from", "with", "including", "include", "includes",
            "included", "investors", "investor", "backers", "backer", "newcomer", "newcomers", "ventures", "capital", "partners",
            "alongside");
    /**
     * "led by index ventures and ame cloud ventures", "by fidelity s eight roads ventures": a list or a possessive
     * counts where funding words are near, so "grow and spent political capital" does not.
     */
    private static final Set<String> LIST_WORD = Set.of("and", "plus", "s");
    private static final Set<String> FUNDING = Set.of("led", "round", "funding", "financing", "investors", "investor", "backers",
            "raised", "raises", "series", "participation", "participating", "invested");
    private static final int FUNDING_WINDOW = 12;
    /** In lower-cased text, the word after a firm's name: what it did with the money. */
    private static final Set<String> CUE_AFTER = Set.of("led", "leads", "co-led", "joined", "joins", "invested", "invests",
            "participated", "participating", "joining", "backed", "backs", "put", "wrote", "provided");

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
                    && sameSentence(text, tokens.get(first - 1), tokens.get(first))) {
                first--;
            }
            while (first < i && tokens.get(first).norm().chars().allMatch(Character::isDigit)) {
                first++; // "Key 1 Capital", but not "2 Capital"
            }
            if (first < i && (!lowerCased || cued(tokens, first, last))) {
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

    /** In lower-cased text, the words around a firm's name (tokens first..last) say it is an investor. */
    static boolean cued(List<Token> tokens, int first, int last) {
        String before = first > 0 ? tokens.get(first - 1).norm() : "";
        boolean listed = LIST_WORD.contains(before) && fundingNear(tokens, first - 1);
        return CUE_BEFORE.contains(before) || listed || last + 1 < tokens.size() && CUE_AFTER.contains(tokens.get(last + 1).norm());
    }

    private static boolean fundingNear(List<Token> tokens, int before) {
        for (int j = before - 1; j >= Math.max(0, before - FUNDING_WINDOW); j--) {
            if (FUNDING.contains(tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Neighbours within one name: no clause punctuation between them and no sentence end. */
    private static boolean sameSentence(String text, Token left, Token right) {
        return Tokens.joinable(text, left, right) && text.substring(left.end(), right.begin()).chars().noneMatch(c -> c == '.' || c == '!' || c == '?');
    }

    private static boolean namePart(String text, Token t, boolean lowerCased) {
        if (NOT_NAME.contains(t.norm()) || SUFFIX.contains(t.norm())) { // "Index Ventures Nexus Venture Partners": two firms
            return false;
        }
        return lowerCased || !Character.isLowerCase(text.charAt(t.begin()));
    }
}
