package studybot.dailytips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.command.Place;
import studybot.digest.ReadingServices;
import studybot.discord.DiscordText;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanBooks;
import studybot.plan.PlanException;
import studybot.plan.PlanStore;
import studybot.posting.SharedPostingRate;
import studybot.progress.ProgressException;
import studybot.progress.ReadMarkStore;
import studybot.quiz.Question;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;
import studybot.testing.LogCapture;
import studybot.tip.Tip;
import studybot.tip.TipReply;

/**
 * The daily post with a reading plan: one digest per server per local day with today's reading and a tip from it, and
 * the daily post's guarantees (exactly once, same-day catch-up, pause on permanent failures) unchanged.
 */
class DigestPostTest {

    private static final long SERVER = 42;
    private static final long CHANNEL = 7;
    private static final long ANA = 101;
    private static final long BEN = 102;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
    private final FakeTipChannel discord = new FakeTipChannel(clock);
    private final AtomicReference<Library> book = new AtomicReference<>(PlanBooks.seedShape());
    private final List<Store> opened = new ArrayList<>();
    private TestStores stores;
    private DailyTipService tips;
    private ReadingServices reading;

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    /** Tips from 20.1, 20.3, 20.5, 20.7, 62.2, 62.4, 62.6, 62.8. */
    private static List<Tip> deck() {
        return List.of("20.1", "20.3", "20.5", "20.7", "62.2", "62.4", "62.6", "62.8").stream()
                .map(number -> new Tip(
                        "tip-" + number,
                        "A fact from " + number,
                        SectionNumber.parse(number).orElseThrow()))
                .toList();
    }

    private DailyTipService start() {
        if (stores == null) {
            stores = TestStores.of(Dialect.SQLITE, temp);
        }
        Store store = stores.open(List.of(
                DailyTipService.MIGRATIONS,
                SharedPostingRate.MIGRATIONS,
                PlanStore.MIGRATIONS,
                ReadMarkStore.MIGRATIONS));
        opened.add(store);
        reading = ReadingServices.open(store, place -> book.get(), place -> "", server -> Set.of(), clock);
        tips = new DailyTipService(
                store,
                server -> DigestPostTest.deck(),
                (server, section) -> book.get().find(section).map(Section::title),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                reading.digests(),
                DailyQuestions.none(),
                DigestThreads.none(),
                DailyTipsFixture.everyServer(store),
                server -> Languages.ENGLISH,
                BookLanguageLines.none());
        return tips;
    }

