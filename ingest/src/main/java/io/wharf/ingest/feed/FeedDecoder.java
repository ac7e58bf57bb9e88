package io.wharf.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text for feeds that lie about their encoding: a byte order mark wins (UTF-8, UTF-16 LE/BE), then the
 * XML declaration, then the HTTP charset, then UTF-8; a declared encoding the bytes do not fit (UTF-8 declared,
 * Latin-1 sent) falls back to windows-1252, which decodes any byte.
 */
final class FeedDecoder {
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private FeedDecoder() {}

    static String decode(byte[] body, String contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return strict(body, 3, StandardCharsets.UTF_8, FALLBACK);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (body.length >= 4 && body[0] == '<' && body[1] == 0) {
            return new String(body, StandardCharsets.UTF_16LE); // UTF-16 without a BOM
        }
        if (body.length >= 4 && body[0] == 0 && body[1] == '<') {
            return new String(body, StandardCharsets.UTF_16BE);
        }
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        Charset declared = charset(match(DECLARED, head));
        Charset http = charset(httpCharset(contentType));
        Charset first = declared != null ? declared : http != null ? http : StandardCharsets.UTF_8;
        return strict(body, 0, first, FALLBACK);
    }

    private static String strict(byte[] body, int offset, Charset cs, Charset fallback) {
        try {
            CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return new String(body, offset, body.length - offset, fallback);
        }
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT).equals("utf8") ? "UTF-8" : name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([^;\"\\s]+)").matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
