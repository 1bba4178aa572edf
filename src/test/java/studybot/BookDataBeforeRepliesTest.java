package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.command.Asker;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.discord.DiscordText;
import studybot.shelf.ShelfFixtures;
import studybot.store.Dialect;
import studybot.store.Sql;
import studybot.store.SqlWork;
import studybot.store.Store;
import studybot.store.StoreHealth;
import studybot.store.TestStores;
import studybot.testing.TestConfig;

/**
 * Replies that read members' data kept per book wait for the one-off assignment of rows kept before books were told
 * apart, instead of answering from a part of it (finding 3 of the upgrade audit: {@code /quiz stats} in the first
 * seconds after the upgrade showed no answers while the leaderboard showed them). The assignment is held back here by a
 * store whose opening has not been reported yet, though its work runs.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class BookDataBeforeRepliesTest {

    private static final Asker READER = Asker.inServer(1, "reader", 42, 7, false);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void progressAndQuizStatsWaitForTheRowsKeptBeforeBooksWereToldApartToGetTheirBook() throws Exception {
        Path seeds = temp.resolve("seeds");
        ShelfFixtures.markdown(seeds.resolve("notes.md"), "Ledger");
        TestStores stores = TestStores.of(dialect, temp);
        StudybotConfig config = new ConfigLoader().load(TestConfig.in(temp, temp.resolve("data"), seeds));
        try (OfflineStudybot first = OfflineStudybot.over(stores.open(CompositionRoot.tables()), config, CLOCK)) {
            assertThat(reply(first, "read", "", Map.of("section", "2"))).contains("Marked 2");
            String card = first.studybot()
                    .shelf()
                    .defaultBook()
                    .orElseThrow()
                    .current()
                    .get()
                    .quiz()
                    .all()
                    .get(0)
                    .cardId();
            first.store().inTransaction(connection -> {
                Sql sql = Sql.on(connection);
                String answer = """
                        INSERT INTO quiz_answers (scope_id, book_id, member_id, question_id, card_id, correct, rating,
                            answered_at, took_millis)
                        VALUES (42, '', 1, ?, ?, TRUE, 3, ?, 2500)""";
                sql.update(answer, "q-in-book", card, CLOCK.millis());
                sql.update(answer, "q-gone", "card-gone", CLOCK.millis());
                return sql.update("UPDATE read_marks SET book_id = ''");
            });
        }

        CompletableFuture<Void> reportedOpen = new CompletableFuture<>();
        ExecutorService asking = Executors.newSingleThreadExecutor();
        try (OfflineStudybot second = OfflineStudybot.over(
                new OpenedLater(stores.open(CompositionRoot.tables()), reportedOpen), config, CLOCK)) {
            Future<String> progress = asking.submit(() -> reply(second, "progress", "me", Map.of()));
            Future<String> stats = asking.submit(() -> reply(second, "quiz", "stats", Map.of()));
            Thread.sleep(Duration.ofMillis(500).toMillis());

            assertThat(progress)
                    .as("/progress waits for the rows to get their book")
                    .isNotDone();
            reportedOpen.complete(null);

            assertThat(progress.get(30, TimeUnit.SECONDS)).contains("**Read:** 1 section (2.0)");
            assertThat(stats.get(30, TimeUnit.SECONDS)).contains("(1 of 1)");
        } finally {
            reportedOpen.complete(null);
            asking.shutdownNow();
        }
    }

    private static String reply(OfflineStudybot bot, String command, String sub, Map<String, String> options) {
        return DiscordText.markdown(
                bot.studybot().registry().answer(READER, command, sub, options).text());
    }

    /** An open store that reports itself opened only when told: the one-off work that waits for that is held back. */
    private record OpenedLater(Store store, CompletionStage<Void> opened) implements Store {

        @Override
        public Dialect dialect() {
            return store.dialect();
        }

        @Override
        public String description() {
            return store.description();
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            return store.inTransaction(work);
        }

        @Override
        public StoreHealth health() {
            return store.health();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
