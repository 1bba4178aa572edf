package studybot.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Real faults for a test's store, on either backend. "Refusing writes" is SQLite's own read-only mode ({@code PRAGMA
 * query_only}: the same SQLITE_READONLY a file the bot may not write gives) or a PostgreSQL role that lost its write
 * permissions; "holding the lock" is another connection inside {@code BEGIN EXCLUSIVE} or {@code LOCK TABLE}, as
 * another process would.
 */
public final class StoreFaults {

    private StoreFaults() {}

    public static void refuseWrites(TestStores where, Store store) {
        if (where.dialect() == Dialect.SQLITE) {
            pragma(store, "PRAGMA query_only = 1");
        } else {
            TestPostgres.shared()
                    .executeIn(
                            where.postgres().name(),
                            "REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                                    + where.postgres().name() + " FROM " + TestPostgres.USER);
        }
    }

    public static void allowWrites(TestStores where, Store store) {
        if (where.dialect() == Dialect.SQLITE) {
            pragma(store, "PRAGMA query_only = 0");
        } else {
            TestPostgres.shared()
                    .executeIn(
                            where.postgres().name(),
                            "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                                    + where.postgres().name() + " TO " + TestPostgres.USER);
        }
    }

    /** Another process's connection holding the store (or {@code tables} of it) locked until closed. */
    public static AutoCloseable holdLock(TestStores where, String... tables) throws SQLException {
        Connection other;
        if (where.dialect() == Dialect.SQLITE) {
            other = DriverManager.getConnection("jdbc:sqlite:" + where.sqliteFile());
            try (Statement statement = other.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
            }
        } else {
            Properties login = new Properties();
            login.setProperty("user", "postgres");
            other = DriverManager.getConnection(where.postgres().url(), login);
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE");
            }
        }
        return () -> {
            try (Statement statement = other.createStatement()) {
                statement.execute("ROLLBACK");
            } finally {
                other.close();
            }
        };
    }

    private static void pragma(Store store, String sql) {
        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }
}
