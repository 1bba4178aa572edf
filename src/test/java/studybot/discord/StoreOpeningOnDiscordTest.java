package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.CompositionRoot;
import studybot.DiscordStudybot;
import studybot.config.ConfigLoader;
import studybot.config.StoreConfig;
import studybot.config.StudybotConfig;
import studybot.discord.connect.DiscordEndpoints;
import studybot.discord.fake.FakeDiscord;
import studybot.discord.fake.Invoker;
import studybot.discord.fake.RecordedRequest;
import studybot.discord.fake.SentInteraction;
import studybot.language.ChosenLanguages;
import studybot.store.Dialect;
import studybot.store.OpeningStore;
import studybot.store.SqliteStore;
import studybot.store.StoreBusyException;
import studybot.store.StoreHealth;
import studybot.store.Stores;
import studybot.testing.LogCapture;

/**
 * Logged in before the store has opened (it opens in the background): commands that use the store and arrive first wait
 * for it, deferred, and are answered once it opens, never told the store is busy, even when they waited longer than the
 * store's busy timeout. The store here opens only when the test lets it.
 */
class StoreOpeningOnDiscordTest {

    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(20);
    private static final int DEFERRED = 5;
    /** Shorter than the 1.5 s after which an answer is deferred, so every deferred command waited longer than it. */
    private static final int BUSY_TIMEOUT_MILLIS = 200;

    @TempDir
    Path dataFolder;

    @Test
    void storeCommandsBeforeTheStoreOpensAreDeferredThenAnswered() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        CountDownLatch letOpen = new CountDownLatch(1);
        StudybotConfig config = config();
        Path file = dataFolder.resolve(Stores.SQLITE_FILE);
        try (LogCapture languages = LogCapture.of(Level.WARN, ChosenLanguages.class.getName());
                FakeDiscord discord = FakeDiscord.start();
                OpeningStore store = OpeningStore.start(
                        Dialect.SQLITE, "SQLite file " + file, new StoreHealth(file.toString(), clock), () -> {
                            try {
                                letOpen.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return SqliteStore.open(
                                    file,
                                    java.time.Duration.ofMillis(BUSY_TIMEOUT_MILLIS),
                                    CompositionRoot.tables(),
                                    clock);
                        })) {
            DiscordStudybot wired = CompositionRoot.onDiscord(config, store, clock);
            wired.studybot().loadBook();
            DiscordBot bot = wired.connect(DiscordEndpoints.fromEnvironment(discord.environment()));
            try {
                assertThat(bot.awaitReady(WAIT))
                        .as("logged in with the store still opening")
                        .isTrue();
                assertThat(store.opened().toCompletableFuture().isDone()).isFalse();

                List<SentInteraction> early = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    early.add(progress(discord));
                }
                // 2 store handlers wait for the store and the third command waits in their queue, past the timeout
                RecordedRequest queued = discord.awaitCallback(early.get(2), WAIT);
                early.add(progress(discord));
                RecordedRequest late = discord.awaitCallback(early.get(3), WAIT);
                letOpen.countDown();

                assertThat(List.of(queued, late))
                        .allSatisfy(callback ->
                                assertThat(callback.json().path("type").asInt()).isEqualTo(DEFERRED));
                for (SentInteraction sent : early) {
                    // the answer is for the asker only, so it follows up the (public) deferral
                    String answer = discord.awaitFollowup(sent, WAIT).json().toString();
                    assertThat(answer).doesNotContain(StoreBusyException.ADVICE);
                    assertThat(answer).contains("Reading progress");
                }
                assertThat(languages.messages(Level.WARN))
                        .as("a server's language not read yet while the store opens is no fault")
                        .isEmpty();
            } finally {
                letOpen.countDown();
                bot.shutdown(WAIT);
            }
        }
    }

    private static SentInteraction progress(FakeDiscord discord) {
        return discord.slashCommand("progress")
                .subcommand("me")
                .by(Invoker.MEMBER)
                .send();
    }

    private StudybotConfig config() throws Exception {
        StudybotConfig base = new ConfigLoader().load(Path.of("config/studybot.json"));
        StoreConfig store = base.store();
        return new StudybotConfig(
                base.seedsFolder(),
                dataFolder,
                base.book(),
                base.cache(),
                base.search(),
                base.section(),
                base.discord(),
                base.reload(),
                base.dailyTips(),
                new StoreConfig(store.url(), store.user(), store.poolSize(), BUSY_TIMEOUT_MILLIS),
                base.metrics(),
                base.threads());
    }
}
