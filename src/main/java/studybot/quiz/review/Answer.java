package studybot.quiz.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import studybot.fsrs.Rating;

/**
 * One answer by one member to one question. {@code scope} is the server, or the DM channel for answers in a DM;
 * {@code book} the shelf's id of the book the question came from, which the answer counts for. {@code questionId}
 * identifies the question as it was asked (the question message, or the console's question), so that each member's
 * answer to it counts once however often they click. {@code took} is null when unknown.
 */
public record Answer(
        long scope,
        String book,
        long memberId,
        String questionId,
        String cardId,
        boolean correct,
        Rating rating,
        Instant answeredAt,
        Duration took) {

    public Answer {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
