package studybot.quiz.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import studybot.fsrs.CardMemory;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;

/**
 * What studybot keeps about quizzes: each member's review state per (scope, book, member, card), and every answer, kept
 * so that stats can be recomputed. A place that switches books and back finds each book's schedule again. One method
 * per transaction. Cards themselves are derived from the book, never stored; a state whose card has left the book is
 * simply never asked for (retired quietly).
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

    /** The member's state of this card of {@code book}, if they have answered it in this scope. */
    Optional<CardReview> review(long scope, String book, long memberId, String cardId);

    /**
     * Records an answer and the card's next state in one transaction, {@code next} computing that state from the
     * current one (empty before the first answer) while the row is held. Returns the new state, or empty when this
     * member's answer to this question was already recorded (it counts once; nothing is changed).
     */
    Optional<CardMemory> recordAnswer(Answer answer, Function<Optional<CardMemory>, CardMemory> next);

    /** How many members answered the question {@code questionId} in this scope (a question message is of one book). */
    int answerCount(long scope, String questionId);

    /** The member's cards of {@code book} due at {@code now}, most overdue first, at most {@code limit}. */
    List<CardReview> due(long scope, String book, long memberId, Instant now, int limit);

    /**
     * How many of the member's cards of {@code book} are due at {@code now} in this scope, and their last review; one
     * query.
     */
    DueReviews dueReviews(long scope, String book, long memberId, Instant now);

    /** All of the member's card states of {@code book} in this scope. */
    List<CardReview> reviews(long scope, String book, long memberId);

    /** All of the member's answers to cards of {@code book} in this scope, oldest first. */
    List<Answer> answers(long scope, String book, long memberId);

    /**
     * Every member's answers to cards of {@code book} in this scope since {@code since}, oldest first (leaderboards).
     */
    List<Answer> answersSince(long scope, String book, Instant since);

    /** Deletes the member's answers and states of {@code book} in this scope; returns how many answers were deleted. */
    int forget(long scope, String book, long memberId);

    /** The books whose schedules, answers or reports the scope keeps. */
    Set<String> books(long scope);

    /** Deletes every member's schedules, answers and reports of {@code book} in this scope; how many rows went. */
    int forgetBook(long scope, String book);

    /**
     * Gives each row kept under {@code ""} (from before books were told apart) its book, as {@code books} says, in
     * every quiz table; how many rows changed. A row {@code books} has no book for yet, or whose book already holds the
     * same key (written since), keeps {@code ""}. Calls {@code books} outside any transaction, so it may read the
     * store.
     */
    int assignBooks(UnassignedBooks books);

    /** How many schedules each card of {@code book} has, over every scope and member. */
    Map<String, Integer> schedulesByCard(String book);

    /**
     * Moves every member's schedule and answers of {@code book} from each old card id to its new one
     * ({@code successors}: old id to new id), in one transaction, oldest ids first. A member who already holds the new
     * card keeps both where they are. Running it again moves nothing more, and two processes running it at once move
     * each card once.
     */
    MovedCards moveCards(String book, Map<String, String> successors);
}
