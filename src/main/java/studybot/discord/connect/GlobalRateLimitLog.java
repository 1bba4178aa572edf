package studybot.discord.connect;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once when Discord holds all of studybot's calls (a global rate limit). JDA waits the limit out and sends the
 * calls again by itself, nothing is lost, yet it logged an ERROR line for every refused call; those lines are left out
 * ({@code ReportedElsewhereFilter}) and this logs one WARN a minute at most while the limit keeps being met.
 */
final class GlobalRateLimitLog implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalRateLimitLog.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final Duration QUIET = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);

    GlobalRateLimitLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == TOO_MANY_REQUESTS && "true".equalsIgnoreCase(response.header("X-RateLimit-Global"))) {
            Instant now = clock.instant();
            Instant last = lastLogged.get();
            if (!now.isBefore(last.plus(QUIET)) && lastLogged.compareAndSet(last, now)) {
                LOG.warn(
                        "Discord holds all of studybot's calls for {} s (a global rate limit); they are sent again when"
                                + " it lifts, and nothing is lost. Said at most once a minute.",
                        response.header("Retry-After", "?"));
            }
        }
        return response;
    }
}
