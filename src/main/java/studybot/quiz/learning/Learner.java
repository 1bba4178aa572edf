package studybot.quiz.learning;

import java.util.Objects;
import studybot.command.Place;

/**
 * Whose quiz state a call is about: a member in a place, learning a book. Answers, schedules, stats and the leaderboard
 * are all per place and book, so the same member learns separately in each server and on their own, and a place that
 * switches books and back finds each book's schedule again.
 *
 * @param book the shelf's id of the book read at the place
 */
public record Learner(Place place, long member, String book) {

    public Learner {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(book, "book");
    }

    /** The place's key in the quiz's tables. */
    public long placeKey() {
        return place.storageKey();
    }
}
