package studybot.quiz.learning;

import java.time.Instant;
import java.util.Optional;
import studybot.quiz.Question;

/** What {@code /quiz next} found for a member: a question (and why this one), or nothing to ask right now. */
public sealed interface NextQuestion {

    /** Why a question was picked. */
    enum Reason {
        /** A review that is due. */
        DUE,
        /** A card the member has never answered. */
        NEW,
        /** Not due yet, shown because the member asked for its section. */
        EARLY
    }

    /** Ask {@code question}; {@code asked} is when, for the answer buttons. */
    record Ask(Question question, Reason reason, Instant asked) implements NextQuestion {}

    /** Everything in reach is answered and not yet due; {@code nextDue} is the earliest review, if any. */
    record CaughtUp(Optional<Instant> nextDue) implements NextQuestion {}
}
