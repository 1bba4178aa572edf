package studybot.quiz.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's report of a bad question in a scope (a server, or 0 for direct messages and the console), about a card
 * of the book {@code book} (the shelf's id).
 *
 * @param byManager whether the member held Manage Server there: one such report drops the question for the server
 */
public record QuestionReport(
        long scope, String book, long memberId, boolean byManager, Instant reportedAt, ReportedCard card) {

    public QuestionReport {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(card, "card");
    }
}
