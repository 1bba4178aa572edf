package studybot.quiz.learning;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;
import studybot.quiz.review.QuestionReport;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReportedCard;
import studybot.quiz.review.ReportedQuestion;
import studybot.quiz.review.ReviewStore;

/**
 * Members' reports of bad questions: a report hides the question from its reporter at once, and drops it for the whole
 * server after one report from a member with Manage Server or {@value ReportStore#MEMBERS_TO_DROP} from others (never
 * in direct messages, which all members share). A member may only report a card they answered in that place, since only
 * the feedback on their answer carries the button.
 */
public final class QuestionReports {

    private final ReportStore reports;
    private final ReviewStore reviews;
    private final Clock clock;

    public QuestionReports(ReportStore reports, ReviewStore reviews, Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** @param managesServer whether the member holds Manage Server in the place's server */
    public ReportOutcome report(Learner who, boolean managesServer, QuizDeck deck, String cardId) {
        if (reviews.review(who.placeKey(), who.book(), who.member(), cardId).isEmpty()) {
            return new ReportOutcome.Invalid();
        }
        Optional<Question> found = deck.find(cardId);
        if (found.isEmpty()) {
            return new ReportOutcome.Retired();
        }
        Question question = found.get();
        ReportedCard card = new ReportedCard(
                cardId,
                question.fact().section().toString(),
                question.prompt(),
                question.choices(),
                question.rightChoice(),
                question.fact().text());
        return reports.report(new QuestionReport(
                        who.placeKey(),
                        who.book(),
                        who.member(),
                        managesServer && who.place().isServer(),
                        clock.instant(),
                        card))
                .<ReportOutcome>map(counted -> new ReportOutcome.Reported(question, counted))
                .orElseGet(() -> new ReportOutcome.AlreadyReported(question));
    }

    /** The cards never asked of this member here: those they reported, and those dropped for the server. */
    public Set<String> hiddenFrom(Learner who) {
        Set<String> hidden = new HashSet<>(reports.reportedBy(who.placeKey(), who.member()));
        hidden.addAll(reports.dropped(who.placeKey()));
        return Set.copyOf(hidden);
    }

    /**
     * Why the card is no longer asked of this member here, if it is not: dropped for the whole server, or reported by
     * the member (in direct messages, the only way a question is hidden).
     */
    public Optional<Hidden> whyHidden(Learner who, String cardId) {
        if (reports.dropped(who.placeKey()).contains(cardId)) {
            return Optional.of(Hidden.DROPPED);
        }
        return reports.reportedBy(who.placeKey(), who.member()).contains(cardId)
                ? Optional.of(Hidden.REPORTED)
                : Optional.empty();
    }

    /** Why a question is no longer asked of a member. */
    public enum Hidden {
        /** Reports dropped it for everyone in the server. */
        DROPPED,
        /** The member reported it. */
        REPORTED
    }

    /** The reported questions about the book read at the place, most reported first. */
    public List<ReportedQuestion> of(Learner who) {
        return reports.reported(who.placeKey(), who.book());
    }
}
