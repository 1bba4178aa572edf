package studybot.shelf;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which book of the shelf each place reads: the place's choice when that book is still on the shelf, else the default
 * book. Choices are read from the store at most once every {@link #FRESH_FOR} per place, so {@code /section} and
 * autocomplete, which must not wait for the store, rarely touch it; a choice made in this process shows at once, one
 * made by another process within that time. A store that can't be read leaves the place on the default book.
 */
public final class BookPlaces {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final Shelf shelf;
    private final BookChoices choices;
    private final Cache<Place, Optional<String>> chosen = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(FRESH_FOR)
            .build();

    /** A server ({@code member} {@link BookChoices#NONE}), or a member in direct messages ({@code server} NONE). */
    private record Place(long server, long member) {}

    public BookPlaces(Shelf shelf, BookChoices choices) {
        this.shelf = shelf;
        this.choices = choices;
    }

    /** The book read in {@code server} (empty: a direct message or the console) by {@code member}. */
    public Optional<ShelvedBook> bookOf(OptionalLong server, long member) {
        Optional<ShelvedBook> own = choiceOf(server, member).flatMap(id -> shelf.find(server, id));
        return own.or(shelf::defaultBook);
    }

    /** The book id the place chose, if it did (the book may have gone since). */
    public Optional<String> choiceOf(OptionalLong server, long member) {
        Place place = placeOf(server, member);
        Optional<String> known = chosen.getIfPresent(place);
        if (known != null) {
            return known;
        }
        Optional<String> read;
        try {
            read = choices.chosen(place.server(), place.member());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        chosen.put(place, read);
        return read;
    }

    /** The place reads {@code book} from now on (the store may refuse: the exception says why). */
    public void choose(OptionalLong server, long member, BookId book) {
        Place place = placeOf(server, member);
        choices.choose(place.server(), place.member(), book);
        chosen.put(place, Optional.of(book.value()));
    }

    /** {@code server}'s choices of {@code book}, which it removed, are dropped: they read the default again. */
    public void forget(long server, BookId book) {
        choices.forget(server, book);
        chosen.invalidate(new Place(server, BookChoices.NONE));
    }

    private static Place placeOf(OptionalLong server, long member) {
        return server.isPresent()
                ? new Place(server.getAsLong(), BookChoices.NONE)
                : new Place(BookChoices.NONE, member);
    }
}
