package studybot.command;

import java.util.Objects;
import java.util.function.Supplier;
import studybot.book.Book;

/**
 * What a call is about: its place and the book in use there. Handlers read and write their data for {@link #place()}
 * and answer from {@link #book()}, so a place with its own book needs nothing from them.
 *
 * @param book the edition to answer from: the same one however often it is asked for during a call (it waits for the
 *     first edition while that is still being indexed, so ask only when needed)
 */
public record Scope(Place place, Supplier<Book> book) {

    public Scope {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(book, "book");
    }
}
