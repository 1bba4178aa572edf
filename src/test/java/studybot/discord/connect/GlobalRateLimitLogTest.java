package studybot.discord.connect;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.dailytips.MutableClock;
import studybot.discord.fake.FakeDiscord;
import studybot.testing.LogCapture;

/** A global rate limit is said once a minute, in one line, instead of as JDA's ERROR line per refused call. */
class GlobalRateLimitLogTest {

    @Test
    void aGlobalRateLimitIsOneWarnLineAMinute() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
        try (FakeDiscord discord = FakeDiscord.start();
                LogCapture log = LogCapture.of(GlobalRateLimitLog.class)) {
            discord.rest().enforceGlobalRateLimit(1);
            OkHttpClient client = JdaHttpClient.build()
                    .newBuilder()
                    .addInterceptor(new GlobalRateLimitLog(clock))
                    .build();
            Request me = new Request.Builder()
                    .url(discord.environment().get("DISCORD_API_BASE_URL") + "users/@me")
                    .header("Authorization", "Bot " + FakeDiscord.TOKEN)
                    .build();

            int refused = 0;
            for (int call = 0; call < 5; call++) {
                try (Response response = client.newCall(me).execute()) {
                    refused += response.code() == 429 ? 1 : 0;
                }
            }
            assertThat(refused)
                    .as("the fake's limit of one call a second refuses the calls after the first")
                    .isPositive();
            assertThat(log.messages(Level.WARN))
                    .singleElement()
                    .asString()
                    .startsWith("Discord holds all of studybot's calls for 1 s (a global rate limit)");

            clock.advance(Duration.ofMinutes(1));
            client.newCall(me).execute().close();
            assertThat(log.messages(Level.WARN))
                    .as("a minute later it is said again")
                    .hasSize(2);
        }
    }

    @Test
    void jdasOwnLinesForItAndForAFailedCallItHandsOnAreLeftOut() {
        Logger limiter = LoggerFactory.getLogger("net.dv8tion.jda.api.requests.RestRateLimiter");
        Logger requester = LoggerFactory.getLogger("net.dv8tion.jda.internal.requests.Requester");
        try (LogCapture log = LogCapture.of(Level.DEBUG, limiter.getName(), requester.getName())) {
            limiter.error("Encountered global rate limit! Retry-After: {} ms Scope: {}", 2000, "global");
            requester.error("There was an I/O error while executing a REST request: {}", "timeout");
            requester.error(
                    "There was an unexpected error while executing a REST request", new IllegalStateException());

            assertThat(log.messages()).containsExactly("There was an unexpected error while executing a REST request");
        }
    }
}
