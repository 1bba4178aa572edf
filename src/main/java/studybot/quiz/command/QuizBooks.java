package studybot.quiz.command;

import java.util.Objects;
import java.util.function.Function;
import studybot.command.Place;
import studybot.quiz.learning.Learner;

/**
 * Which book a place's quiz data belongs to, and its title: members' schedules and answers are kept per (place, book),
 * so a place that switches books and back resumes each book's schedule, and stats and leaderboards say which book they
 * count. Functions, so the quiz does not depend on how places choose their books.
 *
 * @param ids the shelf's id of the book read at a place, which its quiz data is kept under
 * @param titles the title of that book
 */
public record QuizBooks(Function<Place, String> ids, Function<Place, String> titles) {

    public QuizBooks {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(titles, "titles");
    }

    /** The member at {@code place}, learning the book read there. */
    Learner learner(Place place, long member) {
        return new Learner(place, member, ids.apply(place));
    }

    String titleAt(Place place) {
        return titles.apply(place);
    }
}
