package io.wharf.alert.channel;

import io.wharf.model.AddressGuard;
import io.wharf.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Alerts as a JSON POST: the alert record, or with {@code slack} a Slack-compatible {@code {"text": ...}} body.
 * Signed when a secret is set ({@link Signature}); the idempotency key also travels as {@code X-Wharf-Idempotency-Key}.
 * The URL passes ingest's SSRF guard (no loopback, private or metadata address unless allowed), redirects are not
 * followed (a redirect could lead past the guard). A 5xx, 429 or network error is retried by the caller; any other
 * non-2xx answer is permanent.
 */
public final class WebhookChannel implements Channel {
    public static final String KEY_HEADER = "X-Wharf-Idempotency-Key";

    public record Settings(URI url, boolean slack, String secret, Duration timeout, List<String> allow) {
        @Override
        public String toString() {
            return "Settings[url=" + url + ", slack=" + slack + ", secret=" + (secret == null ? "none" : "***") + "]";
        }
    }

    private final Settings settings;
    private final AddressGuard guard;
    private final HttpClient client;

    public WebhookChannel(Settings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allow(), "alert.webhook.allow");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(Alert a) throws Exception {
        try {
            guard.check(settings.url());
        } catch (AddressGuard.Refused e) {
            if (e.retryable()) {
                throw e;
            }
            throw new Permanent(e.getMessage(), null);
        }
        byte[] body = settings.slack() ? Json.mapper().writeValueAsBytes(Map.of("text", slackText(a))) : Json.toBytes(a);
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json").header(KEY_HEADER, a.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (settings.secret() != null) {
            request.header(Signature.HEADER, Signature.of(body, settings.secret()));
        }
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = "webhook answered HTTP " + status;
        if (status >= 500 || status == 429) {
            throw new java.io.IOException(reason);
        }
        throw new Permanent(reason, null);
    }

    /** Slack's mrkdwn: the one-liner in bold, the evidence quoted, the links. */
    static String slackText(Alert a) {
        StringBuilder b = new StringBuilder("*").append(a.text()).append("*\n> ").append(a.evidence());
        a.links().forEach(l -> b.append('\n').append(l));
        return b.append("\n_").append(a.idempotencyKey()).append('_').toString();
    }
}