    private void setUpBerlinAtNine() {
        tips.saveSettings(SERVER, new DailyTipSettings(CHANNEL, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), true));
    }

    private void runUntil(String instant) {
        while (clock.instant().isBefore(Instant.parse(instant))) {
            clock.advance(Duration.ofMinutes(1));
            tips.runDue();
        }
    }

    @Test
    void withAPlanTheDailyPostIsTheDigestOncePerDay() throws PlanException, ProgressException {
        start();
        setUpBerlinAtNine();
        reading.plans().set(SERVER, "20.1", "2", "");
        runUntil("2026-12-01T12:00:00Z");

        TipPost first = discord.messages().get(0).post();
        assertThat(discord.messages()).hasSize(1);
        assertThat(discord.messages().get(0).createdAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        Digest digest = first.digest().orElseThrow();
        assertThat(digest.readingNumbers()).extracting(String::valueOf).containsExactly("20.1", "20.2");
        assertThat(digest.reading().get(0).title()).isEqualTo("Title 20.1");
        assertThat(digest.minutes()).isEqualTo(4);
        assertThat(digest.sectionsLeft()).isEqualTo(15);
        assertThat(first.tip().orElseThrow().source())
                .as("the tip comes from today's reading")
                .hasToString("20.1");

        start().runDue();
        runUntil("2026-12-01T22:00:00Z");
        assertThat(discord.messages())
                .as("a restart posts nothing more that day")
                .hasSize(1);

        reading.progress().read(Place.server(SERVER), ANA, "20.1");
        reading.progress().read(Place.server(SERVER), ANA, "20.2");
        reading.progress().read(Place.server(SERVER), BEN, "20.1");
        runUntil("2026-12-02T12:00:00Z");
        assertThat(discord.messages()).hasSize(2);
        Digest second = discord.messages().get(1).post().digest().orElseThrow();
        assertThat(second.readingNumbers()).extracting(String::valueOf).containsExactly("20.3", "20.4");
        assertThat(second.previous()).extracting(String::valueOf).containsExactly("20.1", "20.2");
        assertThat(second.finishedPrevious()).isEqualTo(1);
        assertThat(discord.messages().get(1).post().tip().orElseThrow().source())
                .hasToString("20.3");
    }

    @Test
    void whenTodaysReadingHasNoTipTheTipComesFromTheRotation() throws PlanException {
        start();
        setUpBerlinAtNine();
        reading.plans().set(SERVER, "62.1", "1", "");
        runUntil("2026-12-01T12:00:00Z");
        TipPost post = discord.messages().get(0).post();
        assertThat(post.digest().orElseThrow().readingNumbers())
                .extracting(String::valueOf)
                .containsExactly("62.1");
        assertThat(deck()).extracting(Tip::id).contains(post.tip().orElseThrow().id());
    }

    @Test
    void withoutARunningPlanThePostIsThePlainTip() throws PlanException {
        start();
        setUpBerlinAtNine();
        runUntil("2026-12-01T12:00:00Z");
        assertThat(discord.messages().get(0).post().digest()).isEmpty();

        reading.plans().set(SERVER, "20.1", "1", "");
        reading.plans().pause(SERVER);
        runUntil("2026-12-02T12:00:00Z");
        assertThat(discord.messages()).hasSize(2);
        assertThat(discord.messages().get(1).post().digest()).as("paused").isEmpty();
    }

    @Test
    void onADayWithoutReadingTheDigestSaysWhenTheNextOneIs() throws PlanException {
        start();
        setUpBerlinAtNine();
        reading.plans().set(SERVER, "20.1", "1", "fri");
        runUntil("2026-12-01T12:00:00Z");
        Digest digest = discord.messages().get(0).post().digest().orElseThrow();
        assertThat(digest.reading()).isEmpty();
        assertThat(digest.nextReadingAt())
                .hasValue(Instant.parse("2026-12-03T23:00:00Z").getEpochSecond());
    }

    @Test
    void aCrashAfterDiscordMadeTheDigestStillPostsItOnce() throws PlanException {
        start();
        setUpBerlinAtNine();
        reading.plans().set(SERVER, "20.1", "2", "");
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        discord.crashNextAfterCreating();
        assertThatThrownBy(() -> tips.runDue()).isInstanceOf(SimulatedCrash.class);
        clock.advance(Duration.ofMinutes(2));
        start().runDue();
        runUntil("2026-12-01T20:00:00Z");
        assertThat(discord.messages())
                .singleElement()
                .satisfies(message -> assertThat(message.post().digest()).isPresent());
        assertThat(tips.status(SERVER).lastPost()).isPresent();
    }

    @Test
    void afterDowntimeOnlyTodaysDigestIsPosted() throws PlanException {
        start();
        setUpBerlinAtNine();
        reading.plans().set(SERVER, "20.1", "1", "");
        clock.set(Instant.parse("2026-12-03T15:00:00Z"));
        start().runDue();
        tips.runDue();
        assertThat(discord.messages())
                .singleElement()
                .satisfies(message -> assertThat(
                                message.post().digest().orElseThrow().readingNumbers())
                        .extracting(String::valueOf)
                        .containsExactly("20.3"));
    }

    @Test
    void aPermanentFailurePausesTheServerWithItsReason() throws PlanException {
        start();
        setUpBerlinAtNine();
        reading.plans().set(SERVER, "20.1", "1", "");
        discord.failEveryTime(
                new PermanentSendFailure(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, CHANNEL)));
        try (LogCapture log = LogCapture.of(DailyTipService.class)) {
            runUntil("2026-12-01T12:00:00Z");
            assertThat(log.events())
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(line -> line.contains("paused until an admin changes the settings"));
        }
        assertThat(discord.attempts()).hasSize(1);
        assertThat(tips.status(SERVER).pausedReason())
                .contains(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, CHANNEL));
    }

    @Test
    void aPlanThatCannotBeReadCostsTheDigestNotThePost() {
        start();
        setUpBerlinAtNine();
        DailyTipService broken = new DailyTipService(
                opened.get(0),
                server -> DigestPostTest.deck(),
                (server, section) -> Optional.empty(),
                discord,
                clock,
                DailyTipsFixture.BACKOFF,
                (server, date) -> {
                    throw new IllegalStateException("plan store down");
                },
                DailyQuestions.none(),
                DigestThreads.none(),
                DailyTipsFixture.everyServer(opened.get(0)),
                server -> Languages.ENGLISH,
                BookLanguageLines.none());
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        try (LogCapture log = LogCapture.of(DailyTipService.class)) {
            broken.runDue();
            assertThat(log.events())
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(line -> line.contains("could not be made; posting the tip alone"));
        }
        assertThat(discord.messages())
                .singleElement()
                .satisfies(message -> assertThat(message.post().digest()).isEmpty());
    }

    @Test
    void theDigestReadsInTheIssuesOrder() {
        Digest digest = new Digest(
                List.of(
                        new DigestSection(new SectionNumber(20, 1), "Use *Cases*", 4),
                        new DigestSection(new SectionNumber(20, 2), "Redis vs Memcached", 5)),
                9,
                OptionalLong.empty(),
                15,
                OptionalLong.of(1_765_000_000L),
                List.of(new SectionNumber(62, 8)),
                3);
        Reply reply = DailyPostReply.of(
                new TipPost(
                        "t",
                        "Replicas serve reads.",
                        new SectionNumber(20, 1),
                        "Use Cases",
                        Optional.of(digest),
                        Optional.empty()),
                DigestPostTest::noAnswerButtons);
        assertThat(reply.title()).isEqualTo("Today's reading · about 9 min");
        assertThat(DiscordText.markdown(reply.text()))
                .startsWith("**20.1** Use \\*Cases\\* · 4 min\n**20.2** Redis vs Memcached · 5 min")
                .endsWith("15 sections left, finishing <t:1765000000:D>.");
        assertThat(reply.fields()).extracting(f -> f.name()).containsExactly("Study tip", "Last reading");
        assertThat(DiscordText.markdown(reply.fields().get(0).value()))
                .contains("Replicas serve reads.")
                .contains("From 20.1 Use Cases");
        assertThat(DiscordText.markdown(reply.fields().get(1).value()))
                .isEqualTo("3 members finished the last reading (62.8).");
        assertThat(reply.actions())
                .extracting(action -> ((ReplyAction.Button) action).label())
                .containsExactly("Open 20.1", "Open 20.2");

        TipPost plain = new TipPost("t", "Replicas serve reads.", new SectionNumber(20, 1), "Use Cases");
        assertThat(DailyPostReply.of(plain, DigestPostTest::noAnswerButtons))
                .isEqualTo(TipReply.of(
                        new Tip("t", "Replicas serve reads.", new SectionNumber(20, 1)),
                        "Use Cases",
                        Texts.load("tip"),
                        Languages.ENGLISH));
    }

    /** For posts without a question: they name no answer button. */
    private static String noAnswerButtons(Question question, String choice) {
        throw new AssertionError("a post without a question of the day has no answer buttons");
    }
}
