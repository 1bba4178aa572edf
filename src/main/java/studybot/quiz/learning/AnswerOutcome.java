package studybot.quiz.learning;

import java.time.Instant;
import studybot.fsrs.CardMemory;
import studybot.quiz.Question;

/** What became of a click on an answer button. Only {@link Counted} changed anything. */
public sealed interface AnswerOutcome {

    /**
     * The answer was recorded at {@code answeredAt}; {@code memory} is the card's schedule for the member after it
     * (kept as it was when the card was already reviewed earlier that day: the schedule changes once a day).
     */
    record Counted(Question question, int chosen, CardMemory memory, Instant answeredAt) implements AnswerOutcome {
        public boolean correct() {
            return chosen == question.answer();
        }

        /**
         * Whether this answer reviewed the card: a review sets the last review to its own time, while a card reviewed
         * earlier that day keeps its earlier one (and its next review, which may have passed).
         */
        public boolean rescheduled() {
            return !memory.lastReview().isBefore(answeredAt);
        }
    }

    /** The member had answered this question already: their first answer stands. */
    record AlreadyAnswered(Question question) implements AnswerOutcome {}

    /** The card's fact is no longer in the book: the card is retired. */
    record Retired() implements AnswerOutcome {}

    /** The card exists but its choices changed since the question was asked (the book was reloaded). */
    record Changed(Question question) implements AnswerOutcome {}

    /**
     * The button names a card or choice this edition's question could not have had, though it was asked after the
     * edition was loaded: the id was made up.
     */
    record Invalid() implements AnswerOutcome {}
}
