package io.wharf.classify.companies;

import io.wharf.classify.companies.CompanyLinker.Field;
import io.wharf.classify.nlp.EntitySpan;
import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import io.wharf.model.CompanyMention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The companies of an article that the gazetteer does not know: NER organisations and investment firms named by
 * their shape, kept unlinked under a normalised name unless they are no company (places, institutions, products).
 * Thread-safe: holds only the immutable gazetteer and filter.
 */
final class UnlinkedNames {
    private static final Pattern UNIT = Pattern.compile("(?i).*\\b(group|division|unit|department|business|team|office|center|centre)$");

    private final Gazetteer gazetteer;
    private final NonCompanyFilter nonCompanies;

    UnlinkedNames(Gazetteer gazetteer, NonCompanyFilter nonCompanies) {
        this.gazetteer = gazetteer;
        this.nonCompanies = nonCompanies;
    }

    /** NER organisations the gazetteer did not judge, kept under a normalised name unless they are no company. */
    void addOrganizations(List<Field> fields, List<CompanyMention> mentions, List<int[]> gazetteerSpans) {
        Set<String> otherNames = new HashSet<>();
        for (Field f : fields) {
            f.others().forEach(o -> otherNames.add(Tokens.key(o.text())));
        }
        String bodyKey = null; // the body's words, keyed once per article, for headline names
        for (Field f : fields) {
            for (EntitySpan span : f.organizations()) {
                if (gazetteer.stopped(span.text())) {
                    continue; // "Competition and Markets Authority" is one body, not two companies
                }
                for (EntitySpan org : splitConjunction(f.text(), span)) {
                    boolean covered = covered(gazetteerSpans, f, org.begin(), org.end());
                    if (covered || otherNames.contains(Tokens.key(org.text())) || nonCompanies.excluded(org.text(), gazetteer)) {
                        continue;
                    }
                    Company known = company(org.text());
                    if (known != null) { // a part of a split "A and B" that the gazetteer knows
                        mentions.add(new CompanyMention(known.id(), known.name(), org.text(), f.field(), org.begin(), org.end(), 0.7));
                        continue;
                    }
                    String name = OrganizationNames.normalize(org.text());
                    if (bodyKey == null) {
                        bodyKey = bodyKey(fields);
                    }
                    if (f.field() == CompanyMention.Field.TITLE && !bodyKey.contains(" " + Tokens.key(name) + " ")) {
                        continue; // in a headline (Title Case, mostly) the NER takes word runs for names ("Container Downloads Top")
                    }
                    mentions.add(new CompanyMention(null, name, org.text(), f.field(), org.begin(), org.end(), 0.6 * org.confidence()));
                }
            }
        }
    }

    /**
     * Investment firms by the shape of their names, where neither the gazetteer nor the NER found a name.
     *
     * @param tokens each field's words, index for index with fields
     */
    void addInvestors(List<Field> fields, List<List<Token>> tokens, List<CompanyMention> mentions, List<int[]> gazetteerSpans,
                      boolean lowerCased) {
        for (int fi = 0; fi < fields.size(); fi++) {
            Field f = fields.get(fi);
            if (f.field() == CompanyMention.Field.TITLE) {
                continue; // Title Case makes every word a name; funding news names its investors in the body
            }
            for (InvestorNames.Span s : InvestorNames.find(f.text(), tokens.get(fi), lowerCased)) {
                String surface = f.text().substring(s.begin(), s.end());
                boolean overlapsMention = mentions.stream().anyMatch(m -> m.field() == f.field() && m.begin() < s.end() && s.begin() < m.end());
                if (!overlapsMention && !covered(gazetteerSpans, f, s.begin(), s.end()) && !nonCompanies.excluded(surface, gazetteer)) {
                    mentions.add(new CompanyMention(null, OrganizationNames.normalize(surface), surface, f.field(), s.begin(), s.end(), 0.5));
                }
            }
        }
    }

    /** The gazetteer's judgement stands wherever it found a name, accepted or not. */
    private static boolean covered(List<int[]> gazetteerSpans, Field f, int begin, int end) {
        return gazetteerSpans.stream().anyMatch(g -> g[0] == f.field().ordinal() && g[1] < end && begin < g[2]);
    }

    /** The body's words as one key, padded, so that a name is looked up as whole words in any case ("Arm" is not in "Army"). */
    private static String bodyKey(List<Field> fields) {
        StringBuilder b = new StringBuilder(" ");
        fields.stream().filter(f -> f.field() == CompanyMention.Field.TEXT).forEach(f -> b.append(Tokens.key(f.text())).append(' '));
        return b.toString();
    }

    /**
     * "Goldman Sachs and Northern Trust" tagged as one organisation is two; "Cloud and Enterprise Group" is one. Split
     * when the gazetteer knows one of the parts, or when both parts are capitalised names of two words or more and the
     * last word is not one that makes "A and B Group" a single unit ("Procter and Gamble", "Research and Markets"
     * stay one).
     */
    List<EntitySpan> splitConjunction(String text, EntitySpan org) {
        int and = org.text().indexOf(" and ");
        if (and < 0) {
            return List.of(org);
        }
        int b = org.begin();
        EntitySpan left = new EntitySpan(org.type(), org.text().substring(0, and), b, b + and, org.confidence());
        EntitySpan right = new EntitySpan(org.type(), org.text().substring(and + 5), b + and + 5, org.end(), org.confidence());
        boolean known = company(left.text()) != null || company(right.text()) != null;
        boolean names = longName(left.text()) && longName(right.text()) && !UNIT.matcher(right.text()).matches();
        return known || names ? List.of(left, right) : List.of(org);
    }

    private static boolean longName(String part) {
        String p = part.strip();
        return p.contains(" ") && Character.isUpperCase(p.codePointAt(0));
    }

    private Company company(String name) {
        return CompanyLinker.firstCompany(gazetteer.names().get(name));
    }
}
