package io.wharf.alert.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Wharf-Signature} header: {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes with the
 * shared secret, so a receiver can tell Wharf's posts from anyone else's. The secret is never logged.
 */
public final class Signature {
    public static final String HEADER = "X-Wharf-Signature";

    private Signature() {}

    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
