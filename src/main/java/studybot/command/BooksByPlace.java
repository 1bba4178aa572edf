package studybot.command;

import studybot.book.CurrentBook;

/**
 * Which book is in use at a place. The composition root passes it to the {@link CommandRegistry}, which puts the book
 * into every call's {@link Scope}; features only ever see the scope.
 */
@FunctionalInterface
public interface BooksByPlace {

    /** The book served at {@code place}; finding it may wait for the store the first time a place is seen. */
    CurrentBook at(Place place);

    /**
     * The book served at {@code place} as far as it is known without waiting, for the gateway's own thread
     * (autocomplete, work started as a command arrives), which must never wait for the store: the default book while a
     * place's choice is still being read.
     */
    default CurrentBook withoutWaiting(Place place) {
        return at(place);
    }

    /** One book at every place. */
    static BooksByPlace everywhere(CurrentBook book) {
        return place -> book;
    }
}
