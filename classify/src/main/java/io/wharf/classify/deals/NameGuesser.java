package io.wharf.classify.deals;

import io.wharf.classify.companies.Company;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Tokens;
import java.util.Set;

/**
 * Names in deal positions that the linker did not keep: a gazetteer name it judged too ambiguous in lower-cased text
 * ("docker bought socketplane"), and, right where a party must stand, a capitalised run in written text or one word
 * in lower-cased text. Used only inside a deal pattern, with a lower confidence. Thread-safe.
 */
final class NameGuesser {
    private static final Set<String> NOT_NAMES = Words.of("the", "a", "an", "it", "its", "this", "that", "these", "those", "we", "they",
            "he", "she", "you", "i", "our", "their", "his", "her", "in", "on", "at", "for", "with", "by", "from", "to", "of", "and", "or", "but",
            "as", "after", "before", "when", "while", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "company", "companies", "startup", "startups", "firm", "firms", "deal", "deals", "business", "rival", "rivals",
            "acquisition", "acquisitions", "merger", "funding", "round", "series", "seed", "investors", "investor", "some", "all", "more",
            "most", "other", "another", "one", "two", "three", "several", "many", "new", "last", "first", "next", "also", "just", "now", "then",
            "so", "um", "uh", "yeah", "okay", "well", "like", "really", "actually", "basically", "there", "here", "what", "which", "who",
            "whose", "how", "why", "where", "if", "not", "no", "yes", "has", "have", "had", "is", "was", "were", "are", "be", "been", "will",
            "would", "could", "should", "can", "may", "might", "do", "does", "did", "said", "says", "according", "reportedly", "talks",
            "people", "shares", "stock", "stake", "percent", "million", "billion", "us", "u.s", "ceo", "chief", "founder", "co", "inc",
            "corp", "ltd", "mr", "ms", "der", "die", "das", "le", "la", "les", "el", "los", "las", "un", "une", "ein", "eine", "und", "et", "y",
            "hat", "a", "ha", "est", "es", "ist", "mit", "avec", "con", "für", "pour", "para", "über", "sur", "bei", "chez", "en", "im", "dans",
            "everything", "something", "anything", "nothing", "way", "time", "year", "years", "week", "month", "quarter", "team", "teams",
            "ever", "yet", "again", "back", "out", "up", "down", "over", "off", "into", "onto", "them", "him", "me", "you", "ai", "data");
    /** What may follow a name where the deal goes on: "acquire hashicorp for", "buy Figma, the design startup". */
    private static final Set<String> AFTER_NAME = Words.of(",", ".", "for", "in", "and", "from", "to", "at", "on", "which", "'s", "—", "–",
            "(", "last", "this", "earlier", "after", "following", "valued", "worth", ";", ":", "inc", "für", "pour", "por", "par", "von",
            "de", "y", "et", "und", "as", "with", "when", "while", "raises", "raised", "acquires", "buys", "has", "hat", "lève", "a",
            "sammelt", "erhält", "secures", "closes", "lands", "gets", "announces", "completes", "agrees", "is", "was", "will", "\"", "”", "'", "’", "-", "um", "uh", "so", "because", "but", "said");
    private final Gazetteer gazetteer;

    NameGuesser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the gazetteer's company names the linker left out, as guessed parties. */
    void addGazetteerNames(SentenceView s) {
        String sentence = s.text.substring(s.begin, s.end);
        for (PhraseIndex.Hit<Gazetteer.Entry> hit : gazetteer.names().find(sentence, Tokens.words(sentence))) {
            Company c = null;
            for (Gazetteer.Entry e : hit.entries()) {
                if (e instanceof Gazetteer.CompanyName n) {
                    c = n.company();
                    break;
                }
            }
            if (c != null && !gazetteer.stopped(sentence.substring(hit.begin(), hit.end()))) {
                s.addGuess(s.begin + hit.begin(), s.begin + hit.end(), c.id(), c.name());
            }
        }
    }

    /** A name starting at token i where a party must stand, or null. */
    static PartySpan guessAt(SentenceView s, int i) {
        Tok t = s.tok(i);
        if (t == null || t.punct() || NOT_NAMES.contains(t.norm()) || t.norm().matches("\\d.*") || s.isPersonOrPlace(i)) {
            return null;
        }
        if (!s.lowerCased) {
            if (!t.capitalised()) {
                return null;
            }
            int j = i + 1;
            while (j < s.size() && j < i + 4 && (s.tok(j).capitalised() && !NOT_NAMES.contains(s.tok(j).norm()) || s.is(j, "&") && s.tok(j + 1) != null
                    && s.tok(j + 1).capitalised())) {
                j++;
            }
            if (s.is(j, "-") && s.tok(j + 1) != null && !s.tok(j + 1).punct() && s.tok(j).begin() == s.tok(j - 1).end()) {
                j += 2; // "BE-terna"
            }
            return endsName(s, j) ? new PartySpan(i, j, null, s.surface(i, j), false, true) : null;
        }
        String w = t.norm();
        boolean wordForm = w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") || w.endsWith("tion") || w.endsWith("ment");
        return w.length() >= 3 && !wordForm && endsName(s, i + 1) ? new PartySpan(i, i + 1, null, s.surface(i, i + 1), false, true) : null;
    }

    /** A guessed name must end where the sentence goes on with the deal, not inside a noun phrase ("Swiss banking"). */
    private static boolean endsName(SentenceView s, int j) {
        return j >= s.size() || AFTER_NAME.contains(s.tok(j).norm());
    }
}
