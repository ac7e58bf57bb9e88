package io.wharf.classify.companies;

import io.wharf.classify.companies.CompanyLinker.Field;
import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import io.wharf.model.CompanyMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Companies the gazetteer lacks and the NER missed, named by the words around them: "Kubeshield, a Boston-based
 * startup", "backed by Northwind Partners and Larkspur Group", "Kubeshield's founder", "the founder of Kubeshield".
 * In written text a name is a run of capitalised words; in lower-cased text only the one word next to the cue, and
 * only where the cue is unmistakable ("kubeshield a boston based startup", "kubeshield s founder"). The form outweighs
 * the NER, except that a backer the NER calls a person is an angel; what {@link NonCompanyFilter} rules out (places,
 * institutions, products) is not kept. Thread-safe: holds only immutable data.
 */
final class ContextNames {
    /** What a company is called in an appositive: "X, a ... startup". */
    private static final Set<String> KIND = Set.of("startup", "company", "firm", "provider", "vendor", "maker", "developer",
            "specialist", "subsidiary", "unicorn", "consultancy", "supplier", "spinoff", "spinout", "manufacturer");
    /** After the kind these make it a person's role ("a company spokesperson"), not the company's description. */
    private static final Set<String> ROLE_AFTER = Set.of("spokesperson", "spokesman", "spokeswoman", "executive", "executives",
            "partner", "founder", "founders", "cofounder", "co", "employee", "employees", "engineer", "engineers", "veteran",
            "alum", "analyst", "official", "officials", "director", "manager", "investor", "customer", "customers");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> FOUNDER = Set.of("founder", "cofounder", "ceo", "cto", "founders", "cofounders");
    /** Words before a list of investors: "backed by", "led by", "investors include", "funding from". */
    private static final Set<String> BACKERS_BEFORE = Set.of("backed by", "led by", "investors include",
            "investors including", "backers include", "backers including", "funding from", "investment from",
            "participation from", "investors such as");
    /** Capitalised words that start a sentence or a phrase, not a name ("The startup", "Rival Kubeshield"). */
    private static final Set<String> NOT_LEADING = Set.of("the", "a", "an", "in", "on", "at", "for", "and", "but", "or", "meanwhile",
            "today", "yesterday", "last", "this", "that", "these", "those", "its", "their", "our", "his", "her", "with", "by", "from",
            "after", "before", "as", "while", "when", "since", "also", "both", "rival", "startup", "it", "he", "she", "they",
            "we", "there", "here", "which", "who", "according", "then", "now", "earlier", "later", "so", "if", "all", "some",
            "first", "second", "third", "finally", "however", "instead", "still", "yet", "indeed", "likewise");
    /** In lower-cased text, words that cannot be the one-word name next to a cue. */
    private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "it", "its", "this", "that", "which", "who", "he", "she",
            "they", "we", "you", "i", "is", "was", "be", "been", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
            "from", "with", "as", "said", "says", "company", "startup", "firm", "s", "his", "her", "their", "our", "new", "one",
            "also", "now", "today", "has", "had", "have", "will", "would", "then", "there", "what", "whose", "another", "other");
    private static final int MAX_WORDS = 4;
    private static final int KIND_WINDOW = 5;
    static final double CONFIDENCE = 0.5;

    private final Gazetteer gazetteer;
    private final NonCompanyFilter nonCompanies;

    ContextNames(Gazetteer gazetteer, NonCompanyFilter nonCompanies) {
        this.gazetteer = gazetteer;
        this.nonCompanies = nonCompanies;
    }

    /**
     * The names found from context that are not mentions already.
     *
     * @param tokens each field's words, index for index with fields
     */
    List<CompanyMention> find(List<Field> fields, List<List<Token>> tokens, List<CompanyMention> mentions, List<int[]> gazetteerSpans,
                              boolean lowerCased) {
        List<CompanyMention> out = new ArrayList<>();
        for (int fi = 0; fi < fields.size(); fi++) {
            Field f = fields.get(fi);
            if (f.field() == CompanyMention.Field.TITLE) {
                continue; // headlines drop the commas and articles the forms rely on
            }
            List<Token> t = tokens.get(fi);
            List<int[]> spans = new ArrayList<>(); // token ranges [first, end)
            List<int[]> backers = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (ARTICLES.contains(t.get(i).norm()) && kindFollows(f.text(), t, i, lowerCased)) {
                    addBefore(f.text(), t, i, lowerCased, true, spans);
                } else if (FOUNDER.contains(t.get(i).norm()) && i >= 2 && t.get(i - 1).norm().equals("s") && possessive(f.text(), t, i - 1, lowerCased)) {
                    addBefore(f.text(), t, i - 1, lowerCased, false, spans);
                } else if (FOUNDER.contains(t.get(i).norm()) && i + 1 < t.size() && t.get(i + 1).norm().equals("of")) {
                    addAfter(f.text(), t, i + 2, lowerCased, spans, false);
                } else if (!lowerCased && i + 1 < t.size() && BACKERS_BEFORE.contains(t.get(i).norm() + " " + t.get(i + 1).norm())) {
                    addAfter(f.text(), t, i + 2, false, backers, true);
                }
            }
            for (int[] s : spans) {
                keep(f, t, s, mentions, gazetteerSpans, out);
            }
            for (int[] s : backers) {
                if (f.others().stream().noneMatch(o -> o.begin() < t.get(s[1] - 1).end() && t.get(s[0]).begin() < o.end())) {
                    keep(f, t, s, mentions, gazetteerSpans, out); // "backed by Jane Doe": an angel, not a firm
                }
            }
        }
        return out;
    }

    private void keep(Field f, List<Token> t, int[] s, List<CompanyMention> mentions, List<int[]> gazetteerSpans, List<CompanyMention> out) {
        int begin = t.get(s[0]).begin();
        int end = t.get(s[1] - 1).end();
        String surface = f.text().substring(begin, end);
        boolean taken = gazetteerSpans.stream().anyMatch(g -> g[0] == f.field().ordinal() && g[1] < end && begin < g[2])
                || mentions.stream().anyMatch(m -> m.field() == f.field() && m.begin() < end && begin < m.end())
                || out.stream().anyMatch(m -> m.field() == f.field() && m.begin() < end && begin < m.end());
        // the form outweighs the NER here: "Kubeshield, a Boston-based startup" is no person whatever the tagger says
        if (!taken && !nonCompanies.excluded(surface, gazetteer)) {
            out.add(new CompanyMention(null, OrganizationNames.normalize(surface), surface, f.field(), begin, end, CONFIDENCE));
        }
    }

    /**
     * "a Boston-based startup", "an open source company", "a provider of": a company kind within a few words, no role
     * after it. In lower-cased text only the "based" form: "adding a small startup", "leads a company" name nobody.
     */
    private static boolean kindFollows(String text, List<Token> t, int article, boolean lowerCased) {
        boolean based = false;
        for (int k = article + 1; k < Math.min(t.size(), article + 1 + KIND_WINDOW); k++) {
            if (sentenceEnd(text, t.get(k - 1), t.get(k))) {
                return false;
            }
            if (KIND.contains(t.get(k).norm())) {
                return (based || !lowerCased) && (k + 1 >= t.size() || !ROLE_AFTER.contains(t.get(k + 1).norm()));
            }
            based |= t.get(k).norm().equals("based");
        }
        return false;
    }

    /**
     * The name ending right before token {@code at}: "Kubeshield, a ...", "Kubeshield is a ..." (appositive) or
     * "Kubeshield's founder". In written text the appositive needs its comma or "is"; in lower-cased text the name is one word.
     */
    private static void addBefore(String text, List<Token> t, int at, boolean lowerCased, boolean appositive, List<int[]> spans) {
        int last = at - 1;
        if (appositive && last >= 0 && t.get(last).norm().equals("is")) {
            last--;
        } else if (appositive && last >= 0 && !lowerCased && !text.substring(t.get(last).end(), t.get(at).begin()).contains(",")) {
            return;
        }
        if (last < 0) {
            return;
        }
        if (lowerCased) {
            if (nameWord(t.get(last)) && (last == 0 || !t.get(last - 1).norm().equals("s"))) {
                spans.add(new int[] {last, last + 1});
            }
            return;
        }
        int first = last;
        while (capitalised(text, t.get(first)) && first > 0 && last - first + 1 < MAX_WORDS && capitalised(text, t.get(first - 1))
                && Tokens.joinable(text, t.get(first - 1), t.get(first)) && !sentenceEnd(text, t.get(first - 1), t.get(first))) {
            first--;
        }
        addRun(text, t, first, last + 1, spans);
    }

    /** The names starting at token {@code at}: one, or a list of them ("Northwind Partners, Larkspur and Fenwick"). */
    private static void addAfter(String text, List<Token> t, int at, boolean lowerCased, List<int[]> spans, boolean list) {
        if (at >= t.size()) {
            return;
        }
        if (lowerCased) {
            if (nameWord(t.get(at))) {
                spans.add(new int[] {at, at + 1});
            }
            return;
        }
        int i = at;
        while (i < t.size() && capitalised(text, t.get(i))) {
            int first = i;
            while (i + 1 < t.size() && i + 1 - first < MAX_WORDS && capitalised(text, t.get(i + 1)) && Tokens.joinable(text, t.get(i), t.get(i + 1))
                    && !sentenceEnd(text, t.get(i), t.get(i + 1))) {
                i++;
            }
            addRun(text, t, first, i + 1, spans);
            if (!list || i + 1 >= t.size() || sentenceEnd(text, t.get(i), t.get(i + 1))) {
                return;
            }
            String between = text.substring(t.get(i).end(), t.get(i + 1).begin()).strip();
            int next = i + 1;
            if (t.get(next).norm().equals("and") && (between.isEmpty() || between.equals(","))) {
                next++;
            } else if (!between.equals(",")) {
                return;
            }
            i = next;
        }
    }

    private static void addRun(String text, List<Token> t, int first, int end, List<int[]> spans) {
        while (first < end && NOT_LEADING.contains(t.get(first).norm())) {
            first++;
        }
        if (first < end && capitalised(text, t.get(first))) {
            spans.add(new int[] {first, end});
        }
    }

    private static boolean possessive(String text, List<Token> t, int s, boolean lowerCased) {
        if (lowerCased) {
            return true;
        }
        int gap = t.get(s).begin() - 1;
        return gap >= 0 && (text.charAt(gap) == '\'' || text.charAt(gap) == '\u2019');
    }

    private static boolean nameWord(Token t) {
        return t.norm().length() >= 3 && !NOT_NAME.contains(t.norm()) && !t.norm().chars().allMatch(Character::isDigit);
    }

    private static boolean capitalised(String text, Token t) {
        return Character.isUpperCase(text.codePointAt(t.begin()));
    }

    private static boolean sentenceEnd(String text, Token left, Token right) {
        String between = text.substring(left.end(), right.begin());
        return between.contains(". ") || between.contains("! ") || between.contains("? ") || between.contains("\n");
    }
}
