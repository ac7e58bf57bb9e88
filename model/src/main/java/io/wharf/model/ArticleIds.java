package io.wharf.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers: the same input gives the same id on every machine and in every release. */
public final class ArticleIds {
    private ArticleIds() {}

    /** Article id: first 128 bits of SHA-256 of the normalised URL, hex. */
    public static String of(String normalizedUrl) {
        return sha256Hex(Checks.nonBlank(normalizedUrl, "normalizedUrl")).substring(0, 32);
    }

    public static String contentHash(String title, String text) {
        return sha256Hex((title == null ? "" : title) + '\u0000' + (text == null ? "" : text)).substring(0, 32);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
