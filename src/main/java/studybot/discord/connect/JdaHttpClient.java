package studybot.discord.connect;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * The HTTP client JDA sends its REST calls with, built ahead of the login. Building one loads OkHttp, Kotlin's runtime
 * and the JDK's TLS trust store: 220–250 ms of a cold JVM, which sat on the login's path. {@link #buildBeside()} starts
 * it on a thread of its own as soon as studybot knows it will log in, so it is built while the config is read and
 * logging is set up. It is configured as JDA configures its own ({@code IOUtil.newHttpClientBuilder}: 25 requests per
 * host at once, 5 idle connections kept 10 s), and building it touches no SLF4J logger, which must not start before
 * logging is set up (so this class has no logger field).
 */
public final class JdaHttpClient {

    static final int REQUESTS_PER_HOST = 25;
    private static final int IDLE_CONNECTIONS = 5;
    private static final int IDLE_SECONDS = 10;

    private final Optional<CompletableFuture<OkHttpClient>> building;

    private JdaHttpClient(Optional<CompletableFuture<OkHttpClient>> building) {
        this.building = building;
    }

    /** The client is built once the login starts: for tests and tools that don't start a JVM for it. */
    public static JdaHttpClient builtAtLogin() {
        return new JdaHttpClient(Optional.empty());
    }

    /** Starts building the client on a daemon thread of its own. */
    public static JdaHttpClient buildBeside() {
        CompletableFuture<OkHttpClient> built = new CompletableFuture<>();
        Thread builder = new Thread(
                () -> {
                    try {
                        built.complete(build());
                    } catch (RuntimeException | Error e) {
                        built.completeExceptionally(e);
                    }
                },
                "studybot-http-client");
        builder.setDaemon(true);
        builder.start();
        return new JdaHttpClient(Optional.of(built));
    }

    /**
     * Gives JDA the client built beside (or one built now, configured the same), with {@code interceptors} added. If
     * building it beside failed, JDA is left to build its own (and to report what fails then), and one WARN line says
     * so.
     */
    void applyTo(DefaultShardManagerBuilder builder, List<Interceptor> interceptors) {
        Optional<OkHttpClient> client =
                building.isPresent() ? building.flatMap(JdaHttpClient::built) : Optional.of(build());
        client.ifPresent(built -> {
            OkHttpClient.Builder withInterceptors = built.newBuilder();
            interceptors.forEach(withInterceptors::addInterceptor);
            builder.setHttpClient(withInterceptors.build());
        });
    }

    /** The client built beside, once built; empty when it is built at the login. */
    Optional<OkHttpClient> client() {
        return building.map(CompletableFuture::join);
    }

    private static Optional<OkHttpClient> built(CompletableFuture<OkHttpClient> building) {
        try {
            return Optional.of(building.join());
        } catch (CompletionException e) {
            LoggerFactory.getLogger(JdaHttpClient.class)
                    .warn(
                            "The HTTP client could not be built ahead of the login ({}); JDA builds its own",
                            e.getCause().toString());
            return Optional.empty();
        }
    }

    static OkHttpClient build() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(REQUESTS_PER_HOST);
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, IDLE_SECONDS, TimeUnit.SECONDS))
                .dispatcher(dispatcher)
                .build();
    }
}
