package io.wharf.classify.deals;

import io.wharf.model.CompanyMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence as the deal rules read it: its tokens (words and punctuation), the companies in it as token ranges,
 * and the stand-ins for companies ("the startup", "it") that the extractor resolves. Immutable once built.
 */
final class SentenceView {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.&][\\p{L}\\p{N}]+)*|['’]s(?![\\p{L}])|[^\\s\\p{L}\\p{N}]");
    /** Nouns that stand for a company named before ("the Boston-based startup"). */
    private static final Set<String> STAND_IN_NOUNS = Words.of("company", "startup", "start", "firm", "vendor", "business", "maker",
            "provider", "developer", "group", "unternehmen", "firma", "société", "entreprise", "empresa", "compañía", "giant", "chipmaker",
            "exchange", "operator", "distributor", "carrier", "retailer", "automaker", "carmaker", "spécialiste", "groupe", "konzern",
            "anbieter", "gigante", "grupo", "buyer", "acquirer");
    private static final Set<String> PRONOUNS = Words.of("it", "they", "we", "es", "elle", "il");

    final String text;
    final int begin;
    final int end;
    final List<Tok> toks = new ArrayList<>();
    final List<PartySpan> parties = new ArrayList<>();
    final boolean lowerCased;
    /** The NER's people and places in the field (offsets in its text): no name is guessed over them. */
    java.util.List<io.wharf.classify.nlp.TextSpan> people = java.util.List.of();
    /**
     * The sentence's dependency parse (offsets relative to {@link #begin}), computed on first request and kept; null
     * when parsing is off. Lazy: a rule asks for it only where the surface rules found no acquirer or no target.
     */
    java.util.function.Supplier<java.util.List<io.wharf.classify.nlp.DependencyParser.Dependency>> dependencies;

    SentenceView(String text, int begin, int end, List<CompanyMention> mentions, boolean lowerCased) {
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.lowerCased = lowerCased;
        Matcher m = TOKEN.matcher(text).region(begin, end);
        while (m.find()) {
            String g = m.group();
            toks.add(new Tok(g.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end(), Character.isUpperCase(g.codePointAt(0))));
        }
        for (CompanyMention c : mentions) {
            int from = tokenAt(c.begin(), true);
            int to = tokenAt(c.end(), false);
            if (from >= 0 && to > from && parties.stream().noneMatch(p -> p.from() < to && from < p.to())) {
                parties.add(new PartySpan(from, to, c.companyId(), c.name(), false, false));
            }
        }
        addStandIns();
        // "the Munich start-up Personio": a descriptor in front of a name is no stand-in of its own
        parties.removeIf(p -> p.standIn() && parties.stream().anyMatch(q -> !q.standIn() && q.from() == p.to()));
        parties.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }

    private int tokenAt(int offset, boolean start) {
        for (int i = 0; i < toks.size(); i++) {
            if (start && toks.get(i).begin() >= offset) {
                return i;
            }
            if (!start && toks.get(i).end() > offset) {
                return i;
            }
        }
        return start ? -1 : toks.size();
    }

    /** "the company", "the Boston-based startup", "the San Francisco firm", "it" (at a clause start). */
    private void addStandIns() {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.is("the", "der", "die", "das", "la", "le", "l", "el")) {
                for (int j = i + 1; j < Math.min(toks.size(), i + 6); j++) {
                    if (toks.get(j).punct() && !toks.get(j).is("-")) {
                        break;
                    }
                    if (STAND_IN_NOUNS.contains(toks.get(j).norm())) {
                        if (toks.get(j).is("start") && !(j + 2 < toks.size() && toks.get(j + 2).is("up"))) {
                            break;
                        }
                        int to = toks.get(j).is("start") ? j + 3 : j + 1;
                        addIfFree(i, to);
                        break;
                    }
                }
            } else if (PRONOUNS.contains(t.norm()) && (i == 0 || toks.get(i - 1).is(",", "that", "said", "says", "and", "when", "after", "then")
                    || i + 1 < toks.size() && DealLexicon.ACQUIRE_VERBS.contains(toks.get(i + 1).norm())
                    || t.is("it") && i > 0 && DealLexicon.ACQUIRE_VERBS.contains(toks.get(i - 1).norm())
                    || i + 2 < toks.size() && toks.get(i + 1).is("has", "had", "will", "also", "then", "quickly", "a", "hat", "ha")
                    && !toks.get(i + 2).punct())) {
                addIfFree(i, i + 1);
            }
        }
    }

    private void addIfFree(int from, int to) {
        if (parties.stream().noneMatch(p -> p.from() < to && from < p.to())) {
            parties.add(new PartySpan(from, to, null, "?", true, false));
        }
    }

    /** A company name the linker did not keep, used only in deal positions (see {@link NameGuesser}). */
    void addGuess(int beginOffset, int endOffset, String companyId, String name) {
        int from = tokenAt(beginOffset, true);
        int to = tokenAt(endOffset, false);
        if (from >= 0 && to > from && parties.stream().noneMatch(p -> p.from() < to && from < p.to())) {
            parties.add(new PartySpan(from, to, companyId, name, false, true));
            parties.sort((a, b) -> Integer.compare(a.from(), b.from()));
        }
    }

    /** Whether token i lies in a person's or place's name. */
    boolean isPersonOrPlace(int i) {
        Tok t = tok(i);
        return t != null && people.stream().anyMatch(p -> p.begin() <= t.begin() && t.end() <= p.end());
    }

    int size() {
        return toks.size();
    }

    Tok tok(int i) {
        return i >= 0 && i < toks.size() ? toks.get(i) : null;
    }

    boolean is(int i, String... words) {
        Tok t = tok(i);
        return t != null && t.is(words);
    }

    /** The party that starts at token i, or null. */
    PartySpan partyAt(int i) {
        for (PartySpan p : parties) {
            if (p.from() == i) {
                return p;
            }
        }
        return null;
    }

    /** The party covering token i, or null. */
    PartySpan partyCovering(int i) {
        for (PartySpan p : parties) {
            if (p.from() <= i && i < p.to()) {
                return p;
            }
        }
        return null;
    }

    String surface(int from, int to) {
        return text.substring(toks.get(from).begin(), toks.get(to - 1).end());
    }

    /** The sentence with its words lower-cased and single-spaced: what the cue patterns read. */
    String normalised() {
        StringBuilder b = new StringBuilder(" ");
        for (Tok t : toks) {
            b.append(t.norm()).append(' ');
        }
        return b.toString();
    }
}
