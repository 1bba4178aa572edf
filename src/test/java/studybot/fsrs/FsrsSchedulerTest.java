package studybot.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against the reference values of the reference implementation's own tests (py-fsrs, tests/test_basic.py:
 * test_review_card, test_memo_state, test_repeated_correct_reviews and the learning-step tests), with fuzzing off as
 * there.
 */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULTS);

    @Test
    void intervalsFollowTheReferenceForGoodGoodAgainAgainGood() {
        List<Rating> ratings = List.of(
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD,
                Rating.AGAIN,
                Rating.AGAIN,
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD,
                Rating.GOOD);
        CardMemory card = CardMemory.fresh(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = scheduler.review(card, rating, at);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            at = card.due();
        }

        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void stabilityAndDifficultyMatchTheReferenceMemoState() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] daysBefore = {0, 0, 1, 3, 8, 21};
        CardMemory card = CardMemory.fresh(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(daysBefore[i]));
            card = scheduler.review(card, ratings.get(i), at);
        }

        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void repeatedEasyAnswersBringDifficultyToItsMinimum() {
        CardMemory card = CardMemory.fresh(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Rating.EASY, START.plusNanos(i * 1000L));
        }

        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void learningStepsAreOneThenTenMinutesAndHardWaitsHalfway() {
        CardMemory good = scheduler.review(CardMemory.fresh(START), Rating.GOOD, START);
        assertThat(good.phase()).isEqualTo(Phase.LEARNING);
        assertThat(good.step()).isEqualTo(1);
        assertThat(Duration.between(START, good.due())).isEqualTo(Duration.ofMinutes(10));

        CardMemory graduated = scheduler.review(good, Rating.GOOD, good.due());
        assertThat(graduated.phase()).isEqualTo(Phase.REVIEW);
        assertThat(Duration.between(graduated.lastReview(), graduated.due()))
                .isGreaterThanOrEqualTo(Duration.ofDays(1));

        CardMemory again = scheduler.review(CardMemory.fresh(START), Rating.AGAIN, START);
        assertThat(Duration.between(START, again.due())).isEqualTo(Duration.ofMinutes(1));

        CardMemory hard = scheduler.review(CardMemory.fresh(START), Rating.HARD, START);
        assertThat(Duration.between(START, hard.due())).isEqualTo(Duration.ofSeconds(330));
    }

    @Test
    void aLapseInReviewGoesToRelearningForTenMinutes() {
        CardMemory card = scheduler.review(CardMemory.fresh(START), Rating.EASY, START);
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);

        CardMemory lapsed = scheduler.review(card, Rating.AGAIN, card.due());

        assertThat(lapsed.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(Duration.between(card.due(), lapsed.due())).isEqualTo(Duration.ofMinutes(10));
        assertThat(lapsed.stability()).isLessThan(card.stability());
    }

    @Test
    void retrievabilityIsZeroBeforeAnyReviewAndFallsWithTime() {
        assertThat(scheduler.retrievability(CardMemory.fresh(START), START)).isZero();
        CardMemory card = scheduler.review(CardMemory.fresh(START), Rating.EASY, START);
        double soon = scheduler.retrievability(card, START.plus(Duration.ofDays(1)));
        double late = scheduler.retrievability(card, START.plus(Duration.ofDays(30)));
        assertThat(soon).isBetween(0.0, 1.0).isGreaterThan(late);
        assertThat(scheduler.retrievability(card, card.due())).isCloseTo(0.9, within(0.02));
    }

    @Test
    void answersBecomeRatingsByCorrectnessAndTime() {
        assertThat(AnswerRating.of(false, Duration.ofSeconds(3))).isEqualTo(Rating.AGAIN);
        assertThat(AnswerRating.of(true, Duration.ofSeconds(5))).isEqualTo(Rating.EASY);
        assertThat(AnswerRating.of(true, Duration.ofSeconds(8))).isEqualTo(Rating.EASY);
        assertThat(AnswerRating.of(true, Duration.ofSeconds(20))).isEqualTo(Rating.GOOD);
        assertThat(AnswerRating.of(true, Duration.ofSeconds(45))).isEqualTo(Rating.HARD);
        assertThat(AnswerRating.of(true, Duration.ofHours(3))).isEqualTo(Rating.GOOD);
        assertThat(AnswerRating.of(true, null)).isEqualTo(Rating.GOOD);
    }
}
