package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.command.Feature;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.dailytips.command.DailyTipsCommand;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.SqlReportStore;
import studybot.reload.ReloadStatus;
import studybot.reply.Reply;
import studybot.search.semantic.SemanticStatus;
import studybot.stats.BookOnShelf;
import studybot.stats.CommandMetrics;
import studybot.stats.ConnectionInfo;
import studybot.stats.StatsCollector;
import studybot.stats.TipCounts;
import studybot.stats.command.StatsCommand;
import studybot.stats.command.StatsReport;
import studybot.store.PostgresProxy;
import studybot.store.PostgresStore;
import studybot.store.Store;
import studybot.store.StoreHealth;
import studybot.store.TestPostgres;
import studybot.testing.LogCapture;

/**
 * Issue 20 §7: PostgreSQL goes down (connections cut, the port refusing) while the bot runs. The read-only commands
 * that show the store's health say what is wrong and since when, instead of failing with a stack trace or claiming
 * nothing was changed; the log names the real cause.
 */
class PostgresOutageTest {

    private static final long SERVER = 5;
    private static final long CHANNEL = 55;
    private static final Asker ADMIN = Asker.inServer(2, "admin", SERVER, CHANNEL, true);

    @TempDir
    Path folder;

    private PostgresProxy proxy;
    private Store store;
    private DailyTipService service;
    private CommandRegistry registry;

    @BeforeEach
    void open() throws Exception {
        String url = TestPostgres.shared().newDatabase().url();
        proxy = PostgresProxy.to(url);
        store = PostgresStore.open(
                proxy.url(url),
                TestPostgres.USER,
                Optional.of(TestPostgres.PASSWORD),
                2,
                Duration.ofSeconds(1),
                List.of(DailyTipService.MIGRATIONS, SharedPostingRate.MIGRATIONS, ReportStore.MIGRATIONS),
                Clock.systemUTC());
        service = new DailyTipService(
                store,
                server -> List.of(),
                (server, section) -> Optional.empty(),
                (channel, post, nonce) -> {
                    throw new PermanentSendFailure(new PauseReason(PauseReason.Cause.CANNOT_POST, channel));
                },
                Clock.systemUTC(),
                RetryBackoff.DEFAULT,
                Fanout.of(
                        server -> true,
                        SharedPostingRate.discordGlobal(store, Clock.systemUTC()),
                        Duration.ofSeconds(30)),
                server -> Languages.ENGLISH);
        service.saveSettings(SERVER, DailyTipsFixture.settings(CHANNEL, "09:00", "UTC"));
        StatsCollector stats = new StatsCollector(
                Clock.systemUTC(),
                Instant.now(),
                ConnectionInfo.offline(),
                edition -> new BookOnShelf(
                        "", ReloadStatus.initial(), SemanticStatus.off().wording()),
                new CommandMetrics(new SimpleMeterRegistry()),
                TipCounts.of(service::tipsPostedToday, service::pausedServers, service::storeProblem),
                new SqlReportStore(store)::totals);
        CurrentBook book = new CurrentBook(
                new BookBinder(new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
                        .bind(TestBooks.seed()));
        registry = new CommandRegistry(
                BooksByPlace.everywhere(book),
                List.of(
                        Feature.of(new DailyTipsCommand(
                                service,
                                (server, channel) -> Optional.empty(),
                                DigestThreads.none(),
                                Texts.load("dailytips"))),
                        Feature.of(new StatsCommand(stats, new StatsReport()))));
    }

    @AfterEach
    void close() throws Exception {
        // the pool, closed while the server is down, says it gave up adding a connection
        try (LogCapture pool = LogCapture.of(Level.WARN, "com.zaxxer.hikari")) {
            store.close();
            assertThat(pool.messages()).noneMatch(line -> line.contains(TestPostgres.PASSWORD));
        }
        proxy.close();
    }

    /** Longer than the pool trusts a connection without checking it, as in an outage between commands. */
    private static void idle() throws InterruptedException {
        Thread.sleep(700);
    }

    @Test
    void tipsStatusWhileTheServerIsDownSaysSinceWhenAndNotThatNothingChanged() throws Exception {
        try (LogCapture logs = LogCapture.of(Level.WARN, "studybot", "com.zaxxer.hikari")) {
            proxy.goDown();
            idle();

            Reply reply = registry.answer(ADMIN, DailyTipsCommand.NAME, DailyTipsCommand.STATUS, Map.of());

            assertThat(reply.text().plainText())
                    .startsWith("The store cannot be written since ")
                    .doesNotContain("Nothing was changed");
            assertThat(logs.events())
                    .filteredOn(event -> event.getLoggerName().equals(StoreHealth.class.getName()))
                    .singleElement()
                    .satisfies(event -> assertThat(event.getFormattedMessage())
                            .contains("unreachable")
                            .contains("Connection refused")
                            .doesNotContain("request timed out"));
        }
    }

    @Test
    void statsWhileTheServerIsDownShowsTheStoreProblemInsteadOfFailing() throws Exception {
        try (LogCapture logs = LogCapture.of(Level.WARN, "studybot")) {
            proxy.goDown();
            idle();

            Reply reply = registry.answer(ADMIN, "stats", "", Map.of());

            assertThat(reply.kind()).isNotEqualTo(Reply.Kind.PROBLEM);
            assertThat(reply.fields())
                    .anySatisfy(field -> assertThat(field.name()).isEqualTo("Daily tips"))
                    .filteredOn(field -> field.name().equals("Daily tips"))
                    .singleElement()
                    .satisfies(field -> assertThat(field.value().plainText())
                            .contains("The store cannot be written since ")
                            .contains("unreachable")
                            .doesNotContain("0 tips"));
            assertThat(logs.events())
                    .allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
        }
    }
}
