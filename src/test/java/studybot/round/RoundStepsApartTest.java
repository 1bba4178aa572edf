package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.CommandRegistry;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.dailytips.MutableClock;
import studybot.facts.KeyFactExtractor;
import studybot.i18n.PreferredLocales;
import studybot.i18n.PublicLocales;
import studybot.i18n.Texts;
import studybot.library.TestBooks;
import studybot.plan.PlanService;
import studybot.plan.PlanStore;
import studybot.plan.SqlPlanStore;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.quiz.DroppedQuestions;
import studybot.quiz.learning.QuizReviews;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.round.command.RoundFeature;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Rounds whose steps run on threads of their own ({@link RoundSteps}), the test's thread calling
 * {@link RoundService#runDue} as the timer does, with a clock the test moves: one channel failing for a while, its
 * round waiting between retries, holds up neither another round's questions and reveals nor the hold this process keeps
 * on its rounds, and its round is not stepped a second time meanwhile. A pause between retries waits for the test to
 * let it go on.
 */
class RoundStepsApartTest {

    private static final long SERVER = 4242L;
    private static final long SLOW = 77L;
    private static final long FINE = 78L;
    private static final long ALICE = 1001L;
    private static final long BOB = 1002L;
    private static final Instant START = Instant.parse("2026-12-01T18:00:00Z");
    private static final Texts TEXTS = Texts.load("round");
    private static final LongPredicate EVERY_SERVER = server -> true;
    /** How long the test waits for a step on another thread, and a pause for the test, before giving up. */
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(START);
    private final Book seed = new BookBinder(
                    new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed());
    private final RecordingChannel channel = new RecordingChannel();
    /** The pauses the retries took. */
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    /** Counted down when a retry first pauses. */
    private final CountDownLatch retrying = new CountDownLatch(1);
    /** Lets every pause between retries end. */
    private final CountDownLatch retriesGoOn = new CountDownLatch(1);

    private Store store;
    private RoundSteps steps;
    private RoundService service;
    private CommandRegistry registry;

    @BeforeEach
    void open() {
        store = TestStores.of(Dialect.SQLITE, temp)
                .open(List.of(
                        RoundStore.MIGRATIONS,
                        ReviewStore.MIGRATIONS,
                        PlanStore.MIGRATIONS,
                        ReadMarkStore.MIGRATIONS,
                        SqlShareOptInStore.MIGRATIONS));
        SqlShareOptInStore sharing = new SqlShareOptInStore(store, clock);
        PlanService plans = new PlanService(
                new SqlPlanStore(store), server -> seed.library(), server -> "", server -> ZoneOffset.UTC, clock);
        steps = RoundSteps.onThreads(2);
        service = new RoundService(
                new SqlRoundStore(store, "this-process"),
                server -> seed,
                new RoundCards(plans, new SqlReadMarkStore(store), place -> "", DroppedQuestions.NONE, clock),
                new QuizReviews(new SqlReviewStore(store), sharing, server -> ZoneOffset.UTC, place -> "seed", clock),
                sharing,
                new RetryingRoundChannel(channel, RetryingRoundChannel.PAUSES, this::pause),
                RoundRules.DEFAULT,
                TEXTS,
                new PublicLocales(server -> Optional.empty(), PreferredLocales.none()),
                clock,
                steps);
        registry = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook(seed)), List.of(new RoundFeature(service, () -> {}, TEXTS)));
    }

    @AfterEach
    void close() {
        channel.recover(SLOW);
        retriesGoOn.countDown();
        assertThat(steps.stop(WAIT)).as("every step ended").isTrue();
        store.close();
    }

    @Test
    void aRoundWhoseChannelKeepsFailingHoldsUpNoOtherRound() throws Exception {
        start(ALICE, SLOW);
        clock.advance(Duration.ofSeconds(1));
        start(BOB, FINE);
        String slowQuestion = "post " + new RoundKey(SLOW, START).questionNonce(0);
        channel.failIn(SLOW);

        clock.advance(RoundRules.DEFAULT.leadIn());
        service.runDue(EVERY_SERVER);
        await().atMost(WAIT).until(() -> channel.postsIn(FINE).size() == 1);
        assertThat(channel.postsIn(FINE).get(0).reply().title()).isEqualTo("Question 1 of 2");
        assertThat(retrying.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(channel.attemptsIn(SLOW))
                .as("the other round's question was posted while this one waited to try again")
                .containsExactly(slowQuestion);

        clock.advance(Duration.ofSeconds(10).plus(RoundRules.DEFAULT.revealGrace()));
        service.runDue(EVERY_SERVER);
        await().atMost(WAIT).until(() -> channel.editsIn(FINE).size() == 1);
        assertThat(channel.editsIn(FINE).get(0).reply().title()).isEqualTo("Question 1 of 2 · revealed");
        clock.advance(RoundRules.DEFAULT.pause());
        service.runDue(EVERY_SERVER);
        await().atMost(WAIT).until(() -> channel.postsIn(FINE).size() == 2);
        assertThat(channel.postsIn(FINE).get(1).reply().title()).isEqualTo("Question 2 of 2");
        assertThat(channel.attemptsIn(SLOW))
                .as("the round waiting to try again, though due to be revealed by now, was not stepped again")
                .containsExactly(slowQuestion);

        channel.recover(SLOW);
        retriesGoOn.countDown();
        await().atMost(WAIT).until(() -> channel.postsIn(SLOW).size() == 1);
        assertThat(channel.attemptsIn(SLOW)).containsExactly(slowQuestion, slowQuestion);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        assertThat(channel.postsIn(SLOW).get(0).reply().title()).isEqualTo("Question 1 of 2");
    }

    @Test
    void theTimerRenewsTheHoldOnTimeWhileARoundWaitsToTryAgain() throws Exception {
        start(ALICE, SLOW);
        channel.failIn(SLOW);
        clock.advance(RoundRules.DEFAULT.leadIn());
        service.runDue(EVERY_SERVER);
        assertThat(retrying.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        SqlRoundStore another = new SqlRoundStore(store, "another-process");
        Duration renewals = RoundRules.DEFAULT.lease().dividedBy(3);
        for (int pass = 0; pass < 5; pass++) {
            clock.advance(renewals);
            service.runDue(EVERY_SERVER);
            assertThat(another.ownerless(clock.instant()))
                    .as(
                            "%s after the round's step began to wait, its hold is still renewed",
                            renewals.multipliedBy(pass + 1))
                    .isEmpty();
        }
        assertThat(another.takeOver(
                        new RoundKey(SLOW, START),
                        clock.instant(),
                        clock.instant().plus(renewals)))
                .isFalse();
        assertThat(channel.attemptsIn(SLOW))
                .as("still the first attempt's pause")
                .hasSize(1);
    }

    private void start(long member, long channelId) {
        assertThat(registry.answer(
                                Asker.inServer(member, "member" + member, SERVER, channelId, false),
                                "round",
                                "start",
                                Map.of("questions", "2", "seconds", "10"))
                        .title())
                .isEqualTo("Round starting");
    }

    /** A pause between retries: it ends when the test lets it; one the test never lets go on is an error. */
    private void pause(Duration pause) throws InterruptedException {
        pauses.add(pause);
        retrying.countDown();
        if (!retriesGoOn.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("a pause between retries waited for the test, which was waiting for it");
        }
    }
}
