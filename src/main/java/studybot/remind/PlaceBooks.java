package studybot.remind;

import java.util.Objects;
import java.util.function.Function;
import studybot.command.Place;

/**
 * The book read at a place: its id, which the member's reviews there are kept under (so the reviews due count that
 * book's only), and its title, which a reminder names ("7 reviews due in Redis replication").
 *
 * @param ids the shelf's id of the book read at a place
 * @param titles its title
 */
public record PlaceBooks(Function<Place, String> ids, Function<Place, String> titles) {

    public PlaceBooks {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(titles, "titles");
    }

    String idAt(Place place) {
        return ids.apply(place);
    }

    String titleAt(Place place) {
        return titles.apply(place);
    }
}
