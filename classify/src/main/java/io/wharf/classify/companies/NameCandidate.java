package io.wharf.classify.companies;

import io.wharf.classify.text.PhraseIndex;
import io.wharf.classify.text.Token;
import io.wharf.model.CompanyMention;
import java.util.List;

/**
 * A gazetteer company name found in a field, with what is needed to judge it.
 *
 * @param named    which of the field's words belong to a gazetteer name (a cue word belongs to the nearest name)
 * @param caseless case is no evidence in this field (lower-cased text, an all-capitals headline)
 * @param clear    the name is no English word (the gazetteer's clearNames): it needs no context
 */
record NameCandidate(CompanyLinker.Field field, List<Token> tokens, PhraseIndex.Hit<Gazetteer.Entry> hit, Company company,
                     boolean[] named, boolean caseless, boolean clear) {
    NameCandidate(CompanyLinker.Field field, List<Token> tokens, PhraseIndex.Hit<Gazetteer.Entry> hit, Company company) {
        this(field, tokens, hit, company, new boolean[tokens.size()], false, false);
    }

    String surface() {
        return field.text().substring(hit.begin(), end());
    }

    int begin() {
        return hit.begin();
    }

    /** The span grows over a legal suffix ("Docker, Inc.") so offsets cover the name as written. */
    int end() {
        int next = hit.firstToken() + hit.tokenCount();
        if (next < tokens.size() && Gazetteer.isLegalSuffix(tokens.get(next).norm()) && tokens.get(next).begin() - hit.end() <= 2) {
            int end = tokens.get(next).end();
            // "Inc." keeps its abbreviation point, unless that point also ends the sentence ("... Inc. The")
            boolean point = end < field.text().length() && field.text().charAt(end) == '.';
            boolean sentenceEnd = point && end + 2 < field.text().length() && Character.isUpperCase(field.text().charAt(end + 2));
            return point && !sentenceEnd ? end + 1 : end;
        }
        return hit.end();
    }

    boolean nerOrganization() {
        return field.organizations().stream().anyMatch(o -> o.begin() < hit.end() && hit.begin() < o.end());
    }

    /** A one-word name of an ambiguous company, or a one-word name taken from a list (not curated); never a clear name. */
    boolean needsContext() {
        boolean oneWord = hit.tokenCount() == 1;
        return oneWord && !clear && (company.ambiguous() || company.caseSensitive());
    }

    double decide(boolean lowerCased, boolean anchored) {
        boolean ner = nerOrganization();
        if (!lowerCased && !caseless && !writtenAsName()) {
            return 0; // in normally cased text a company is written with a capital ("persistent systems" is a phrase)
        }
        if (!needsContext()) {
            return ner ? 0.95 : 0.9;
        }
        boolean suffix = end() != hit.end();
        if (suffix) {
            return 0.9;
        }
        if (ruledOut(lowerCased)) {
            return 0;
        }
        boolean cue = ContextCues.companyNear(field.text(), tokens, hit.firstToken(), hit.tokenCount(), lowerCased ? 2 : 4, lowerCased ? named : null)
                || ContextCues.suffixWordAfter(tokens, hit.firstToken(), hit.tokenCount())
                || !lowerCased && ContextCues.possessive(field.text(), tokens, hit.firstToken(), hit.tokenCount())
                || lowerCased && ContextCues.transcriptCue(tokens, hit.firstToken(), hit.tokenCount(), company.ambiguous());
        if (company.ambiguous()) {
            return ner || anchored ? 0.8 : cue ? 0.7 : 0;
        }
        // a listed one-word name: capitalised mid-sentence is enough, at a sentence start it needs more
        boolean midSentence = field.field() == CompanyMention.Field.TEXT && !sentenceStart();
        return (!caseless && midSentence) || ner || cue || anchored ? 0.75 : 0;
    }

    /** Could be the company's name if its surroundings say so (the list rule asks this): written as a name, not ruled out. */
    boolean mayBeName(boolean lowerCased) {
        return (lowerCased || writtenAsName()) && !ruledOut(lowerCased);
    }

    /**
     * The words around an ambiguous name make it the tool or the word: a tool word after it ("docker run"), or in a
     * transcript an article before it ("the release"), unless a company word follows ("an oracle spokesperson").
     */
    private boolean ruledOut(boolean lowerCased) {
        if (!company.ambiguous()) {
            return false;
        }
        return ContextCues.toolAfter(tokens, hit.firstToken(), hit.tokenCount())
                || lowerCased && ContextCues.determinerBefore(tokens, hit.firstToken())
                && !ContextCues.companyWordAfter(tokens, hit.firstToken(), hit.tokenCount());
    }

    /**
     * Capitalised, or spelled as the company writes itself ("eBay", "npm"; with capitals, in any case: "eWEEK"), or one
     * of its domains ("github.com"): how names appear in cased text. Not an acronym of something else ("ARM template").
     */
    private boolean writtenAsName() {
        String surface = field.text().substring(hit.begin(), hit.end());
        if (acronymOfSomethingElse(surface)) {
            return false;
        }
        return Character.isUpperCase(surface.codePointAt(0)) || surface.equals(company.name())
                || surface.chars().anyMatch(Character::isUpperCase) && surface.equalsIgnoreCase(company.name()) // "eWEEK" for eWeek
                || company.aliases().contains(surface) || company.domains().stream().anyMatch(surface::equalsIgnoreCase);
    }

    /**
     * "ARM servers", "an ARM template": a word-like name (Arm) written in capitals, a way the company does not write
     * itself, and followed by a lower-case word it qualifies, is an acronym. Only for names that need care anyway
     * (ambiguous, or single words from a list); "bought ARM." and an all-capitals headline keep the name.
     */
    private boolean acronymOfSomethingElse(String surface) {
        int next = hit.firstToken() + hit.tokenCount();
        boolean qualifies = next < tokens.size() && tokens.get(next).begin() == hit.end() + 1
                && Character.isLowerCase(field.text().codePointAt(tokens.get(next).begin()));
        return qualifies && (company.ambiguous() || company.caseSensitive()) && surface.length() > 1
                && surface.chars().noneMatch(Character::isLowerCase) && company.name().chars().anyMatch(Character::isLowerCase)
                && !company.aliases().contains(surface);
    }

    private boolean sentenceStart() {
        int i = hit.begin() - 1;
        while (i >= 0 && (Character.isWhitespace(field.text().charAt(i)) || "\"'\u201c\u2018(".indexOf(field.text().charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(field.text().charAt(i)) >= 0;
    }
}
