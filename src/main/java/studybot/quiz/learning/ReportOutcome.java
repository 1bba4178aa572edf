package studybot.quiz.learning;

import studybot.quiz.Question;
import studybot.quiz.review.ReportedQuestion;

/** What became of a click on a question's "Report" button. Only {@link Reported} changed anything. */
public sealed interface ReportOutcome {

    /** The report was recorded; {@code counted} is the question's reports in the scope with it. */
    record Reported(Question question, ReportedQuestion counted) implements ReportOutcome {}

    /** The member had reported this question here already. */
    record AlreadyReported(Question question) implements ReportOutcome {}

    /** The question's fact has left the book, so it is never asked again anyway. */
    record Retired() implements ReportOutcome {}

    /** The member never answered this card here, so no feedback of theirs carried this button: a made-up id. */
    record Invalid() implements ReportOutcome {}
}
