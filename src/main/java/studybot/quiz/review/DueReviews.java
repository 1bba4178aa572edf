package studybot.quiz.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's reviews at a glance, as a reminder needs them: how many cards are due, and when they last reviewed one
 * (for "stop after days without a review"). Cards whose facts left the book are still counted: the store does not know
 * the book.
 */
public record DueReviews(int due, Optional<Instant> lastReviewAt) {

    public DueReviews {
        Objects.requireNonNull(lastReviewAt, "lastReviewAt");
    }
}
