package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.digest.ReadingServices;
import studybot.i18n.Languages;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanBooks;
import studybot.plan.PlanException;
import studybot.plan.PlanStore;
import studybot.posting.SharedPostingRate;
import studybot.progress.ReadMarkStore;
import studybot.reply.Text;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.tip.Tip;

/**
 * The digest's thread goes through the post's own claim, on both stores: its id is recorded with the message, a
 * transient failure opening it resends the post (same nonce, same message) and asks for the thread again, and a plain
 * tip opens none.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class DigestThreadPostTest {

    private static final long SERVER = 42;
    private static final long CHANNEL = 7;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
    private final FakeTipChannel discord = new FakeTipChannel(clock);
    private final Library book = PlanBooks.seedShape();
    private final List<Long> threadAsks = new ArrayList<>();
    private int transientFailures;
    private Store store;
    private DailyTipService tips;
    private ReadingServices reading;
    private final LogCapture log = LogCapture.of(DailyTipService.class);

    private final DigestThreads threads = new DigestThreads() {
        @Override
        public OptionalLong open(long serverId, long channelId, long messageId, Digest digest)
                throws TransientSendFailure {
            threadAsks.add(messageId);
            if (transientFailures > 0) {
                transientFailures--;
                throw new TransientSendFailure("Opening the digest's thread failed: 503");
            }
            return OptionalLong.of(messageId);
        }

        @Override
        public Optional<Text> missing(long serverId, long channelId, Locale reader) {
            return Optional.empty();
        }
    };

    @AfterEach
    void close() {
        store.close();
        log.close();
    }

    private void start() {
        store = TestStores.of(dialect, temp)
                .open(List.of(
                        DailyTipService.MIGRATIONS,
                        SharedPostingRate.MIGRATIONS,
                        PlanStore.MIGRATIONS,
                        ReadMarkStore.MIGRATIONS));
        reading = ReadingServices.open(store, place -> book, place -> "", server -> Set.of(), clock);
        tips = new DailyTipService(
                store,
                server -> List.of(new Tip(
                        "t", "A fact from 20.1", SectionNumber.parse("20.1").orElseThrow())),
                (server, section) -> book.find(section).map(Section::title),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                reading.digests(),
                DailyQuestions.none(),
                threads,
                DailyTipsFixture.everyServer(store),
                server -> Languages.ENGLISH,
                BookLanguageLines.none());
        tips.saveSettings(SERVER, new DailyTipSettings(CHANNEL, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), true));
    }

    @Test
    void theThreadIsRecordedWithTheMessageAndATransientFailureResendsThePost() throws PlanException {
        start();
        reading.plans().set(SERVER, "20.1", "2", "");
        transientFailures = 1;

        runUntil("2026-12-01T09:00:00Z");

        assertThat(discord.messages()).as("the resend is the same message").hasSize(1);
        long message = discord.messages().get(0).messageId();
        assertThat(discord.attempts())
                .hasSize(2)
                .extracting(FakeTipChannel.Attempt::nonce)
                .containsOnly(discord.messages().get(0).nonce());
        assertThat(threadAsks).containsExactly(message, message);
        assertThat(threadIds()).containsExactly(message);
        assertThat(log.messages()).anyMatch(line -> line.contains("Opening the digest's thread failed"));
    }

    @Test
    void aPlainTipOpensNoThread() {
        start();

        runUntil("2026-12-01T09:00:00Z");

        assertThat(discord.messages()).hasSize(1);
        assertThat(threadAsks).isEmpty();
        assertThat(threadIds()).containsExactly(0L);
    }

    private void runUntil(String instant) {
        while (clock.instant().isBefore(Instant.parse(instant))) {
            clock.advance(Duration.ofMinutes(1));
            tips.runDue();
        }
    }

    /** Each post's thread id, 0 for none. */
    private List<Long> threadIds() {
        return store.inTransaction(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT thread_id FROM daily_tip_posts");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }
}
