package studybot.quiz.review;

import java.time.Instant;
import java.util.Objects;

/**
 * The reports of one question in one scope, counted: what {@code /quiz reports} lists and the operator's export prints.
 *
 * @param book the id of the book the question was last reported from (a card id belongs to one book's text)
 * @param card the question as last reported
 * @param reports how many members reported it
 * @param byManagers how many of them held Manage Server
 * @param lastReportedAt when the latest report came
 */
public record ReportedQuestion(
        long scope, String book, ReportedCard card, int reports, int byManagers, Instant lastReportedAt) {

    public ReportedQuestion {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(lastReportedAt, "lastReportedAt");
    }

    /**
     * Whether the question is no longer asked anywhere in the server: one report from a member with Manage Server, or
     * {@value ReportStore#MEMBERS_TO_DROP} from others. Never in direct messages (scope 0), which every member shares:
     * there a report hides the question from its reporter only.
     */
    public boolean dropped() {
        return scope != ReportStore.DIRECT_MESSAGES && (byManagers > 0 || reports >= ReportStore.MEMBERS_TO_DROP);
    }
}
