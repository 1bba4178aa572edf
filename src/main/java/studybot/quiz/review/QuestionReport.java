package studybot.quiz.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's report of a bad question in a scope (a server, or 0 for direct messages and the console).
 *
 * @param byManager whether the member held Manage Server there: one such report drops the question for the server
 */
public record QuestionReport(long scope, long memberId, boolean byManager, Instant reportedAt, ReportedCard card) {

    public QuestionReport {
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(card, "card");
    }
}
