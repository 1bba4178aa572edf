package studybot.quiz.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.fsrs.AnswerRating;
import studybot.fsrs.CardMemory;
import studybot.fsrs.FsrsParameters;
import studybot.fsrs.FsrsScheduler;
import studybot.fsrs.Phase;
import studybot.fsrs.Rating;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** The review store on both backends: SQLite ([1]) and the run's embedded PostgreSQL ([2]). */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlReviewStoreTest {

    @Parameter
    Dialect dialect;

    private static final String BOOK = "seed";
    private static final String OTHER_BOOK = "other-book";
    private static final long SERVER = 111L;
    private static final long ALICE = 1L;
    private static final long BOB = 2L;
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULTS);

    @TempDir
    Path temp;

    @Test
    void eachMembersAnswerToAQuestionCountsOnceAndSchedulesTheirOwnReview() {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);

            Optional<CardMemory> alice = answer(reviews, ALICE, "q1", "card", true, Duration.ofSeconds(5), T0);
            Optional<CardMemory> again =
                    answer(reviews, ALICE, "q1", "card", false, Duration.ofSeconds(1), T0.plusSeconds(2));
            Optional<CardMemory> bob = answer(reviews, BOB, "q1", "card", false, Duration.ofSeconds(12), T0);

            assertThat(alice).isPresent();
            assertThat(again).isEmpty();
            assertThat(bob).isPresent();
            assertThat(reviews.answers(SERVER, BOOK, ALICE))
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.correct()).isTrue());
            assertThat(reviews.review(SERVER, BOOK, ALICE, "card")
                            .orElseThrow()
                            .memory()
                            .phase())
                    .isEqualTo(Phase.REVIEW);
            assertThat(reviews.review(SERVER, BOOK, BOB, "card")
                            .orElseThrow()
                            .memory()
                            .due())
                    .isEqualTo(T0.plus(Duration.ofMinutes(1)));
        }
    }

    @Test
    void dueCardsComeMostOverdueFirstAndOnlyWhenDue() {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            answer(reviews, ALICE, "q1", "late", false, Duration.ofSeconds(3), T0);
            answer(reviews, ALICE, "q2", "early", false, Duration.ofSeconds(3), T0.minusSeconds(30));
            answer(reviews, ALICE, "q3", "known", true, Duration.ofSeconds(3), T0);

            assertThat(reviews.due(SERVER, BOOK, ALICE, T0, 10)).isEmpty();
            assertThat(reviews.due(SERVER, BOOK, ALICE, T0.plus(Duration.ofMinutes(2)), 10))
                    .extracting(CardReview::cardId)
                    .containsExactly("early", "late");
            assertThat(reviews.due(SERVER, BOOK, ALICE, T0.plus(Duration.ofMinutes(2)), 1))
                    .hasSize(1);
            assertThat(reviews.due(SERVER, BOOK, BOB, T0.plus(Duration.ofDays(400)), 10))
                    .isEmpty();
        }
    }

    @Test
    void historyIsKeptSoTheScheduleCanBeRecomputedAndSurvivesARestart() {
        CardMemory last;
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            answer(reviews, ALICE, "q1", "card", true, Duration.ofSeconds(20), T0);
            CardMemory first =
                    reviews.review(SERVER, BOOK, ALICE, "card").orElseThrow().memory();
            last = answer(reviews, ALICE, "q2", "card", true, null, first.due()).orElseThrow();
        }
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            assertThat(reviews.review(SERVER, BOOK, ALICE, "card"))
                    .map(CardReview::memory)
                    .contains(last);
            CardMemory replayed = CardMemory.fresh(T0);
            for (Answer answer : reviews.answers(SERVER, BOOK, ALICE)) {
                replayed = scheduler.review(replayed, answer.rating(), answer.answeredAt());
            }
            assertThat(replayed).isEqualTo(last);
            assertThat(reviews.answers(SERVER, BOOK, ALICE))
                    .extracting(Answer::took)
                    .containsExactly(Duration.ofSeconds(20), null);
        }
    }

    @Test
    void forgetDeletesOneMembersAnswersInOneScopeOnly() {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            answer(reviews, ALICE, "q1", "card", true, Duration.ofSeconds(5), T0);
            answer(reviews, BOB, "q1", "card", true, Duration.ofSeconds(5), T0);
            reviews.recordAnswer(
                    new Answer(999L, BOOK, ALICE, "q1", "card", true, Rating.GOOD, T0, null),
                    current -> scheduler.review(current.orElse(CardMemory.fresh(T0)), Rating.GOOD, T0));

            assertThat(reviews.forget(SERVER, BOOK, ALICE)).isEqualTo(1);

            assertThat(reviews.answers(SERVER, BOOK, ALICE)).isEmpty();
            assertThat(reviews.reviews(SERVER, BOOK, ALICE)).isEmpty();
            assertThat(reviews.answers(SERVER, BOOK, BOB)).hasSize(1);
            assertThat(reviews.answers(999L, BOOK, ALICE)).hasSize(1);
            assertThat(reviews.answersSince(SERVER, BOOK, T0))
                    .extracting(Answer::memberId)
                    .containsExactly(BOB);
        }
    }

    @Test
    void eachBooksScheduleAnswersAndDueCountAreKeptApartInOnePlace() {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            reviews.recordAnswer(
                    new Answer(SERVER, BOOK, ALICE, "q1", "card", true, Rating.GOOD, T0, null),
                    current -> scheduler.review(CardMemory.fresh(T0), Rating.GOOD, T0));
            reviews.recordAnswer(
                    new Answer(SERVER, OTHER_BOOK, ALICE, "q1", "card", false, Rating.AGAIN, T0, null),
                    current -> scheduler.review(CardMemory.fresh(T0), Rating.AGAIN, T0));
            Instant later = T0.plus(Duration.ofDays(60));

            assertThat(reviews.answers(SERVER, BOOK, ALICE))
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.correct()).isTrue());
            assertThat(reviews.answers(SERVER, OTHER_BOOK, ALICE))
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.correct()).isFalse());
            assertThat(reviews.dueReviews(SERVER, BOOK, ALICE, later).due()).isEqualTo(1);
            assertThat(reviews.due(SERVER, OTHER_BOOK, ALICE, later, 10))
                    .extracting(CardReview::book)
                    .containsExactly(OTHER_BOOK);
            assertThat(reviews.answersSince(SERVER, OTHER_BOOK, T0)).hasSize(1);
            assertThat(reviews.books(SERVER)).containsExactlyInAnyOrder(BOOK, OTHER_BOOK);

            assertThat(reviews.forget(SERVER, OTHER_BOOK, ALICE)).isEqualTo(1);
            assertThat(reviews.reviews(SERVER, BOOK, ALICE)).hasSize(1);
            assertThat(reviews.forgetBook(SERVER, BOOK)).isEqualTo(2);
            assertThat(reviews.books(SERVER)).isEmpty();
        }
    }

    @Test
    void rowsKeptBeforeBooksWereToldApartAreGivenTheBookTheirCardOrPlaceSays() {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            reviews.recordAnswer(
                    new Answer(SERVER, "", ALICE, "q1", "ledger-card", true, Rating.GOOD, T0, null),
                    current -> scheduler.review(CardMemory.fresh(T0), Rating.GOOD, T0));
            reviews.recordAnswer(
                    new Answer(SERVER, "", ALICE, "q2", "retired-card", true, Rating.GOOD, T0, null),
                    current -> scheduler.review(CardMemory.fresh(T0), Rating.GOOD, T0));
            // written since under the book: the old row of the same card keeps ""
            reviews.recordAnswer(
                    new Answer(SERVER, OTHER_BOOK, BOB, "q1", "retired-card", true, Rating.GOOD, T0, null),
                    current -> scheduler.review(CardMemory.fresh(T0), Rating.GOOD, T0));
            reviews.recordAnswer(
                    new Answer(SERVER, "", BOB, "q1", "retired-card", false, Rating.AGAIN, T0, null),
                    current -> scheduler.review(CardMemory.fresh(T0), Rating.AGAIN, T0));

            int changed = reviews.assignBooks(
                    (scope, member, card) -> Optional.of(card.equals("ledger-card") ? BOOK : OTHER_BOOK));

            assertThat(changed)
                    .as("2 of Alice's cards, each a review and an answer")
                    .isEqualTo(4);
            assertThat(reviews.reviews(SERVER, BOOK, ALICE))
                    .extracting(CardReview::cardId)
                    .containsExactly("ledger-card");
            assertThat(reviews.answers(SERVER, OTHER_BOOK, ALICE))
                    .extracting(Answer::cardId)
                    .containsExactly("retired-card");
            assertThat(reviews.answers(SERVER, OTHER_BOOK, BOB))
                    .as("the row written since wins")
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.correct()).isTrue());
            assertThat(reviews.books(SERVER)).contains("");
            assertThat(reviews.assignBooks((scope, member, card) -> Optional.of(OTHER_BOOK)))
                    .as("nothing more to give")
                    .isZero();
        }
    }

    @Test
    void aMovedCardKeepsItsScheduleAndAnswersUnderItsNewIdOnce() {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            answer(reviews, ALICE, "q1", "old-card", true, Duration.ofSeconds(5), T0);
            CardMemory alicesSchedule = reviews.review(SERVER, BOOK, ALICE, "old-card")
                    .orElseThrow()
                    .memory();
            answer(reviews, BOB, "q1", "old-card", false, Duration.ofSeconds(5), T0);
            answer(reviews, BOB, "q2", "new-card", true, Duration.ofSeconds(5), T0.plusSeconds(60));
            answer(reviews, BOB, "q3", "retired-card", true, Duration.ofSeconds(5), T0);

            MovedCards moved = reviews.moveCards(BOOK, Map.of("old-card", "new-card"));

            assertThat(moved).as("Alice's card; Bob already holds the new one").isEqualTo(new MovedCards(1, 1));
            assertThat(reviews.review(SERVER, BOOK, ALICE, "new-card")
                            .orElseThrow()
                            .memory())
                    .isEqualTo(alicesSchedule);
            assertThat(reviews.review(SERVER, BOOK, ALICE, "old-card")).isEmpty();
            assertThat(reviews.answers(SERVER, BOOK, ALICE))
                    .extracting(Answer::cardId)
                    .containsExactly("new-card");
            assertThat(reviews.reviews(SERVER, BOOK, BOB))
                    .extracting(CardReview::cardId)
                    .as("Bob's own answer to the new card stands; his old card stays, no longer asked")
                    .containsExactly("new-card", "old-card", "retired-card");
            assertThat(reviews.schedulesByCard(BOOK))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("new-card", 2, "old-card", 1, "retired-card", 1));
            assertThat(reviews.moveCards(BOOK, Map.of("old-card", "new-card")))
                    .as("once")
                    .isEqualTo(new MovedCards(0, 0));
            assertThat(reviews.moveCards(OTHER_BOOK, Map.of("new-card", "old-card")))
                    .as("another book's cards are its own")
                    .isEqualTo(new MovedCards(0, 0));
        }
    }

    @Test
    void twoProcessesMovingTheSameCardsAtOnceMoveEachOnce() throws Exception {
        try (Store first = open();
                Store second = open()) {
            ReviewStore reviews = new SqlReviewStore(first);
            for (long member = 1; member <= 20; member++) {
                answer(reviews, member, "q1", "old-card", true, Duration.ofSeconds(5), T0);
                answer(reviews, member, "q2", "other-old-card", true, Duration.ofSeconds(5), T0);
            }
            Map<String, String> successors = Map.of("old-card", "new-card", "other-old-card", "new-card");

            CompletableFuture<MovedCards> one =
                    CompletableFuture.supplyAsync(() -> reviews.moveCards(BOOK, successors));
            CompletableFuture<MovedCards> other =
                    CompletableFuture.supplyAsync(() -> new SqlReviewStore(second).moveCards(BOOK, successors));

            int moved = one.get(20, TimeUnit.SECONDS).schedules()
                    + other.get(20, TimeUnit.SECONDS).schedules();
            assertThat(moved)
                    .as("each member's card moved once, by one of the two")
                    .isEqualTo(20);
            assertThat(reviews.schedulesByCard(BOOK))
                    .as("two old ids of one question: the first moves, the other stays")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("new-card", 20, "other-old-card", 20));
        }
    }

    @Test
    void twoAnswersToOneCardAtOnceSeeEachOthersReview() throws Exception {
        try (Store store = open()) {
            ReviewStore reviews = new SqlReviewStore(store);
            answer(reviews, ALICE, "q0", "card", true, Duration.ofSeconds(5), T0);
            Instant later = T0.plus(Duration.ofDays(3));
            CountDownLatch firstRead = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            List<Optional<CardMemory>> seenBySecond = new CopyOnWriteArrayList<>();

            CompletableFuture<Optional<CardMemory>> first =
                    CompletableFuture.supplyAsync(() -> reviews.recordAnswer(answerAt("q1", later), current -> {
                        firstRead.countDown();
                        await(secondStarted);
                        sleep(500);
                        return scheduler.review(current.orElseThrow(), Rating.GOOD, later);
                    }));
            await(firstRead);
            CompletableFuture<Optional<CardMemory>> second = CompletableFuture.supplyAsync(() -> {
                secondStarted.countDown();
                return reviews.recordAnswer(answerAt("q2", later.plusSeconds(1)), current -> {
                    seenBySecond.add(current);
                    return scheduler.review(current.orElseThrow(), Rating.GOOD, later.plusSeconds(1));
                });
            });

            CardMemory afterFirst = first.get(20, TimeUnit.SECONDS).orElseThrow();
            second.get(20, TimeUnit.SECONDS);
            assertThat(seenBySecond)
                    .as("the second answer read the card after the first one's review")
                    .containsExactly(Optional.of(afterFirst));
        }
    }

    private static Answer answerAt(String question, Instant at) {
        return new Answer(SERVER, BOOK, ALICE, question, "card", true, Rating.GOOD, at, Duration.ofSeconds(5));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private TestStores location;

    /** Opens the test's store; again after a close, it is the same store, as after a restart. */
    private Store open() {
        if (location == null) {
            location = TestStores.of(dialect, temp);
        }
        return location.open(List.of(ReviewStore.MIGRATIONS));
    }

    private Optional<CardMemory> answer(
            ReviewStore reviews,
            long member,
            String question,
            String card,
            boolean correct,
            Duration took,
            Instant at) {
        Rating rating = AnswerRating.of(correct, took);
        return reviews.recordAnswer(
                new Answer(SERVER, BOOK, member, question, card, correct, rating, at, took),
                current -> scheduler.review(current.orElse(CardMemory.fresh(at)), rating, at));
    }
}
