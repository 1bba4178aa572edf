package studybot.quiz.learning;

import studybot.command.Place;

/**
 * Looks up where a member is in the book at a {@link Place} (their {@link StudyPlace}). An interface so the quiz does
 * not depend on how read marks and reading plans are kept; the wiring passes one over them.
 */
@FunctionalInterface
public interface StudyPlaces {

    /** For tests and tools without read marks or plans: new cards in book order. */
    StudyPlaces NOWHERE = (place, member) -> StudyPlace.NOWHERE;

    StudyPlace of(Place place, long member);
}
