package studybot.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.Asker;
import studybot.command.BooksByPlace;
import studybot.command.ClickedMessage;
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
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.round.command.RoundFeature;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Processes sharing one store, on SQLite ([1]) and PostgreSQL ([2]), as in a rolling deploy or two processes over one
 * database: a process started during another's round leaves it to its owner (no "Round resumed", nothing sent twice);
 * once the owner stops renewing its hold, exactly one of two survivors takes the round over; an orderly stop lets the
 * next process take over at once.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class RoundTakeoverTest {

    private static final long SERVER = 4242L;
    private static final long CHANNEL = 77L;
    private static final long ALICE = 1001L;
    private static final long BOB = 1002L;
    private static final Instant START = Instant.parse("2026-12-01T18:00:00Z");
    private static final Texts TEXTS = Texts.load("round");
    private static final LongPredicate EVERY_SERVER = server -> true;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(START);
    private final Book seed = new BookBinder(
                    new CacheConfig(100, 600, true), new SearchConfig(5, false), new KeyFactExtractor())
            .bind(TestBooks.seed());
    /** What every process sent: one Discord channel, as the processes share one bot. */
    private final RecordingChannel channel = new RecordingChannel();

    private Store store;

    /** A process's rounds and the {@code /round} command answering from them. */
    private record Process(RoundService service, CommandRegistry registry) {
        boolean runDue() {
            return service.runDue(EVERY_SERVER);
        }
    }

    @BeforeEach
    void open() {
        store = TestStores.of(dialect, temp)
                .open(List.of(
                        RoundStore.MIGRATIONS,
                        ReviewStore.MIGRATIONS,
                        PlanStore.MIGRATIONS,
                        ReadMarkStore.MIGRATIONS,
                        SqlShareOptInStore.MIGRATIONS));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aProcessStartedDuringARoundLeavesItToItsOwnerAndNothingIsSentTwice() {
        Process first = process("first");
        first.registry().answer(member(ALICE), "round", "start", Map.of("questions", "3", "seconds", "10"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        first.runDue();
        assertThat(titles(channel.posts)).containsExactly("Question 1 of 3");

        Reply question = channel.lastPost().reply();
        Process second = process("second");
        second.service().resume(EVERY_SERVER);
        assertThat(titles(channel.posts))
                .as("nothing restarted: the round is not resumed")
                .containsExactly("Question 1 of 3");
        assertThat(click(second, BOB, rightAnswer(question)))
                .as("either process takes answers")
                .isEqualTo("Answer locked in");
        clock.advance(Duration.ofSeconds(11));
        assertThat(second.runDue()).as("a round runs").isTrue();
        assertThat(channel.edits)
                .as("the second process does not reveal the first's question")
                .isEmpty();

        for (int tick = 0; tick < 90; tick++) {
            second.runDue();
            first.runDue();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(titles(channel.posts))
                .containsExactly("Question 1 of 3", "Question 2 of 3", "Question 3 of 3", "Round over: scoreboard");
        assertThat(titles(channel.edits))
                .containsExactly(
                        "Question 1 of 3 · revealed", "Question 2 of 3 · revealed", "Question 3 of 3 · revealed");
        assertThat(channel.lastPost().reply().text().plainText())
                .contains("1. a member who doesn't share their name — 1 point");
        assertThat(second.runDue()).as("no round left running").isFalse();
    }

    @Test
    void onceTheOwnerStopsRenewingExactlyOneOfTwoSurvivorsTakesTheRoundOver() throws Exception {
        Process owner = process("owner");
        owner.registry().answer(member(ALICE), "round", "start", Map.of("questions", "2", "seconds", "60"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        owner.runDue();
        Reply question = channel.lastPost().reply();
        Process left = process("left");
        Process right = process("right");
        left.service().resume(EVERY_SERVER);
        right.service().resume(EVERY_SERVER);
        assertThat(click(left, BOB, rightAnswer(question))).isEqualTo("Answer locked in");

        clock.advance(RoundRules.DEFAULT.lease().minusSeconds(1));
        left.runDue();
        right.runDue();
        assertThat(titles(channel.posts))
                .as("the owner's hold has not run out: it may only be slow")
                .containsExactly("Question 1 of 2");

        clock.advance(Duration.ofSeconds(2));
        CountDownLatch together = new CountDownLatch(1);
        CompletableFuture<Boolean> leftPass = CompletableFuture.supplyAsync(() -> passAfter(together, left));
        CompletableFuture<Boolean> rightPass = CompletableFuture.supplyAsync(() -> passAfter(together, right));
        together.countDown();
        leftPass.get(30, TimeUnit.SECONDS);
        rightPass.get(30, TimeUnit.SECONDS);
        assertThat(titles(channel.posts)).containsExactly("Question 1 of 2", "Round resumed");
        assertThat(channel.lastPost().reply().text().plainText()).contains("carries on from question 1 of 2");

        for (int tick = 0; tick < 120; tick++) {
            clock.advance(Duration.ofSeconds(1));
            left.runDue();
            right.runDue();
        }
        assertThat(titles(channel.posts))
                .containsExactly("Question 1 of 2", "Round resumed", "Question 2 of 2", "Round over: scoreboard");
        assertThat(titles(channel.edits)).containsExactly("Question 1 of 2 · revealed", "Question 2 of 2 · revealed");
        assertThat(channel.lastPost().reply().text().plainText())
                .as("the answer given while the owner ran counts")
                .contains("1. a member who doesn't share their name — 1 point");
    }

    @Test
    void anOrderlyStopLetsTheNextProcessTakeTheRoundOverAtOnce() {
        Process stopping = process("stopping");
        stopping.registry().answer(member(ALICE), "round", "start", Map.of("questions", "2", "seconds", "30"));
        clock.advance(RoundRules.DEFAULT.leadIn());
        stopping.runDue();
        stopping.service().release();

        clock.advance(Duration.ofSeconds(2));
        Process next = process("next");
        next.service().resume(EVERY_SERVER);
        assertThat(titles(channel.posts)).containsExactly("Question 1 of 2", "Round resumed");
        clock.advance(Duration.ofSeconds(30));
        stopping.runDue();
        assertThat(channel.edits).as("the stopped process moves nothing on").isEmpty();
        next.runDue();
        assertThat(titles(channel.edits)).containsExactly("Question 1 of 2 · revealed");
    }

    private Process process(String name) {
        SqlShareOptInStore sharing = new SqlShareOptInStore(store, clock);
        PlanService plans = new PlanService(
                new SqlPlanStore(store), server -> seed.library(), server -> "", server -> ZoneOffset.UTC, clock);
        RoundService service = new RoundService(
                new SqlRoundStore(store, name),
                server -> seed,
                new RoundCards(plans, new SqlReadMarkStore(store), place -> "", DroppedQuestions.NONE, clock),
                new QuizReviews(new SqlReviewStore(store), sharing, server -> ZoneOffset.UTC, place -> "seed", clock),
                sharing,
                new RetryingRoundChannel(channel, RetryingRoundChannel.PAUSES, pause -> {}),
                RoundRules.DEFAULT,
                TEXTS,
                new PublicLocales(server -> Optional.empty(), PreferredLocales.none()),
                clock,
                CallersThread.steps());
        return new Process(
                service,
                new CommandRegistry(
                        BooksByPlace.everywhere(new CurrentBook(seed)),
                        List.of(new RoundFeature(service, () -> {}, TEXTS))));
    }

    private static boolean passAfter(CountDownLatch start, Process process) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.runDue();
    }

    private String click(Process process, long member, String id) {
        return process.registry()
                .clickAndUpdate(member(member), id, List.of(), new ClickedMessage(1, clock.instant(), List.of(id)))
                .reply()
                .title();
    }

    private String rightAnswer(Reply question) {
        String right = seed.quiz().all().stream()
                .filter(card -> question.text().plainText().contains("\n" + card.prompt() + "\n"))
                .findFirst()
                .orElseThrow()
                .rightChoice();
        return question.actions().stream()
                .map(ReplyAction.Button.class::cast)
                .filter(button -> button.label().equals(right))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static List<String> titles(List<RecordingChannel.Sent> sent) {
        return sent.stream().map(message -> message.reply().title()).toList();
    }

    private static Asker member(long id) {
        return Asker.inServer(id, "member" + id, SERVER, CHANNEL, false);
    }
}
