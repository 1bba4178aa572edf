package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Asker;
import studybot.config.ConfigLoader;
import studybot.config.MetricsConfig;
import studybot.config.StudybotConfig;
import studybot.console.Console;
import studybot.console.ConsoleRenderer;
import studybot.metrics.MetricsEndpoint;
import studybot.testing.LogCapture;
import studybot.testing.TestConfig;

/** The Prometheus endpoint as the modes start it: off by default, and serving the counters {@code /stats} reads. */
class StudybotMetricsTest {

    @TempDir
    Path temp;

    @Test
    void offByDefault() throws Exception {
        try (OfflineStudybot running = OfflineStudybot.load(config(Map.of()), Clock.systemUTC())) {
            assertThat(running.studybot().serveMetrics()).isEmpty();
        }
    }

    @Test
    void aCommandShowsInTheScrapeOfThePortTheEnvironmentGives() throws Exception {
        int port = freePort();
        StudybotConfig config = config(Map.of(MetricsConfig.PORT_VARIABLE, String.valueOf(port)));
        try (OfflineStudybot running = OfflineStudybot.load(config, Clock.systemUTC())) {
            Studybot studybot = running.studybot();
            Optional<MetricsEndpoint> endpoint = studybot.serveMetrics();
            try {
                assertThat(endpoint)
                        .hasValueSatisfying(
                                served -> assertThat(served.address().getPort()).isEqualTo(port));
                new Console(
                                studybot.registry(),
                                new ConsoleRenderer(false),
                                studybot.interactions(),
                                Asker.console("me"))
                        .answer("/help");

                String scrape = get(URI.create("http://127.0.0.1:" + port + MetricsEndpoint.PATH));

                assertThat(scrape)
                        .contains("studybot_commands_total{command=\"help\",outcome=\"ok\"} 1.0")
                        .contains("studybot_command_seconds_count{command=\"help\"} 1");
            } finally {
                endpoint.ifPresent(MetricsEndpoint::close);
            }
        }
    }

    @Test
    void aPortInUseIsLoggedAndTheBotRunsOn() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                OfflineStudybot running = OfflineStudybot.load(
                        config(Map.of(MetricsConfig.PORT_VARIABLE, String.valueOf(taken.getLocalPort()))),
                        Clock.systemUTC());
                LogCapture log = LogCapture.of(Studybot.class)) {
            assertThat(running.studybot().serveMetrics()).isEmpty();

            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .startsWith("Cannot serve metrics on 127.0.0.1:" + taken.getLocalPort())
                    .endsWith("the bot runs on without them");
        }
    }

    private StudybotConfig config(Map<String, String> environment) throws Exception {
        return new ConfigLoader().load(TestConfig.in(temp), environment);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String get(URI uri) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
