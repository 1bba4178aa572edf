package studybot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private MetricsEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", 0), registry);
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void servesTheRegistryInPrometheusTextFormat() throws Exception {
        Counter.builder("studybot.example")
                .tag("kind", "test")
                .register(registry)
                .increment(3);

        HttpResponse<String> response =
                send(HttpRequest.newBuilder(uri(MetricsEndpoint.PATH)).GET());

        assertThat(endpoint.address().getPort()).isPositive();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("studybot_example_total{kind=\"test\"} 3.0");
    }

    @Test
    void servesNothingElse() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/")).GET()).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(uri("/metrics/../admin")).GET()).statusCode())
                .isEqualTo(404);
        HttpResponse<String> post =
                send(HttpRequest.newBuilder(uri(MetricsEndpoint.PATH)).POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void closingFreesThePort() throws Exception {
        int port = endpoint.address().getPort();
        endpoint.close();

        endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", port), registry);

        assertThat(send(HttpRequest.newBuilder(uri(MetricsEndpoint.PATH)).GET()).statusCode())
                .isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + endpoint.address().getPort() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
