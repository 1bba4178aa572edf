package studybot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Proves at startup that the store takes writes: one real write, committed. A store that opens and reads fine but
 * cannot be written (a file restored as root, a read-only PostgreSQL role) would otherwise start a bot that never posts
 * a tip.
 */
final class WriteCheck {

    /** The store's own tables: the write check's row lives here. */
    static final Migrations MIGRATIONS = new Migrations("store", "db/store");

    static final String TABLE = "store_write_check";

    private WriteCheck() {}

    /** @throws StoreException naming the store and why it cannot be written */
    static void run(Store store) {
        store.inTransaction(WriteCheck::write);
    }

    /** The write itself, inside a transaction. */
    static Void write(Connection connection) throws SQLException {
        Sql.on(connection)
                .update(
                        "INSERT INTO " + TABLE + " (id, written_at) VALUES (1, ?)"
                                + " ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at",
                        System.currentTimeMillis());
        return null;
    }

    /** The store's own migrations first, then the features'. */
    static List<Migrations> withStoreTables(List<Migrations> features) {
        return Stream.concat(Stream.of(MIGRATIONS), features.stream()).toList();
    }
}
