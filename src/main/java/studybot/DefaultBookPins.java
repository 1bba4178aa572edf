package studybot;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * Keeps each place on the book it was reading when the default book changes ({@code book.default} edited, or a book
 * added to the seeds folder that sorts first): a place that never ran {@code /book use} reads the default, and its
 * plan, read marks and quiz answers are kept under that book's id, so a new default would make them seem gone. The
 * default served last is kept in the store ({@code served_default}); when it differs, every place without a choice
 * whose data is on the old default is given a choice of it in {@code book_choices}, as if a manager had picked it. A
 * store kept before that record existed names no old default: then a place is kept on a book when all its data is on
 * that one book of the seeds folder. Places without data read the new default. One transaction, whose writes a second
 * process repeats harmlessly.
 */
final class DefaultBookPins {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultBookPins.class);
    /** Places named in the log line at most. */
    private static final int NAMED = 20;
    /** Each place that holds data, with the book it is under: a server, a member in direct messages, the console. */
    private static final String DATA_PLACES = """
            SELECT server_id, 0, book_id FROM reading_plans
            UNION SELECT CASE WHEN place_kind = 'DIRECT' THEN 0 ELSE place_id END,
                CASE WHEN place_kind = 'DIRECT' THEN place_id ELSE 0 END, book_id FROM read_marks
            UNION SELECT scope_id, CASE WHEN scope_id = 0 THEN member_id ELSE 0 END, book_id FROM quiz_reviews
            UNION SELECT scope_id, CASE WHEN scope_id = 0 THEN member_id ELSE 0 END, book_id FROM quiz_answers""";

    private final Store store;
    private final Clock clock;

    /** @param store opened with the choices', plans', read marks' and quiz's migrations */
    DefaultBookPins(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A place as {@code book_choices} keys it: a server (member 0), a member in direct messages (server 0). */
    private record Place(long server, long member) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byServer = Long.compare(server, other.server);
            return byServer != 0 ? byServer : Long.compare(member, other.member);
        }
    }

    /**
     * Records {@code current} as the default served, first giving the places that read the old default and have data on
     * it a choice of it. The old default need not be on the shelf yet (the other books are built after the default) nor
     * still: a place kept on a book gone from the seeds folder reads the default until it is back, as after a
     * {@code /book use} of it.
     *
     * @return how many places were kept on their book
     */
    int keepPlacesOnTheirBook(String current) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            Optional<String> last = sql.query("SELECT book_id FROM served_default WHERE only_row = 1")
                    .optional(row -> row.getString(1));
            if (last.filter(current::equals).isPresent()) {
                return 0;
            }
            Map<Place, String> pins = pins(sql, last, current);
            sql.updateEach(
                    "INSERT INTO book_choices (server_id, member_id, book_id, chosen_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (server_id, member_id) DO NOTHING",
                    pins.entrySet(),
                    pin -> List.of(pin.getKey().server(), pin.getKey().member(), pin.getValue(), clock.millis()));
            sql.update(
                    "INSERT INTO served_default (only_row, book_id, served_at) VALUES (1, ?, ?)"
                            + " ON CONFLICT (only_row) DO UPDATE SET book_id = excluded.book_id,"
                            + " served_at = excluded.served_at",
                    current,
                    clock.millis());
            log(current, last, pins);
            return pins.size();
        });
    }

    /** The places to keep on their book, with that book. */
    private static Map<Place, String> pins(Sql sql, Optional<String> last, String current) throws SQLException {
        Set<Place> chosen = new HashSet<>(sql.query("SELECT server_id, member_id FROM book_choices")
                .list(row -> new Place(row.getLong(1), row.getLong(2))));
        Map<Place, Set<String>> data = new TreeMap<>();
        for (PlaceBook held : sql.query(DATA_PLACES)
                .list(row -> new PlaceBook(new Place(row.getLong(1), row.getLong(2)), row.getString(3)))) {
            if (!held.book().isEmpty() && !chosen.contains(held.place())) {
                data.computeIfAbsent(held.place(), place -> new TreeSet<>()).add(held.book());
            }
        }
        Map<Place, String> pins = new TreeMap<>();
        data.forEach((place, books) -> {
            Optional<String> kept = last.isPresent()
                    ? last.filter(books::contains)
                    : Optional.of(books)
                            .filter(one -> one.size() == 1)
                            .map(one -> one.iterator().next());
            kept.filter(book -> !book.equals(current)).ifPresent(book -> pins.put(place, book));
        });
        return pins;
    }

    private record PlaceBook(Place place, String book) {}

    private static void log(String current, Optional<String> last, Map<Place, String> pins) {
        String was = last.map(book -> " (it was " + book + ")").orElse("");
        if (pins.isEmpty()) {
            if (last.isPresent()) {
                LOG.info(
                        "The default book is now {}{}; no place that reads the default has data on {}, so all of them"
                                + " read {}",
                        current,
                        was,
                        last.get(),
                        current);
            }
            return;
        }
        List<String> named = new ArrayList<>();
        int members = 0;
        for (Map.Entry<Place, String> pin : pins.entrySet()) {
            Place place = pin.getKey();
            if (place.server() == 0 && place.member() != 0) {
                members++;
            } else if (named.size() < NAMED) {
                named.add((place.server() == 0 ? "the console" : "server " + place.server()) + " (" + pin.getValue()
                        + ")");
            }
        }
        int unnamed = pins.size() - members - named.size();
        if (unnamed > 0) {
            named.add(unnamed + " more servers");
        }
        if (members > 0) {
            named.add(members + (members == 1 ? " member" : " members") + " in direct messages");
        }
        LOG.info(
                "The default book is now {}{}; places that had not chosen a book stay on the book their data is on, as"
                        + " if chosen with /book use: {}; the others read {}",
                current,
                was,
                String.join(", ", named),
                current);
    }
}
