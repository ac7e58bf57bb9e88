package io.wharf.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The Prometheus endpoint on loopback shows what the stages count. */
class MetricsEndpointIT {
    @Test
    void countersOfTheStagesAreScraped() throws Exception {
        try (MetricsEndpoint endpoint = MetricsEndpoint.start(0)) {
            Metrics.counter("wharf.ingest.polls", "source", "demo", "outcome", "failed").increment();
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("wharf_ingest_polls_total{outcome=\"failed\",source=\"demo\"} 1.0");
        }
    }
}
