package io.wharf.classify.companies;

import io.wharf.classify.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Words around a name that tell the company sense from the tool or word sense ("Docker raised" vs
 * "docker run", "Chef acquired by" vs "a chef"). Used only for names that need context.
 */
final class ContextCues {
    /** Words that, near a name, say it is a company acting or being acted on. */
    private static final Set<String> COMPANY = Set.of("inc", "corp", "ltd", "llc", "gmbh", "company", "companies", "startup",
            "start", "firm", "vendor", "vendors", "maker", "provider", "acquire", "acquires", "acquired", "acquiring", "acquisition",
            "buy", "buys", "bought", "buying", "purchase", "purchased", "merger", "merge", "merged", "deal", "raised", "raises",
            "raise", "funding", "funded", "round", "series", "investors", "investor", "invested", "valuation", "ceo", "cto", "cfo",
            "founder", "founders", "cofounder", "founded", "co", "employees", "staff", "layoffs", "headquartered", "based",
            "spokesperson", "spokesman", "spokeswoman", "executive", "executives", "president", "announced", "announces",
            "partnered", "partnership", "partners", "customers", "revenue", "ipo", "shares", "subsidiary", "unit", "owned", "owner",
            "labs", "software", "rival", "rivals", "competitor", "competitors", "said", "says", "told", "according",
            // what a company does in the news, as the subject of a sentence ("Docker withdrew the plan")
            "spun", "withdrew", "withdrawn", "dropped", "teamed", "hired", "named", "unveiled", "unveils", "introduced",
            "launched", "launches", "donated", "donates", "agreed", "declined", "plans", "planned", "confirmed", "backed",
            "sued", "signed", "joined", "joins", "offered", "sold", "sells", "priced", "filed", "apologized", "apologised",
            "engineer", "engineers", "employee", "maintainers", "officer", "chief", "board", "leadership", "statement",
            "created", "develops", "developed", "builds", "makes", "ships", "researchers");

    /** Words right after a name that make it a tool, a command or a thing. */
    private static final Set<String> TOOL_AFTER = Set.of("container", "containers", "containerized", "image", "images", "file",
            "files", "compose", "run", "build", "builds", "daemon", "command", "commands", "cli", "engine", "hub", "desktop",
            "swarm", "machine", "registry", "volume", "volumes", "network", "networks", "socket", "api", "host", "hosts",
            "cookbook", "cookbooks", "recipe", "recipes", "manifest", "manifests", "module", "modules", "agent", "server",
            "client", "plugin", "plugins", "ps", "exec", "pull", "push", "tag", "login", "stack", "service", "services", "os",
            "toolbox", "cloud", "net", "scope", "flux", "kit", "sdk", "extension", "extensions", "mode", "cluster", "clusters",
            "instance", "instances");

    /** Words that, right after a name, make it a company's full name ("Uber Technologies"); anywhere else they are not. */
    private static final Set<String> SUFFIX_WORDS = Set.of("technologies", "holdings");

    /** The "s" of a possessive, apostrophe or not ("Docker's", "docker s"). */
    private static final Set<String> POSSESSIVE_S = Set.of("s");

    /** Words before a name that make it a workplace or a source ("worked at twitter", "moved from oracle"). */
    private static final Set<String> WORKPLACE_BEFORE = Set.of("at", "from");

