package studybot.shelf;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import studybot.store.Migrations;
import studybot.store.Store;

/**
 * Which book each place reads, kept in the shared store (schema {@code db/book_choices/<dialect>/}) so a choice
 * survives restarts and every process of the bot sees it. A place is a server ({@code member} 0) or, in direct
 * messages, a member ({@code server} 0); the console is server 0, member 0. A place with no choice reads the default
 * book.
 */
public final class BookChoices {

    /** The choice table: {@code db/book_choices/sqlite/} and {@code db/book_choices/postgresql/}. */
    public static final Migrations MIGRATIONS = new Migrations("book_choices", "db/book_choices");

    /** The {@code member} of a server's own choice, and the {@code server} of a member's choice in DMs. */
    public static final long NONE = 0;

    private final Store store;
    private final Clock clock;

    /** @param store opened with {@link #MIGRATIONS} */
    public BookChoices(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The book the place has chosen, if it has. */
    public Optional<String> chosen(long server, long member) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT book_id FROM book_choices WHERE server_id = ? AND member_id = ?")) {
                select.setLong(1, server);
                select.setLong(2, member);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The place reads {@code book} from now on. */
    public void choose(long server, long member, BookId book) {
        store.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO book_choices (server_id, member_id, book_id, chosen_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (server_id, member_id) DO UPDATE SET book_id = excluded.book_id,"
                            + " chosen_at = excluded.chosen_at")) {
                upsert.setLong(1, server);
                upsert.setLong(2, member);
                upsert.setString(3, book.value());
                upsert.setLong(4, clock.millis());
                return upsert.executeUpdate();
            }
        });
    }

    /** The server's places that chose {@code book} read the default again (it was removed); how many did. */
    public int forget(long server, BookId book) {
        return store.inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM book_choices WHERE server_id = ? AND book_id = ?")) {
                delete.setLong(1, server);
                delete.setString(2, book.value());
                return delete.executeUpdate();
            }
        });
    }
}
