package studybot.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler, implemented from its published formulas: after each review it updates a
 * card's stability and difficulty and schedules the next review when the predicted recall probability falls to the
 * desired retention. Checked against the reference implementation's own test values (FsrsSchedulerTest).
 *
 * <p>No interval fuzzing: the same answers always give the same schedule, which keeps stats recomputable from the
 * answer history. Pure and thread-safe.
 */
public final class FsrsScheduler {

    private static final double STABILITY_MIN = 0.001;
    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;
    private static final double SECONDS_PER_DAY = 86_400;

    private final FsrsParameters parameters;
    private final double decay;
    private final double factor;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = parameters;
        this.decay = -parameters.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The card after a review with {@code rating} at {@code at}. */
    public CardMemory review(CardMemory card, Rating rating, Instant at) {
        Long daysSinceLast =
                card.reviewed() ? Duration.between(card.lastReview(), at).toDays() : null;
        double stability;
        double difficulty;
        if (!card.reviewed() || Double.isNaN(card.stability())) {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        } else if (daysSinceLast != null && daysSinceLast < 1) {
            stability = shortTermStability(card.stability(), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        } else {
            stability = nextStability(card.difficulty(), card.stability(), retrievability(card, at), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        }
        return switch (card.phase()) {
            case LEARNING ->
                stepped(card, rating, at, stability, difficulty, parameters.learningSteps(), Phase.LEARNING);
            case RELEARNING ->
                stepped(card, rating, at, stability, difficulty, parameters.relearningSteps(), Phase.RELEARNING);
            case REVIEW -> reviewed(rating, at, stability, difficulty);
        };
    }

    /** The predicted probability that the card is recalled at {@code at}; 0 for a card never reviewed. */
    public double retrievability(CardMemory card, Instant at) {
        if (!card.reviewed() || Double.isNaN(card.stability())) {
            return 0;
        }
        long elapsedDays = Math.max(0, Duration.between(card.lastReview(), at).toDays());
        return Math.pow(1 + factor * elapsedDays / card.stability(), decay);
    }

    private CardMemory reviewed(Rating rating, Instant at, double stability, double difficulty) {
        if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
            return new CardMemory(
                    Phase.RELEARNING,
                    0,
                    stability,
                    difficulty,
                    at.plus(parameters.relearningSteps().get(0)),
                    at);
        }
        return inReview(at, stability, difficulty);
    }

    private CardMemory stepped(
            CardMemory card,
            Rating rating,
            Instant at,
            double stability,
            double difficulty,
            List<Duration> steps,
            Phase phase) {
        int step = card.step();
        if (steps.isEmpty() || step >= steps.size() && rating != Rating.AGAIN) {
            return inReview(at, stability, difficulty);
        }
        return switch (rating) {
            case AGAIN -> new CardMemory(phase, 0, stability, difficulty, at.plus(steps.get(0)), at);
            case HARD -> new CardMemory(phase, step, stability, difficulty, at.plus(hardStep(steps, step)), at);
            case GOOD ->
                step + 1 == steps.size()
                        ? inReview(at, stability, difficulty)
                        : new CardMemory(phase, step + 1, stability, difficulty, at.plus(steps.get(step + 1)), at);
            case EASY -> inReview(at, stability, difficulty);
        };
    }

    private static Duration hardStep(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return Duration.ofMillis(Math.round(steps.get(0).toMillis() * 1.5));
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private CardMemory inReview(Instant at, double stability, double difficulty) {
        return new CardMemory(
                Phase.REVIEW, 0, stability, difficulty, at.plus(Duration.ofDays(nextIntervalDays(stability))), at);
    }

    long nextIntervalDays(double stability) {
        double interval = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        long days = (long) Math.rint(interval);
        return Math.min(Math.max(days, 1), parameters.maximumIntervalDays());
    }

    private double initialStability(Rating rating) {
        return Math.max(parameters.w(rating.grade() - 1), STABILITY_MIN);
    }

    private double initialDifficulty(Rating rating) {
        return parameters.w(4) - Math.exp(parameters.w(5) * (rating.grade() - 1)) + 1;
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(parameters.w(17) * (rating.grade() - 3 + parameters.w(18)))
                * Math.pow(stability, -parameters.w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, STABILITY_MIN);
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -(parameters.w(6) * (rating.grade() - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double reverted = parameters.w(7) * initialDifficulty(Rating.EASY) + (1 - parameters.w(7)) * damped;
        return clampDifficulty(reverted);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
        return Math.max(next, STABILITY_MIN);
    }

    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = parameters.w(11)
                * Math.pow(difficulty, -parameters.w(12))
                * (Math.pow(stability + 1, parameters.w(13)) - 1)
                * Math.exp((1 - retrievability) * parameters.w(14));
        double shortTerm = stability / Math.exp(parameters.w(17) * parameters.w(18));
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? parameters.w(15) : 1;
        double easyBonus = rating == Rating.EASY ? parameters.w(16) : 1;
        return stability
                * (1
                        + Math.exp(parameters.w(8))
                                * (11 - difficulty)
                                * Math.pow(stability, -parameters.w(9))
                                * (Math.exp((1 - retrievability) * parameters.w(10)) - 1)
                                * hardPenalty
                                * easyBonus);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
