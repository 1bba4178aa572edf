package studybot.shelf.command;

import studybot.book.Book;
import studybot.book.CurrentBook;
import studybot.book.ServerBooks;
import studybot.command.BooksByPlace;
import studybot.command.Place;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.shelf.SqlBookChoiceStore;

/**
 * The book of each place, for the registry to put in every call's scope: the one {@code /book use} chose there while it
 * is on the shelf, else the default book. So {@code /section}, {@code /search}, {@code /tip}, autocomplete and the quiz
 * follow the server's book without knowing there is more than one; and the book of each server, for its daily post, its
 * rounds and its plan, which run for the server rather than in a call.
 */
public final class PlacedBooks implements BooksByPlace, ServerBooks {

    private final Shelf shelf;
    private final BookPlaces places;

    public PlacedBooks(Shelf shelf, BookPlaces places) {
        this.shelf = shelf;
        this.places = places;
    }

    @Override
    public CurrentBook at(Place place) {
        return places.bookOf(place.storageKey(), member(place))
                .map(ShelvedBook::current)
                .orElse(shelf.served());
    }

    @Override
    public CurrentBook withoutWaiting(Place place) {
        return places.bookWithoutWaiting(place.storageKey(), member(place))
                .map(ShelvedBook::current)
                .orElse(shelf.served());
    }

    /** The edition the server reads now; server {@link Place#NOT_A_SERVER} is the console. */
    @Override
    public Book of(long serverId) {
        return at(serverId == Place.NOT_A_SERVER ? Place.console() : Place.server(serverId))
                .get();
    }

    /**
     * Which book members' data at the place (plans, read marks, quiz schedules) belongs to: the shelf's id of the book
     * read there, so data stays with its book when the place switches books or the operator changes
     * {@code book.default}. {@link BookData#UNASSIGNED} only before the first book is built.
     */
    public String dataBookAt(Place place) {
        return places.bookOf(place.storageKey(), member(place))
                .map(book -> book.id().value())
                .orElse(BookData.UNASSIGNED);
    }

    /** Whether the place has picked its book with {@code /book use} (the book may have gone since). */
    public boolean chosenAt(Place place) {
        return places.choiceOf(place.storageKey(), member(place)).isPresent();
    }

    private static long member(Place place) {
        return place.isPersonal() ? place.id() : SqlBookChoiceStore.NONE;
    }
}
