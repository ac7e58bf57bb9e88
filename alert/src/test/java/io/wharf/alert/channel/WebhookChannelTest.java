package io.wharf.alert.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.wharf.alert.testing.Deals;
import io.wharf.model.Deal;
import io.wharf.model.Json;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {
    private static final Delivery RETRIES = new Delivery(new Delivery.Settings(5, Duration.ofMillis(20), Duration.ofMillis(100)));
    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private volatile int failFirst;
    private volatile int failStatus = 500;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int n = calls.incrementAndGet();
            int status = n <= failFirst ? failStatus : 200;
            if (status == 200) {
                bodies.add(body);
                signatures.add(ex.getRequestHeaders().getFirst(Signature.HEADER));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private WebhookChannel channel(boolean slack, List<String> allow) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        return new WebhookChannel(new WebhookChannel.Settings(url, slack, "s3cret", Duration.ofSeconds(5), allow));
    }

    static Alert alert() {
        Deal d = Deals.twistlock("a1", Deal.Status.ANNOUNCED, 410_000_000L);
        return new Alert(d.id() + ":v1", d.id(), 1, "new", "Palo Alto Networks to acquire Twistlock for $410M — 1 source",
                d.evidence().sentence(), 1, List.of("https://example.com/a1"), List.of("r"), d, Instant.parse("2026-12-06T10:00:00Z"));
    }

    @Test
    void threeServerErrorsThenOkGiveOneDelivery() throws Exception {
        failFirst = 3;
        Delivery.Outcome o = RETRIES.deliver(channel(false, List.of("127.0.0.1/32")), alert());
        System.out.printf("webhook: %d requests, %d delivered, attempts %d%n", calls.get(), bodies.size(), o.attempts());
        assertThat(o.delivered()).isTrue();
        assertThat(calls.get()).isEqualTo(4);
        assertThat(bodies).hasSize(1);
        JsonNode body = Json.mapper().readTree(bodies.get(0));
        assertThat(body.get("idempotencyKey").asText()).endsWith(":v1");
        assertThat(body.get("text").asText()).startsWith("Palo Alto Networks to acquire Twistlock");
        assertThat(signatures.get(0)).isEqualTo(Signature.of(bodies.get(0), "s3cret"));
    }

    @Test
    void aClientErrorIsNotRetriedAndTheGuardRefusesLoopbackUnlessAllowed() {
        failFirst = 100;
        failStatus = 404;
        Delivery.Outcome o = RETRIES.deliver(channel(false, List.of("127.0.0.1/32")), alert());
        assertThat(o.delivered()).isFalse();
        assertThat(o.error()).contains("HTTP 404").contains("1 attempt");
        assertThat(calls.get()).isEqualTo(1);

        Delivery.Outcome refused = RETRIES.deliver(channel(false, List.of()), alert());
        assertThat(refused.error()).contains("internal address").contains("alert.webhook.allow");
        assertThat(calls.get()).as("nothing sent to a refused address").isEqualTo(1);
    }

    @Test
    void aDownReceiverIsRetriedThenGivenUp() {
        failFirst = 100;
        Delivery.Outcome o = RETRIES.deliver(channel(false, List.of("127.0.0.1/32")), alert());
        assertThat(o.delivered()).isFalse();
        assertThat(o.error()).contains("HTTP 500").contains("5 attempt");
        assertThat(calls.get()).isEqualTo(5);
    }

    @Test
    void slackBodyIsText() throws Exception {
        assertThat(RETRIES.deliver(channel(true, List.of("127.0.0.1")), alert()).delivered()).isTrue();
        JsonNode body = Json.mapper().readTree(bodies.get(0));
        assertThat(body.get("text").asText()).startsWith("*Palo Alto Networks").contains("> Palo Alto Networks said").contains("https://example.com/a1");
    }

    @Test
    void theSecretIsNotInTheSettingsText() {
        assertThat(new WebhookChannel.Settings(URI.create("https://x"), false, "s3cret", Duration.ofSeconds(1), List.of()).toString())
                .doesNotContain("s3cret");
    }
}
