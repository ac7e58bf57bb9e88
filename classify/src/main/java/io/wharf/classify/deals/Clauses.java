package io.wharf.classify.deals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the parties of a trigger stand: the subject of its clause, the companies after it (lists included), and the
 * company after a preposition. Surface rules over tokens: cheap, and they hold in lower-cased text where a parser
 * trained on cased news loses its way. Stateless.
 */
final class Clauses {
    // CoreNLP has split the sentences: a full stop inside one ends an abbreviation ("Inc."), not a clause
    private static final Set<String> HARD_BOUNDARY = Words.of(";", "—", "–", "•", "|", ":");
    private static final Set<String> SKIPPABLE = Words.of("the", "a", "an", "its", "their", "rival", "fellow", "startup", "start", "up",
            "company", "firm", "provider", "specialist", "developer", "maker", "vendor", "-", "based", "israeli", "german", "french",
            "british", "american", "us", "u.s", "indian", "chinese", "japanese", "european", "israel", "london", "boston", "san",
            "francisco", "new", "york", "seattle", "berlin", "paris", "cloud", "security", "native", "container", "kubernetes", "software",
            "data", "open", "source", "platform", "networking", "storage", "monitoring", "devops", "ai", "api", "saas", "tech", "technology",
            "le", "la", "l", "die", "der", "das", "el", "den", "dem", "des", "l'", "entreprise", "société", "empresa", "spezialisten",
            "spécialiste", "jeune", "pousse", "startups", "small", "tiny", "little", "young", "privately", "held", "private", "owned",
            "entire", "remaining", "outstanding", "all", "certain", "assets", "a", "su", "sus", "son", "sa", "ses", "seine", "ihre",
            "compatriota", "rival", "concurrent", "konkurrenten", "alemana", "española", "francesa", "parisienne", "parisien", "français", "française", "'", "\"", "“", "”", "‘", "’");

    private Clauses() {}

