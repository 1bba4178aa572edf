package studybot.shelf;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import studybot.store.StoreException;

/**
 * Which book of the shelf each place reads: the place's choice when that book is still on the shelf, else the default
 * book. A place is a server ({@code member} {@link SqlBookChoiceStore#NONE}), a member in direct messages
 * ({@code server} NONE) or the console (both NONE), which also keeps books of its own, as a server does.
 *
 * <p>A place's choice is read from the store once; from then on it is served from memory and refreshed in the
 * background every {@link #FRESH_FOR}, so a choice made by another process shows within that time. A thread that must
 * never wait for the store asks {@link #bookWithoutWaiting}, which reads a choice not yet in memory in the background.
 * A choice made in this process shows at once. A store that can't be read leaves the place on the book it had, or the
 * default.
 */
public final class BookPlaces {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final Shelf shelf;
    private final SqlBookChoiceStore choices;
    private final LoadingCache<Place, Optional<String>> chosen;

    private record Place(long server, long member) {}

    public BookPlaces(Shelf shelf, SqlBookChoiceStore choices) {
        this.shelf = shelf;
        this.choices = choices;
        this.chosen = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofDays(1))
                .refreshAfterWrite(FRESH_FOR)
                .build(place -> choices.chosen(place.server(), place.member()));
    }

    /** The book read at the place: its choice if that book is on the shelf for it, else the default. */
    public Optional<ShelvedBook> bookOf(long server, long member) {
        return book(server, member, choiceOf(server, member));
    }

    /**
     * As {@link #bookOf}, without waiting for the store: a choice not yet in memory is read in the background and the
     * default book stands in meanwhile, so a thread that must never wait (Discord's gateway thread) never does.
     */
    public Optional<ShelvedBook> bookWithoutWaiting(long server, long member) {
        Place place = new Place(server, member);
        Optional<String> known = chosen.getIfPresent(place);
        if (known == null) {
            chosen.refresh(place);
            known = Optional.empty();
        }
        return book(server, member, known);
    }

    /** The chosen book if it is still on the shelf for the place, else the default. */
    private Optional<ShelvedBook> book(long server, long member, Optional<String> choice) {
        return choice.flatMap(id -> shelf.find(owner(server, member), id)).or(shelf::defaultBook);
    }

    /** The book id the place chose, if it did (the book may have gone since). */
    public Optional<String> choiceOf(long server, long member) {
        try {
            return chosen.get(new Place(server, member));
        } catch (CompletionException | StoreException e) {
            return Optional.empty();
        }
    }

    /** The place reads {@code book} from now on (the store may refuse: the exception says why). */
    public void choose(long server, long member, BookId book) {
        choices.choose(server, member, book);
        chosen.put(new Place(server, member), Optional.of(book.value()));
    }

    /** {@code server}'s choices of {@code book}, which it removed, are dropped: they read the default again. */
    public void forget(long server, BookId book) {
        choices.forget(server, book);
        chosen.invalidate(new Place(server, SqlBookChoiceStore.NONE));
    }

    /** Reads every place's choice from the store again when next asked: choices were given outside this class. */
    public void reread() {
        chosen.invalidateAll();
    }

    /**
     * Whose own books the place sees besides the seeds folder's: a server's, or the console's (stored as server NONE);
     * none in direct messages.
     */
    public static OptionalLong owner(long server, long member) {
        if (server != SqlBookChoiceStore.NONE || member == SqlBookChoiceStore.NONE) {
            return OptionalLong.of(server);
        }
        return OptionalLong.empty();
    }
}
