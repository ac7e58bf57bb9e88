package io.wharf.classify.companies;

import java.util.regex.Pattern;

/** Normalises an organisation name as written ("Docker, Inc.") to the name it is known by ("Docker"). */
public final class OrganizationNames {
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(?i)[,\\s]+(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\\.l\\.c|plc|gmbh|ag|sa|s\\.a|bv|b\\.v|nv|oy|ab|pty|srl|kk)\\.?$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['\u2019]s$");

    private OrganizationNames() {}

    public static String normalize(String surface) {
        String s = surface.replaceAll("\\s+", " ").trim();
        s = POSSESSIVE.matcher(s).replaceAll("");
        String before;
        do {
            before = s;
            s = LEGAL_SUFFIX.matcher(s).replaceAll("").trim();
        } while (!s.equals(before) && !s.isEmpty());
        s = s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$", "");
        return s.isEmpty() ? surface.trim() : s;
    }
}
