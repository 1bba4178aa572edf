package studybot.quiz.command;

/**
 * Looks up a member's {@link StudyPlace} in a scope (a server, or 0 for direct messages and the console). An interface
 * so the quiz does not depend on how read marks and reading plans are kept; the wiring passes one over them.
 */
@FunctionalInterface
public interface StudyPlaces {

    /** For tests and tools without read marks or plans: new cards in book order. */
    StudyPlaces NOWHERE = (scope, member) -> StudyPlace.NOWHERE;

    StudyPlace of(long scope, long member);
}
