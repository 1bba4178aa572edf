package studybot.quiz.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import studybot.fsrs.CardMemory;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;

/**
 * What studybot keeps about quizzes: each member's review state per (scope, member, card), and every answer, kept so
 * that stats can be recomputed. One method per transaction. Cards themselves are derived from the book, never stored; a
 * state whose card has left the book is simply never asked for (retired quietly).
 */
public interface ReviewStore {

    /**
     * The quiz tables: {@code db/quiz/sqlite/} and {@code db/quiz/postgresql/}, history in {@code flyway_history_quiz}.
     */
    Migrations MIGRATIONS = new Migrations("quiz", "db/quiz")
            .withPersonalColumns(
                    PersonalColumn.owned("quiz_reviews", "member_id"),
                    PersonalColumn.owned("quiz_answers", "member_id"),
                    PersonalColumn.owned("quiz_reports", "member_id"));

    /** The member's state of this card, if they have answered it in this scope. */
    Optional<CardReview> review(long scope, long memberId, String cardId);

    /**
     * Records an answer and the card's next state in one transaction, {@code next} computing that state from the
     * current one (empty before the first answer) while the row is held. Returns the new state, or empty when this
     * member's answer to this question was already recorded (it counts once; nothing is changed).
     */
    Optional<CardMemory> recordAnswer(Answer answer, Function<Optional<CardMemory>, CardMemory> next);

    /** How many members answered the question {@code questionId} in this scope. */
    int answerCount(long scope, String questionId);

    /** The member's cards due at {@code now}, most overdue first, at most {@code limit}. */
    List<CardReview> due(long scope, long memberId, Instant now, int limit);

    /** How many of the member's cards are due at {@code now} in this scope, and their last review; one query. */
    DueReviews dueReviews(long scope, long memberId, Instant now);

    /** All of the member's card states in this scope. */
    List<CardReview> reviews(long scope, long memberId);

    /** All of the member's answers in this scope, oldest first. */
    List<Answer> answers(long scope, long memberId);

    /** Every member's answers in this scope since {@code since}, oldest first (leaderboards). */
    List<Answer> answersSince(long scope, Instant since);

    /** Deletes the member's answers and states in this scope; returns how many answers were deleted. */
    int forget(long scope, long memberId);
}
