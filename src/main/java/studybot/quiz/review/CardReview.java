package studybot.quiz.review;

import java.util.Objects;
import studybot.fsrs.CardMemory;

/** A member's review state of one card of one book in one scope (server or DM). */
public record CardReview(long scope, String book, long memberId, String cardId, CardMemory memory) {

    public CardReview {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(memory, "memory");
    }
}
