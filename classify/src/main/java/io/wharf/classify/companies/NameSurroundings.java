package io.wharf.classify.companies;

import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import java.util.List;
import java.util.Set;

/**
 * What lies around the gazetteer's hits in one field, for the checks that turn a hit into no company at all: a stock
 * ticker ("Swedish Match &lt;SMBS.ST&gt;" is no STMicroelectronics), an idiom ("in addition"), an investment arm
 * ("Salesforce Ventures" is not Salesforce) and a product line after its maker ("HP OpenView" is not OpenView Venture
 * Partners). Also tells which words are names (a cue word belongs to the nearest name) and whether case can be evidence
 * here: not in lower-cased text and not in an all-capitals headline. One per field and article; not shared.
 */
final class NameSurroundings {
    private static final Set<String> ARM = Set.of("ventures", "investments");
    private static final Set<String> BEFORE_PARTNERS = Set.of("venture", "capital");
    private static final int TICKER_CHARS = 14;
    private static final java.util.regex.Pattern INVESTOR_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(ventures?|capital|partners|investments?|equity|growth)\\b");

    private final CompanyLinker.Field field;
    private final List<Token> tokens;
    private final List<PhraseIndex.Hit<Gazetteer.Entry>> hits;
    private final List<PhraseIndex.Hit<String>> idioms;
    private final boolean[] named;
    private final boolean lowerCased;
    private final boolean caseless;

    /** @param hits the field's gazetteer hits in text order */
    NameSurroundings(CompanyLinker.Field field, List<Token> tokens, List<PhraseIndex.Hit<Gazetteer.Entry>> hits, Gazetteer gazetteer,
                     boolean lowerCased) {
        this.field = field;
        this.tokens = tokens;
        this.hits = hits;
        this.lowerCased = lowerCased;
        this.caseless = lowerCased || Tokens.isUpperCased(field.text());
        this.idioms = caseless ? gazetteer.idioms().find(field.text(), tokens) : List.of();
        this.named = new boolean[tokens.size()];
        for (PhraseIndex.Hit<Gazetteer.Entry> h : hits) {
            for (int i = h.firstToken(); i < h.firstToken() + h.tokenCount() && CompanyLinker.firstCompany(h.entries()) != null; i++) {
                named[i] = true; // company names only: a product's name ("Now") owns no cue
            }
        }
    }

    /** Which words belong to a gazetteer company name; index for index with the field's tokens. */
    boolean[] named() {
        return named;
    }

    /** Case says nothing here: lower-cased text, or a field written all in capitals ("SWEDISH MATCH SEES PROFIT"). */
    boolean caseless() {
        return caseless;
    }

    /** Inside a ticker in angle brackets, as wire copy writes them: "&lt;SMBS.ST&gt;", "&lt;IBM&gt;". */
    boolean inTicker(PhraseIndex.Hit<Gazetteer.Entry> hit) {
        String text = field.text();
        int open = text.lastIndexOf('<', hit.begin());
        if (open < 0 || hit.begin() - open > TICKER_CHARS || text.lastIndexOf('>', hit.begin()) > open) {
            return false;
        }
        int close = text.indexOf('>', hit.end());
        return close >= 0 && close - hit.end() <= TICKER_CHARS && text.substring(open, close).indexOf('\n') < 0;
    }

    /**
     * A word of an idiom the gazetteer lists ("in addition", "in flux"), where case cannot tell the name from the word.
     * In written text the capital already does ("in Addition" is rare, "in addition" fails the capital test).
     */
    boolean inIdiom(PhraseIndex.Hit<Gazetteer.Entry> hit) {
        int last = hit.firstToken() + hit.tokenCount();
        return idioms.stream().anyMatch(i -> i.tokenCount() > hit.tokenCount() && i.firstToken() <= hit.firstToken()
                && last <= i.firstToken() + i.tokenCount());
    }

    /**
     * Where the name of a company's investment arm ends: "Salesforce Ventures", "Cisco Investments", "Dell Technologies
     * Capital", "Acme Venture Partners"; -1 when the hit is no arm. The gazetteer's longest match has already taken arms
     * it knows (GV, Intel Capital). "Capital" alone is an arm only where funding words say so in lower-cased text
     * ("aws capital spending" is no firm), and in written text only capitalised.
     */
    int armSuffixEnd(PhraseIndex.Hit<Gazetteer.Entry> hit, Company company) {
        int n = hit.firstToken() + hit.tokenCount();
        if (INVESTOR_NAME.matcher(company.name()).find()) {
            return -1; // "Insight" + "Venture Partners": an investor's own longer name, not an arm of it
        }
        if (n >= tokens.size() || !Tokens.joinable(field.text(), tokens.get(n - 1), tokens.get(n)) || !suffixWritten(n)) {
            return -1;
        }
        String word = tokens.get(n).norm();
        if (BEFORE_PARTNERS.contains(word) && n + 1 < tokens.size() && tokens.get(n + 1).norm().equals("partners")) {
            return tokens.get(n + 1).end();
        }
        if (ARM.contains(word) || word.equals("capital") && (!lowerCased || InvestorNames.cued(tokens, hit.firstToken(), n))) {
            return tokens.get(n).end();
        }
        return -1;
    }

    private boolean suffixWritten(int n) {
        return lowerCased || Character.isUpperCase(field.text().charAt(tokens.get(n).begin()));
    }

    /**
     * "HP OpenView", "IBM Tivoli": an alias or an ambiguous name right after another company's name, one space
     * between, is that company's product line; in written text only. The maker must be a name that needs no context.
     */
    boolean productOfPrevious(PhraseIndex.Hit<Gazetteer.Entry> hit, Company company) {
        boolean alias = hit.entries().stream().noneMatch(e -> e instanceof Gazetteer.CompanyName cn && cn.company() == company && !cn.alias());
        if (!alias && !company.ambiguous()) {
            return false;
        }
        int k = hits.indexOf(hit);
        PhraseIndex.Hit<Gazetteer.Entry> prev = k > 0 ? hits.get(k - 1) : null;
        Company maker = prev == null ? null : CompanyLinker.firstCompany(prev.entries());
        if (maker == null || maker == company || maker.ambiguous() || !" ".equals(field.text().substring(prev.end(), hit.begin()))) {
            return false;
        }
        // Only in written text, where a list separates its members: a transcript's "solo io kong and the cloud providers"
        // is a list whose commas were lost (measured: the rule cost transcripts more than it gained).
        return !lowerCased;
    }
}
