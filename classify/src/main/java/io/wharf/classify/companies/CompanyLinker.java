package io.wharf.classify.companies;

import io.wharf.classify.nlp.EntitySpan;
import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import io.wharf.model.CompanyMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the companies of an article: gazetteer names (any case, so lower-cased text works) decided by the
 * evidence around them, and NER organisations the gazetteer does not know, kept unlinked under a normalised
 * name. Names the gazetteer lacks but the words around them call a company ("Kubeshield, a Boston-based startup") are
 * kept unlinked too; with a {@link CandidateNames} log, every unlinked name is remembered as a candidate for the gazetteer. Thread-safe:
 * holds only the immutable gazetteer and the log, which is thread-safe itself; one linker serves all classify threads.
 */
public final class CompanyLinker {
    /**
     * One field of the article with its NER organisations, and the NER's other names (people, places) so that an
     * organisation the NER also calls a place or a person elsewhere is not kept.
     */
    public record Field(CompanyMention.Field field, String text, List<EntitySpan> organizations, List<EntitySpan> others) {}

    /** What was found: company mentions, and products (category evidence only). */
    public record Result(List<CompanyMention> mentions, List<Product> products) {}

    private final Gazetteer gazetteer;
    private final UnlinkedNames unlinked;
    private final ContextNames contextNames;
    private final CandidateNames candidates;

    public CompanyLinker(Gazetteer gazetteer, NonCompanyFilter nonCompanies) {
        this(gazetteer, nonCompanies, null);
    }

    /** @param candidates where names found from context are remembered (null: nowhere) */
    public CompanyLinker(Gazetteer gazetteer, NonCompanyFilter nonCompanies, CandidateNames candidates) {
        this.gazetteer = gazetteer;
        this.unlinked = new UnlinkedNames(gazetteer, nonCompanies);
        this.contextNames = new ContextNames(gazetteer, nonCompanies);
        this.candidates = candidates;
    }

    public Result link(List<Field> fields) {
        boolean lowerCased = Tokens.isLowerCased(String.join(" ", fields.stream().map(Field::text).toList()));
        Found found = find(fields, lowerCased);
        List<CompanyMention> mentions = decide(found.candidates(), lowerCased);
        mentions.addAll(found.arms());
        unlinked.addOrganizations(fields, mentions, found.gazetteerSpans());
        unlinked.addInvestors(fields, found.tokens(), mentions, found.gazetteerSpans(), lowerCased);
        List<CompanyMention> fromContext = contextNames.find(fields, found.tokens(), mentions, found.gazetteerSpans(), lowerCased);
        mentions.addAll(fromContext);
        if (candidates != null) {
            candidates.observe(fields, mentions);
        }
        mentions.sort((a, b) -> a.field() != b.field() ? a.field().compareTo(b.field()) : Integer.compare(a.begin(), b.begin()));
        return new Result(mentions, found.products());
    }

    /**
     * The gazetteer's hits in the article: company names to decide, products, and where every hit lies
     * (field ordinal, begin, end) so that NER organisations inside them are not kept a second time; and each
     * field's words, which the rest of the linking reads too.
     */
    private record Found(List<NameCandidate> candidates, List<Product> products, List<int[]> gazetteerSpans,
                         List<List<Token>> tokens, List<CompanyMention> arms) {}

