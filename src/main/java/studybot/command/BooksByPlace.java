package studybot.command;

import studybot.book.CurrentBook;

/**
 * Which book is in use at a place. The composition root passes it to the {@link CommandRegistry}, which puts the book
 * into every call's {@link Scope}; features only ever see the scope.
 */
@FunctionalInterface
public interface BooksByPlace {

    /** The book served at {@code place}. */
    CurrentBook at(Place place);

    /** One book at every place. */
    static BooksByPlace everywhere(CurrentBook book) {
        return place -> book;
    }
}
