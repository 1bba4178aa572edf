package studybot.quiz.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import studybot.store.Migrations;

/**
 * Members' reports of bad quiz questions, per scope, in the quiz's own tables ({@link ReviewStore#MIGRATIONS}). A
 * question reported enough in a server is dropped there ({@link ReportedQuestion#dropped()}); a member is never asked a
 * question they reported. Kept for the operator, who improves the rules from them: {@code /quiz forget} leaves them.
 * Each report names its book, so {@code /quiz reports} lists the book read there; which cards are hidden is asked per
 * scope, since a card's id is derived from its content and so belongs to one book only.
 */
public interface ReportStore {

    /** The same schema history as the reviews: reports are part of the quiz's tables. */
    Migrations MIGRATIONS = ReviewStore.MIGRATIONS;

    /** Reports from members without Manage Server that drop a question for their server. */
    int MEMBERS_TO_DROP = 3;

    /** The scope of direct messages and the console, shared by every member there: nothing is dropped for it. */
    long DIRECT_MESSAGES = 0;

    /**
     * Records a member's report; the question's reports in its scope with this one counted, or empty when this member
     * had reported it there already (nothing changed).
     */
    Optional<ReportedQuestion> report(QuestionReport report);

    /** The card ids dropped for a server; always empty for {@link #DIRECT_MESSAGES}. */
    Set<String> dropped(long scope);

    /** The card ids this member reported in this scope. */
    Set<String> reportedBy(long scope, long memberId);

    /** This scope's reported questions about cards of {@code book}, most reported first. */
    List<ReportedQuestion> reported(long scope, String book);

    /** Every scope's reported questions, by scope, then most reported first (the operator's export). */
    List<ReportedQuestion> all();

    ReportTotals totals();
}
