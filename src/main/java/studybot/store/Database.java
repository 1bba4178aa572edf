package studybot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite database file, opened once at startup and kept open. Opening creates missing parent folders, switches
 * the file to WAL (so the host can copy it with {@code sqlite3 .backup} or {@code VACUUM INTO} while the bot runs),
 * checks that it is intact and brings its schema up to date. Anything wrong stops startup with a message naming the
 * file: a bot that silently started over with an empty database would forget every server's settings.
 *
 * <p>All access goes through {@link #inTransaction}; the single connection is shared by threads one at a time.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if absent) the database at {@code file} and applies the {@code migrations} it has not seen.
     *
     * @param migrations the schema's whole history, versions 1, 2, 3, ... in order
     * @throws StoreException if the file cannot be created or written, is not an intact SQLite database, or has a
     *                        schema version newer than {@code migrations} knows
     */
    public static Database open(Path file, List<Migration> migrations) {
        requireConsecutive(migrations);
        Path absolute = file.toAbsolutePath();
        createParentFolders(absolute);
        if (Files.isDirectory(absolute)) {
            throw new StoreException("Database file " + absolute + " is a directory, not a file");
        }
        Connection connection = connect(absolute);
        Database database = new Database(absolute, connection);
        try {
            database.configure();
            database.checkIntegrity();
            database.migrate(migrations);
            return database;
        } catch (SQLException e) {
            database.close();
            throw new StoreException(describe(absolute, e), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Runs {@code work} in one transaction: all of its writes are committed together when it returns, none of them
     * if it throws anything at all.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(describe(file, e), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing database {} failed: {}", file, e.getMessage());
        }
    }

    private static void requireConsecutive(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " has version "
                        + migrations.get(i).version() + "; versions must be 1, 2, 3, ... in order");
            }
        }
    }

    private static void createParentFolders(Path file) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + folder + " for database file " + file + ": " + e,
                    e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("Cannot write database file " + file + ": folder " + folder
                    + " is not writable");
        }
    }

    private static Connection connect(Path file) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("Cannot open database file " + file + ": " + e.getMessage(), e);
        }
    }

    private void configure() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
                    throw new StoreException("Database file " + file + " could not be switched to WAL mode");
                }
            }
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    private void checkIntegrity() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new StoreException("Database file " + file + " is corrupt (" + String.join("; ", problems)
                    + "). Restore it from a backup or move it aside; studybot will not start without its data.");
        }
    }

    private void migrate(List<Migration> migrations) {
        int current = inTransaction(Database::userVersion);
        int latest = migrations.size();
        if (current > latest) {
            throw new StoreException("Database file " + file + " has schema version " + current
                    + " but this studybot only knows versions up to " + latest
                    + "; it was written by a newer studybot. Run that version or restore a backup.");
        }
        for (Migration migration : migrations.subList(current, latest)) {
            inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + migration.version());
                }
                return null;
            });
            log.info("Database {} migrated to schema version {}: {}", file, migration.version(),
                    migration.description());
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String describe(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            int code = sqlite.getResultCode().code & 0xFF;
            if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                return "Database file " + file + " is not an intact SQLite database (" + e.getMessage()
                        + "). Restore it from a backup or move it aside; studybot will not start without its data.";
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || code == SQLiteErrorCode.SQLITE_PERM.code || code == SQLiteErrorCode.SQLITE_IOERR.code) {
                return "Cannot write database file " + file + ": " + e.getMessage();
            }
        }
        return "Database file " + file + ": " + e.getMessage();
    }
}