    /** The start of the clause that holds token i: after the last hard boundary or ", and" / ", but" / reported "that". */
    static int clauseStart(SentenceView s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (HARD_BOUNDARY.contains(s.tok(j).norm())) {
                return j + 1;
            }
            if (s.is(j, "and", "but", "while", "whereas", "und", "et", "y") && s.is(j - 1, ",")) {
                return j + 1;
            }
            // "..., progress paid $220 million for chef": a company and its verb after a comma open a clause
            if ((s.is(j, ",") || s.is(j, "and") && s.partyCovering(j - 1) == null) && opensClause(s, j + 1)) {
                return j + 1;
            }
            if (s.is(j, "that", "dass", "que") && j > 0 && DealLexicon.REPORTING.contains(s.tok(j - 1).norm())) {
                return j + 1;
            }
            // a subordinate clause with a subject of its own: "... after IBM completed its acquisition of Red Hat"
            if (s.is(j, "after", "before", "since", "because", "when", "while", "following", "as", "nachdem", "après", "después", "that", "which")
                    && (s.partyAt(j + 1) != null || s.is(j + 1, "the") && s.partyAt(j + 2) != null)) {
                return j + 1;
            }
        }
        return 0;
    }

    /**
     * The subject of a trigger at i: the first company of its clause that no preposition governs and that is not a news
     * outlet quoted; null when there is none.
     */
    static PartySpan subject(SentenceView s, int i) {
        int start = clauseStart(s, i);
        for (PartySpan p : s.parties) {
            if (p.from() < start || p.from() >= i) {
                continue;
            }
            boolean subjectOfGerund = p.to() == i || p.to() + 1 == i && s.is(p.to(), "also", "then"); // "with Broadcom buying CA"
            if (governed(s, p) && !subjectOfGerund || DealLexicon.MEDIA.contains(p.key()) || s.is(p.to(), "reported", "reports", "reporting")) {
                continue;
            }
            return p;
        }
        // no known company: a capitalised name right before the verb ("startup Dectrocel raises"), else one opening the
        // clause ("Adobe has called off ...")
        if (!s.lowerCased) {
            int j = i - 1;
            while (j > start && s.is(j, "has", "have", "had", "will", "also", "now", "just", "hat", "a", "ha")) {
                j--;
            }
            int from = j;
            while (from - 1 >= start && s.tok(from - 1).capitalised()) {
                from--;
            }
            if (j >= start && s.tok(j).capitalised() && from > start) {
                PartySpan guess = NameGuesser.guessAt(s, from);
                if (guess != null && guess.to() == j + 1) {
                    return guess;
                }
            }
        }
        return start < i ? NameGuesser.guessAt(s, start) : null;
    }

    /**
     * A company after a preposition ("backed by Greylock"), possibly behind an article and a few descriptive words
     * ("in deal talks with online-chat company Discord").
     */
    static boolean governed(SentenceView s, PartySpan p) {
        if (p.standIn()) {
            int k = p.from() - 1;
            return k >= 0 && DealLexicon.PREPOSITIONS.contains(s.tok(k).norm()) && !s.is(k, "and");
        }
        for (int k = p.from() - 1; k >= Math.max(0, p.from() - 5); k--) {
            Tok t = s.tok(k);
            if (DealLexicon.PREPOSITIONS.contains(t.norm()) && !t.is("and", "or")) {
                return true;
            }
            if (t.capitalised() || t.punct() && !t.is("-") || s.partyCovering(k) != null || !SKIPPABLE.contains(t.norm())
                    && !t.norm().matches("[a-z]+(?:-[a-z]+)?") || DealLexicon.ACQUIRE_VERBS.contains(t.norm())
                    || DealLexicon.FUNDING_VERBS.contains(t.norm())) {
                return false;
            }
            if (k < p.from() - 1 && !SKIPPABLE.contains(t.norm())) {
                return false; // one free word ("online-chat company") at most, besides descriptors
            }
        }
        return false;
    }

    /** The first company of the sentence that no preposition governs, whatever the clauses: the sentence's subject. */
    static PartySpan sentenceSubject(SentenceView s, int before) {
        for (PartySpan p : s.parties) {
            if (p.from() < before && !p.standIn() && !governed(s, p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The first company within a few tokens after i, skipping articles, descriptors and places; failing that, a name
     * guessed at the first word that is no descriptor ("acquire Figma"); null if none.
     */
    static PartySpan after(SentenceView s, int i, int maxSkip) {
        int skipped = 0;
        int firstWord = -1;
        for (int j = i; j < s.size() && skipped <= maxSkip; j++) {
            PartySpan p = s.partyAt(j);
            if (p != null) {
                return p;
            }
            Tok t = s.tok(j);
            if (HARD_BOUNDARY.contains(t.norm()) || t.is("for", "from", "which", "that", "who", "to", "in", "with", "at", "on", "after",
                    "para", "pour", "für", ",")) {
                break;
            }
            if (!SKIPPABLE.contains(t.norm()) && !t.punct()) {
                firstWord = firstWord < 0 ? j : firstWord;
                skipped++;
            }
        }
        if (firstWord < 0 || DealLexicon.NOT_COMPANY_OBJECTS.contains(s.tok(firstWord).norm())) {
            return null;
        }
        // a name guessed at a word that is no descriptor: "acquire Figma", "NEC to acquire Swiss banking software maker Avaloq"
        for (int j = firstWord; j < Math.min(s.size(), firstWord + maxSkip + 2); j++) {
            Tok t = s.tok(j);
            if (HARD_BOUNDARY.contains(t.norm()) || t.is("for", "from", "which", "that", "who", "to", "in", "with", "at", "on", ",")) {
                return null;
            }
            PartySpan guess = NameGuesser.guessAt(s, j);
            if (guess != null && (s.lowerCased || guess.to() - guess.from() <= 3)) {
                return guess;
            }
        }
        return null;
    }

    /** A company followed by its verb: the start of a clause, not the next item of a list. */
    static boolean opensClause(SentenceView s, int i) {
        PartySpan p = s.partyAt(i);
        if (p == null) {
            return false;
        }
        Tok next = s.tok(p.to());
        return next != null && (VERBS_AFTER_SUBJECT.contains(next.norm()) || DealLexicon.ACQUIRE_VERBS.contains(next.norm())
                || DealLexicon.PAY_VERBS.contains(next.norm()) || DealLexicon.SELL_VERBS.contains(next.norm())
                || DealLexicon.PHRASAL_VERBS.contains(next.norm()) || DealLexicon.FUNDING_VERBS.contains(next.norm()));
    }

    private static final Set<String> VERBS_AFTER_SUBJECT = Words.of("has", "had", "have", "is", "was", "will", "would", "also", "said",
            "agreed", "agrees", "announced", "hat", "a", "ha", "est", "ist", "wird");

    /** The company at j and those listed after it: "SocketPlane, Kitematic, Koality and Orchard". */
    static List<PartySpan> list(SentenceView s, PartySpan first) {
        List<PartySpan> out = new ArrayList<>(List.of(first));
        int j = first.to();
        while (j < s.size()) {
            int k = j;
            if (s.is(k, "'s") || s.is(k, "(")) {
                break;
            }
            if (s.is(k, "for", "für", "pour", "por", "in", "en", "im")) {
                int m = k + 1;
                while (m < Math.min(s.size(), k + 7) && !s.is(m, ",", "and", "und", "et", "y")) {
                    m++;
                }
                k = m; // "Evident.io for $300 million and RedLock for $173 million"
            }
            if (s.is(k, ",")) {
                k++;
            }
            if (s.is(k, "ainsi") && s.is(k + 1, "que") || s.is(k, "así") && s.is(k + 1, "como")) {
                k += 2;
            } else if (s.is(k, "and", "&", "und", "et", "y", "sowie")) {
                k++;
                if (s.is(k, "of", "de", "von")) {
                    k++;
                }
            } else if (s.is(k, "as") && s.is(k + 1, "well") && s.is(k + 2, "as")) {
                k += 3;
            } else if (k == j) {
                break;
            }
            PartySpan next = s.partyAt(k);
            if (next == null || next.standIn() || opensClause(s, k)) {
                break;
            }
            out.add(next);
            j = next.to();
        }
        return out;
    }

    /** Index of the first token at or after i (within n tokens) that is one of the words, or -1. */
    static int find(SentenceView s, int i, int n, Set<String> words) {
        for (int j = Math.max(0, i); j < Math.min(s.size(), i + n); j++) {
            if (words.contains(s.tok(j).norm())) {
                return j;
            }
        }
        return -1;
    }
}
