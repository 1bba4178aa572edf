package studybot.quiz.review;

import java.util.Optional;

/**
 * Which book a quiz row kept before books were told apart belongs to: the running bot knows the books, the migration
 * does not, so the first start after it asks this for each (scope, member, card) kept under {@code ""}.
 */
@FunctionalInterface
public interface UnassignedBooks {

    /**
     * The shelf's id of the book the card, answered by {@code memberId} in {@code scope}, belongs to; empty to leave
     * the row under {@code ""} for now (its book may not be built yet).
     */
    Optional<String> bookOf(long scope, long memberId, String cardId);
}