    private Found find(List<Field> fields, boolean lowerCased) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Token>> tokensOf = found.tokens();
        List<List<PhraseIndex.Hit<Gazetteer.Entry>>> hitsOf = new ArrayList<>();
        Set<Company> named = new HashSet<>(); // companies named plainly somewhere in the article
        for (Field f : fields) {
            List<Token> tokens = Tokens.words(f.text());
            List<PhraseIndex.Hit<Gazetteer.Entry>> hits = new ArrayList<>(gazetteer.names().find(f.text(), tokens));
            hits.forEach(h -> named.add(firstCompany(h.entries())));
            tokensOf.add(tokens);
            hitsOf.add(hits);
        }
        for (int fi = 0; fi < fields.size(); fi++) {
            Field f = fields.get(fi);
            List<PhraseIndex.Hit<Gazetteer.Entry>> hits = hitsOf.get(fi);
            if (lowerCased) {
                hits.addAll(possessivesWithoutApostrophe(tokensOf.get(fi), hits, named));
            }
            List<Token> tokens = tokensOf.get(fi);
            hits.sort(java.util.Comparator.comparingInt(PhraseIndex.Hit::firstToken));
            NameSurroundings around = new NameSurroundings(f, tokens, hits, gazetteer, lowerCased);
            for (PhraseIndex.Hit<Gazetteer.Entry> hit : hits) {
                int end = routeHit(f, tokens, hit, around, found);
                found.gazetteerSpans().add(new int[] {f.field().ordinal(), hit.begin(), end});
            }
        }
        return found;
    }

    /**
     * One hit: a company name to decide, a product, or nothing (a stoplisted name, a person's surname, a word of an
     * idiom, a stock ticker, a company's investment arm kept under its own name).
     *
     * @return where the gazetteer's judgement of this hit ends (past "Ventures" for an investment arm)
     */
    private int routeHit(Field f, List<Token> tokens, PhraseIndex.Hit<Gazetteer.Entry> hit, NameSurroundings around, Found found) {
        Company company = firstCompany(hit.entries());
        if (company != null && gazetteer.stopped(f.text().substring(hit.begin(), hit.end()))) {
            return hit.end(); // a stoplisted name ("Nasdaq", the exchange) is no company even where a list made it one
        }
        if (company != null && surname(f, hit)) {
            return hit.end(); // "Brandon Philips", "Michael Dell": a person's name, not the company
        }
        if (around.inTicker(hit) || around.inIdiom(hit)) {
            return hit.end(); // "<SMBS.ST>" is a listing, "in addition" a phrase: neither names a company
        }
        int armEnd = company == null ? -1 : around.armSuffixEnd(hit, company);
        if (armEnd > 0) { // "Salesforce Ventures": the investment arm, not Salesforce; unknown to the gazetteer
            String surface = f.text().substring(hit.begin(), armEnd);
            found.arms().add(new CompanyMention(null, OrganizationNames.normalize(surface), surface, f.field(), hit.begin(), armEnd, 0.6));
            return armEnd;
        }
        if (company != null && around.productOfPrevious(hit, company)) {
            return hit.end(); // "HP OpenView": a product line after its maker's name, not the firm OpenView
        }
        if (company != null) {
            found.candidates().add(new NameCandidate(f, tokens, hit, company, around.named(), around.caseless(),
                    gazetteer.clear(f.text().substring(hit.begin(), hit.end()))));
        } else if (hit.tokenCount() > 1 || properNameInText(f, hit)) {
            hit.entries().forEach(e -> found.products().add(((Gazetteer.ProductName) e).product()));
        }
        return hit.end();
    }

    /** Each candidate's confidence, the article's other candidates as context; those above 0 become mentions. */
    private static List<CompanyMention> decide(List<NameCandidate> candidates, boolean lowerCased) {
        // Companies named somewhere in an unambiguous form vouch for their ambiguous short names elsewhere.
        Set<String> anchored = new HashSet<>();
        for (NameCandidate c : candidates) {
            if (!c.needsContext() && c.company().ambiguous()) {
                anchored.add(c.company().id());
            }
        }
        double[] confidences = new double[candidates.size()];
        for (int i = 0; i < confidences.length; i++) {
            NameCandidate c = candidates.get(i);
            confidences[i] = c.decide(lowerCased, anchored.contains(c.company().id()));
        }
        NameLists.raiseListMembers(candidates, confidences, lowerCased);
        List<CompanyMention> mentions = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            NameCandidate c = candidates.get(i);
            if (confidences[i] > 0) {
                mentions.add(new CompanyMention(c.company().id(), c.company().name(), c.surface(), c.field().field(), c.begin(), c.end(),
                        confidences[i]));
            }
        }
        return mentions;
    }

    /**
     * Transcripts drop the apostrophe of a possessive: "googles cloud", "ciscos biggest deal". A word that is a
     * company's one-word name plus "s" is that name when the article also names the company plainly and the name
     * needs no context: a plural alone ("canvas", "microns") is far more often just a word.
     */
    private List<PhraseIndex.Hit<Gazetteer.Entry>> possessivesWithoutApostrophe(List<Token> tokens, List<PhraseIndex.Hit<Gazetteer.Entry>> hits,
                                                                              Set<Company> named) {
        List<PhraseIndex.Hit<Gazetteer.Entry>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).norm();
            int at = i;
            if (word.length() < 4 || !word.endsWith("s") || hits.stream().anyMatch(h -> h.firstToken() <= at && at < h.firstToken() + h.tokenCount())) {
                continue;
            }
            List<Gazetteer.Entry> entries = gazetteer.names().get(word.substring(0, word.length() - 1));
            Company company = firstCompany(entries);
            if (company != null && !company.ambiguous() && !company.caseSensitive() && named.contains(company)) {
                out.add(new PhraseIndex.Hit<>(entries, i, 1, tokens.get(i).begin(), tokens.get(i).end()));
            }
        }
        return out;
    }

    /** The hit ends a longer name the NER took for a person's, so it is the person's last name. */
    private static boolean surname(Field f, PhraseIndex.Hit<Gazetteer.Entry> hit) {
        return f.others().stream().anyMatch(o -> "PERSON".equals(o.type()) && o.begin() < hit.begin() && hit.end() == o.end());
    }

    /** A one-word product name ("Keep", "Scale", "Distribution") counts only when written as a name mid-sentence. */
    private static boolean properNameInText(Field f, PhraseIndex.Hit<Gazetteer.Entry> hit) {
        String text = f.text();
        if (f.field() != CompanyMention.Field.TEXT || !Character.isUpperCase(text.charAt(hit.begin()))) {
            return false;
        }
        int i = hit.begin() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?\n\"“".indexOf(text.charAt(i)) < 0;
    }

    static Company firstCompany(List<Gazetteer.Entry> entries) {
        for (Gazetteer.Entry e : entries) {
            if (e instanceof Gazetteer.CompanyName cn) {
                return cn.company();
            }
        }
        return null;
    }
}
