package studybot.shelf;

import java.time.Clock;
import java.util.Optional;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * Which book each place reads, kept in the shared store (schema {@code db/book_choices/<dialect>/}) so a choice
 * survives restarts and every process of the bot sees it. A place is a server ({@code member} {@link #NONE}), a member
 * in direct messages ({@code server} NONE) or the console (both NONE). A place with no choice reads the default book.
 */
public final class SqlBookChoiceStore {

    /** The choice table: {@code db/book_choices/sqlite/} and {@code db/book_choices/postgresql/}. */
    public static final Migrations MIGRATIONS = new Migrations("book_choices", "db/book_choices")
            .withPersonalColumns(PersonalColumn.owned("book_choices", "member_id"));

    /** The {@code member} of a server's own choice, and the {@code server} of a member's choice in DMs. */
    public static final long NONE = 0;

    private final Store store;
    private final Clock clock;

    /** @param store opened with {@link #MIGRATIONS} */
    public SqlBookChoiceStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The book the place has chosen, if it has. */
    public Optional<String> chosen(long server, long member) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT book_id FROM book_choices WHERE server_id = ? AND member_id = ?", server, member)
                .optional(row -> row.getString(1)));
    }

    /** The place reads {@code book} from now on. */
    public void choose(long server, long member, BookId book) {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "INSERT INTO book_choices (server_id, member_id, book_id, chosen_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (server_id, member_id) DO UPDATE SET book_id = excluded.book_id,"
                                + " chosen_at = excluded.chosen_at",
                        server,
                        member,
                        book.value(),
                        clock.millis()));
    }

    /** The server's places that chose {@code book} read the default again (it was removed); how many did. */
    public int forget(long server, BookId book) {
        return store.inTransaction(connection -> Sql.on(connection)
                .update("DELETE FROM book_choices WHERE server_id = ? AND book_id = ?", server, book.value()));
    }
}
