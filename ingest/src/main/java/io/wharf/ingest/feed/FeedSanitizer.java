package io.wharf.ingest.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Repairs the known breakages of real feeds so a strict XML parser reads them, and removes what makes XML
 * dangerous: the DOCTYPE goes entirely (no DTD is ever processed, so no external entity is fetched and no entity
 * expands), HTML entities become characters, other undeclared entities and stray ampersands become text,
 * characters XML forbids are dropped, anything before the first tag goes, and the XML declaration is dropped
 * (the text is already decoded).
 */
final class FeedSanitizer {
    private static final Pattern DOCTYPE = Pattern.compile("(?is)<!DOCTYPE(?:[^\\[>]*\\[.*?\\]\\s*>|[^>]*>)");
    private static final Pattern XML_DECL = Pattern.compile("(?s)^\\s*<\\?xml.*?\\?>");
    private static final Pattern AMP = Pattern.compile("&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)?");
    private static final Pattern CDATA = Pattern.compile("(?s)<!\\[CDATA\\[.*?\\]\\]>");
    private static final java.util.Set<String> XML_ENTITIES = java.util.Set.of("amp", "lt", "gt", "quot", "apos");

    private FeedSanitizer() {}

    static String sanitize(String xml) {
        String s = stripInvalidChars(xml);
        int firstTag = s.indexOf('<');
        if (firstTag > 0) {
            s = s.substring(firstTag);
        }
        s = XML_DECL.matcher(s).replaceFirst("");
        s = DOCTYPE.matcher(s).replaceAll("");
        return fixEntitiesOutsideCdata(s);
    }

    private static String fixEntitiesOutsideCdata(String s) {
        StringBuilder out = new StringBuilder(s.length() + 64);
        Matcher cdata = CDATA.matcher(s);
        int last = 0;
        while (cdata.find()) {
            out.append(fixEntities(s.substring(last, cdata.start())));
            out.append(cdata.group());
            last = cdata.end();
        }
        out.append(fixEntities(s.substring(last)));
        return out.toString();
    }

    private static String fixEntities(String s) {
        Matcher m = AMP.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref == null) {
                replacement = "&amp;"; // a stray ampersand
            } else if (ref.startsWith("#")) {
                replacement = validCharRef(ref) ? "&" + ref : "";
            } else {
                String name = ref.substring(0, ref.length() - 1);
                if (XML_ENTITIES.contains(name)) {
                    replacement = "&" + ref;
                } else if (Entities.isNamedEntity(name)) {
                    replacement = escape(Entities.getByName(name));
                } else {
                    replacement = "&amp;" + ref; // unknown entity: keep it as text, never expand it
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean validCharRef(String ref) {
        try {
            int cp = ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                    ? Integer.parseInt(ref.substring(2, ref.length() - 1), 16) : Integer.parseInt(ref.substring(1, ref.length() - 1));
            return validXmlChar(cp);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String escape(String chars) {
        return chars.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String stripInvalidChars(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (!validXmlChar(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += len;
        }
        return sb == null ? s : sb.toString();
    }

    static boolean validXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
