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

    private ContextCues() {}

    /** A company word within {@code window} words either side. */
    static boolean companyNear(List<Token> tokens, int first, int count, int window) {
        int from = Math.max(0, first - window);
        int to = Math.min(tokens.size(), first + count + window);
        for (int i = from; i < to; i++) {
            if ((i < first || i >= first + count) && COMPANY.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A company word right after the name ("an oracle spokesperson"). */
    static boolean companyWordAfter(List<Token> tokens, int first, int count) {
        int next = first + count;
        return next < tokens.size() && COMPANY.contains(tokens.get(next).norm());
    }

    /** "Docker's": in normally cased text a possessive name is an actor, the company. */
    static boolean possessive(String text, List<Token> tokens, int first, int count) {
        int next = first + count;
        if (next >= tokens.size() || !tokens.get(next).norm().equals("s")) {
            return false;
        }
        int gap = tokens.get(next).begin() - 1;
        return gap >= 0 && (text.charAt(gap) == '\'' || text.charAt(gap) == '\u2019') && gap == tokens.get(next - 1).end();
    }

    /** Words that, right after a name, make it a company's full name ("Uber Technologies"); anywhere else they are not. */
    private static final Set<String> SUFFIX_WORDS = Set.of("technologies", "holdings");

    static boolean suffixWordAfter(List<Token> tokens, int first, int count) {
        int next = first + count;
        return next < tokens.size() && SUFFIX_WORDS.contains(tokens.get(next).norm());
    }

    /** Words before a name that make it a workplace or a source ("worked at twitter", "moved from oracle"). */
    private static final Set<String> WORKPLACE_BEFORE = Set.of("at", "from");

    /**
     * In a transcript: "docker s tools" (the possessive lost its apostrophe), or, for a name that is no tool or word,
     * "at twitter" and "from oracle" ("look at docker", "from root" are no companies).
     */
    static boolean transcriptCue(List<Token> tokens, int first, int count, boolean ambiguous) {
        int next = first + count;
        boolean possessive = next < tokens.size() && tokens.get(next).norm().equals("s");
        boolean workplace = !ambiguous && first > 0 && WORKPLACE_BEFORE.contains(tokens.get(first - 1).norm());
        return possessive || workplace;
    }

    /** The next word makes the name a tool (docker run, chef recipe, weave net). */
    static boolean toolAfter(List<Token> tokens, int first, int count) {
        int next = first + count;
        return next < tokens.size() && TOOL_AFTER.contains(tokens.get(next).norm());
    }

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "your", "our", "their", "its", "every", "each",
            "any", "no");

    /** "the release", "a switch": an article or determiner before a word that is also a name makes it the word. */
    static boolean determinerBefore(List<Token> tokens, int first) {
        return first > 0 && DETERMINERS.contains(tokens.get(first - 1).norm());
    }
}
