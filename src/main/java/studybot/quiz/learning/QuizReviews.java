package studybot.quiz.learning;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import studybot.command.Place;
import studybot.fsrs.CardMemory;
import studybot.fsrs.FsrsParameters;
import studybot.fsrs.FsrsScheduler;
import studybot.quiz.Question;
import studybot.quiz.review.ReviewStore;
import studybot.server.ServerZones;
import studybot.sharing.SqlShareOptInStore;

/**
 * Answers given outside {@code /quiz} (a group round) recorded as quiz reviews, through the very code {@code /quiz}
 * records its own with, so the same rules (one answer per member per question, how a card is rescheduled) hold however
 * a card was answered.
 */
public final class QuizReviews {

    private final QuizService service;
    private final Function<Place, String> books;
    private final Clock clock;

    /**
     * @param reviews the members' answers and schedules, the store {@code /quiz} uses
     * @param sharing who agreed to be named
     * @param zones each server's timezone, for what a member's day is
     * @param books the shelf's id of the book read at a place, which its answers count for
     */
    public QuizReviews(
            ReviewStore reviews,
            SqlShareOptInStore sharing,
            ServerZones zones,
            Function<Place, String> books,
            Clock clock) {
        this.service = new QuizService(
                reviews, sharing, zones, new FsrsScheduler(FsrsParameters.DEFAULTS), StudyPlaces.NOWHERE, clock);
        this.books = books;
        this.clock = clock;
    }

    /**
     * Records choice {@code chosen} of {@code question} as {@code member}'s answer to the question {@code questionId}
     * (unique to where it was asked) at {@code place}, taking {@code took}; it counts for the book read there.
     *
     * @return the card's new schedule, or empty when this answer was recorded already (nothing changed)
     */
    public Optional<CardMemory> record(
            Place place, long member, Question question, int chosen, String questionId, Duration took) {
        return service.review(
                new Learner(place, member, books.apply(place)), question, chosen, questionId, clock.instant(), took);
    }
}
