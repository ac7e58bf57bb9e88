package io.wharf.classify.companies;

import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells which NER organisations are not companies: the gazetteer's stoplist (foundations, projects), names of
 * known products and taxonomy keywords (Kubernetes, Istio), institutional names (Foundation, University), places
 * (cities, states, countries), and names shaped like products ("... Container Service", "... Platform"). Only for names the gazetteer does not know.
 */
public final class NonCompanyFilter {
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i).*\\b(foundation|university|universit\\w+|institute|college|school|project|council|commission|committee|agency|"
            + "department|ministry|government|association|consortium|alliance|initiative|sig|working group|community|summit|"
            + "conference|con|meetup|program|programme|court|parliament|senate|congress|police|army|navy|laboratory|"
            + "administration|enforcement|office of)\\b.*|.*\\bstock exchange$"  // (?i) covers every branch
            + "|(cncf|openssf)\\b.*"); // "CNCF Sandbox", "OpenSSF Scorecard": a foundation's programmes, not firms

    /** "EC2 Container Service", "Unified Network Security Platform": an unknown name ending so is a product. */
    private static final Pattern PRODUCT = Pattern.compile(
            "(?i).*\\b(service|platform|engine|edition|server|suite|studio|toolkit|sdk|api|framework|runtime|operator|plugin|"
            + "extension|console|dashboard|registry|hub|desktop|cli|interface|specification|license|licence|apps|editions)$");

    /** "DockerCon", "HashiConf Digital": the industry's conferences are named with a capital Con or Conf inside a word. */
    private static final Pattern EVENT = Pattern.compile(".*[a-z](Con|Conf)\\b.*");

    private static final Pattern SHORT_ACRONYM = Pattern.compile("[A-Z0-9]{2,4}s?");
    private static final Pattern JOB_TITLE = Pattern.compile(
            "(?i)^(ceo|cto|cfo|coo|cio|ciso|cmo|vp|svp|evp|president|chairman|chairwoman|founder|co-founder|cofounder|chief)\\b");

    private final Predicate<String> keyword;

    /** @param keyword true for a phrase that is a taxonomy keyword (a technology, not a company) */
    public NonCompanyFilter(Predicate<String> keyword) {
        this.keyword = keyword;
        PlaceNames.preload();
    }

    /** The name begins with a whole company or product name the gazetteer knows, and goes on past it. */
    private static boolean brandedPart(String orgText, Gazetteer gazetteer) {
        List<Token> tokens = Tokens.words(orgText);
        return gazetteer.names().find(orgText, tokens).stream()
                .anyMatch(h -> h.firstToken() == 0 && h.tokenCount() < tokens.size() && !Gazetteer.isLegalSuffix(tokens.get(h.tokenCount()).norm()));
    }

    public boolean excluded(String orgText, Gazetteer gazetteer) {
        String key = Tokens.key(orgText);
        if (key.isEmpty() || key.length() < 2 || gazetteer.stopped(orgText) || keyword.test(orgText)) {
            return true;
        }
        if (SHORT_ACRONYM.matcher(orgText).matches() || JOB_TITLE.matcher(orgText).find() || Gazetteer.isLegalSuffix(key)) {
            return true; // protocols and standards (TLS, IAM) and "CTO Jane Doe" are what NER most often mislabels
        }
        if (!gazetteer.names().get(orgText).isEmpty()) {
            return true; // a product name (a company name would have been linked)
        }
        if (brandedPart(orgText, gazetteer)) {
            return true; // "Azure Log Analytics", "Google Cloud Deploy": a known maker's name in front makes it its product
        }
        return INSTITUTION.matcher(orgText).matches() || PRODUCT.matcher(orgText.strip()).matches()
                || EVENT.matcher(orgText).matches() || PlaceNames.isPlace(orgText);
    }
}
