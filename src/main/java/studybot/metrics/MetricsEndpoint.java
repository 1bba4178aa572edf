package studybot.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import studybot.concurrent.DaemonThreads;

/**
 * Serves a registry's meters in Prometheus' text format at {@value #PATH}, so an operator can scrape each studybot
 * process. One thread answers: a scrape every few seconds needs no more, and a flood of requests can only queue. Any
 * other path is 404 and any method but GET or HEAD 405; nothing else is served.
 */
public final class MetricsEndpoint implements AutoCloseable {

    /** Where the meters are served; Prometheus' default. */
    public static final String PATH = "/metrics";

    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code address} (port 0 picks a free one) until closed.
     *
     * @throws IOException when the address can't be bound, e.g. the port is taken
     */
    public static MetricsEndpoint start(InetSocketAddress address, PrometheusMeterRegistry registry)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        server.createContext("/", exchange -> answer(exchange, registry));
        ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("studybot-metrics"));
        server.setExecutor(executor);
        server.start();
        return new MetricsEndpoint(server, executor);
    }

    /** The address listened on, with the port chosen when 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops listening at once; a scrape in progress is cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