    private static final Set<String> PERFECT = Set.of("has", "had", "have");
    private static final Set<String> COMPANY_DONE = Set.of("fixed", "patched", "released", "acquired", "raised", "announced",
            "launched", "added", "opened", "agreed", "signed", "hired", "partnered", "filed", "sued", "introduced", "unveiled",
            "shipped", "bought", "sold", "won", "spun", "struck", "published", "disclosed", "confirmed", "donated", "laid",
            "named", "appointed", "closed", "completed", "deprecated", "retired", "invested", "teamed", "open-sourced",
            "merged", "rebranded", "renamed", "fined", "breached", "hacked");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "your", "our", "their", "its", "every", "each",
            "any", "no");

    private ContextCues() {}

    /** The word right after the name is one of {@code words}. */
    private static boolean wordAfter(List<Token> tokens, int first, int count, Set<String> words) {
        int next = first + count;
        return next < tokens.size() && words.contains(tokens.get(next).norm());
    }

    /** The word right before the name is one of {@code words}. */
    private static boolean wordBefore(List<Token> tokens, int first, Set<String> words) {
        return first > 0 && words.contains(tokens.get(first - 1).norm());
    }

    /**
     * A company word within {@code window} words either side, in the name's own sentence, and not past another name:
     * in "a conspicuous gap oracle declined" (a transcript, no full stop) the cue "declined" is Oracle's, not Gap's.
     *
     * @param named the words that belong to gazetteer names, or null to let cues pass over names
     */
    static boolean companyNear(String text, List<Token> tokens, int first, int count, int window, boolean[] named) {
        for (int i = first - 1; i >= Math.max(0, first - window) && !boundary(text, tokens, i, i + 1, named, i); i--) {
            if (COMPANY.contains(tokens.get(i).norm()) && !ownerBefore(tokens, i, first)) {
                return true;
            }
        }
        int last = first + count - 1;
        for (int i = last + 1; i < Math.min(tokens.size(), first + count + window) && !boundary(text, tokens, i - 1, i, named, i); i++) {
            if (COMPANY.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence end between two neighbouring words, or the word at {@code at} belongs to another name. */
    private static boolean boundary(String text, List<Token> tokens, int left, int right, boolean[] named, int at) {
        if (named != null && named[at]) {
            return true;
        }
        for (int c = tokens.get(left).end(); c < tokens.get(right).begin(); c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?') {
                return true;
            }
        }
        return false;
    }

    /** "the company's root cause": a company word before the name that owns what follows is no cue for the name. */
    private static boolean ownerBefore(List<Token> tokens, int i, int first) {
        return i < first && i + 1 < tokens.size() && POSSESSIVE_S.contains(tokens.get(i + 1).norm());
    }

    /** A company word right after the name ("an oracle spokesperson"). */
    static boolean companyWordAfter(List<Token> tokens, int first, int count) {
        return wordAfter(tokens, first, count, COMPANY);
    }

    /** "Docker's": in normally cased text a possessive name is an actor, the company. */
    static boolean possessive(String text, List<Token> tokens, int first, int count) {
        int next = first + count;
        if (!wordAfter(tokens, first, count, POSSESSIVE_S)) {
            return false;
        }
        int gap = tokens.get(next).begin() - 1;
        return gap >= 0 && (text.charAt(gap) == '\'' || text.charAt(gap) == '\u2019') && gap == tokens.get(next - 1).end();
    }

    /** "Uber Technologies": a full company name. */
    static boolean suffixWordAfter(List<Token> tokens, int first, int count) {
        return wordAfter(tokens, first, count, SUFFIX_WORDS);
    }

    /**
     * In a transcript: "docker s tools" (the possessive lost its apostrophe), or, for a name that is no tool or word,
     * "at twitter" and "from oracle" ("look at docker", "from root" are no companies).
     */
    static boolean transcriptCue(List<Token> tokens, int first, int count, boolean ambiguous) {
        return wordAfter(tokens, first, count, POSSESSIVE_S) || !ambiguous && wordBefore(tokens, first, WORKPLACE_BEFORE)
                || hasDone(tokens, first + count);
    }

    /**
     * "docker has fixed", "chef had acquired", "weave has been acquired": a name that has done what companies do is an
     * actor, not a tool. Only verbs of company news: "velocity has increased" says nothing.
     */
    private static boolean hasDone(List<Token> tokens, int next) {
        if (next + 1 >= tokens.size() || !PERFECT.contains(tokens.get(next).norm())) {
            return false;
        }
        int verb = "been".equals(tokens.get(next + 1).norm()) ? next + 2 : next + 1;
        return verb < tokens.size() && COMPANY_DONE.contains(tokens.get(verb).norm());
    }

    /** The next word makes the name a tool (docker run, chef recipe, weave net). */
    static boolean toolAfter(List<Token> tokens, int first, int count) {
        return wordAfter(tokens, first, count, TOOL_AFTER);
    }

    /** "the release", "a switch": an article or determiner before a word that is also a name makes it the word. */
    static boolean determinerBefore(List<Token> tokens, int first) {
        return wordBefore(tokens, first, DETERMINERS);
    }
}
