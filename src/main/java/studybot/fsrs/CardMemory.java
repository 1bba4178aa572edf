package studybot.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's memory of one card as FSRS models it. {@code step} is the learning or relearning step (meaningless in
 * review); {@code stability} (days until recall probability falls to 90%) and {@code difficulty} (1–10) are NaN before
 * the first review; {@code lastReview} is null before the first review.
 */
public record CardMemory(Phase phase, int step, double stability, double difficulty, Instant due, Instant lastReview) {

    public CardMemory {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(due, "due");
    }

    /** A card never reviewed, due at once. */
    public static CardMemory fresh(Instant now) {
        return new CardMemory(Phase.LEARNING, 0, Double.NaN, Double.NaN, now, null);
    }

    public boolean reviewed() {
        return lastReview != null;
    }
}
