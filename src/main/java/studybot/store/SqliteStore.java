package studybot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import studybot.i18n.Wording;

/**
 * The embedded store: one SQLite file, opened once at startup and kept open. Opening creates missing parent folders,
 * switches the file to WAL (so the host can copy it with {@code sqlite3 .backup} while the bot runs), checks that it is
 * intact and brings its schema up to date. Anything wrong stops startup with a message naming the file: a bot that
 * silently started over with an empty database would forget every server's settings.
 *
 * <p>The single connection is lent to one transaction at a time; a transaction waits at most the busy timeout for it,
 * and SQLite waits as long for another process's lock, so a locked file makes writers give up with
 * {@link StoreBusyException} instead of queueing forever.
 */
public final class SqliteStore extends JdbcStore {

    private static final Logger log = LoggerFactory.getLogger(SqliteStore.class);

    private final Path file;
    private final FullDisk fullDisk;
    private final Duration busyTimeout;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock(true);

    private SqliteStore(Path file, FullDisk fullDisk, Duration busyTimeout, Connection connection, StoreHealth health) {
        super(health);
        this.file = file;
        this.fullDisk = fullDisk;
        this.busyTimeout = busyTimeout;
        this.connection = connection;
    }

    /**
     * Opens (creating if absent) the store at {@code file} and applies the {@code migrations} it has not seen.
     *
     * @throws StoreException if the file cannot be created or written, is not an intact SQLite database, or has a
     *     schema newer than this studybot knows
     */
    public static SqliteStore open(Path file, Duration busyTimeout, List<Migrations> migrations, Clock clock) {
        return open(file, busyTimeout, migrations, health(file, clock));
    }

    /** The health of the store at {@code file}, made before opening it when it opens in the background. */
    static StoreHealth health(Path file, Clock clock) {
        return new StoreHealth(file.toAbsolutePath().toString(), clock);
    }

    /** What {@link #description()} says of the store at {@code file}, known before it is open. */
    static String describe(Path file) {
        return "SQLite file " + file.toAbsolutePath();
    }

    /** As {@link #open(Path, Duration, List, Clock)}, reporting to {@code health} made beforehand. */
    static SqliteStore open(Path file, Duration busyTimeout, List<Migrations> migrations, StoreHealth health) {
        return open(file, busyTimeout, migrations, health, new SQLiteConfig());
    }

    /**
     * As {@link #open(Path, Duration, List, StoreHealth)}, with {@code config}'s settings for every connection besides
     * studybot's own: how a test gives SQLite a size limit ({@code max_page_count}), which it enforces as it does a
     * full disk (SQLITE_FULL).
     */
    static SqliteStore open(
            Path file, Duration busyTimeout, List<Migrations> migrations, StoreHealth health, SQLiteConfig config) {
        return open(file, busyTimeout, migrations, health, config, FullDisk.FreeSpace.ofFileSystem());
    }

    /**
     * As {@link #open(Path, Duration, List, StoreHealth, SQLiteConfig)}, reading the room left on the disk with
     * {@code free}: how a test shows an I/O error on a full disk without filling one.
     */
    static SqliteStore open(
            Path file,
            Duration busyTimeout,
            List<Migrations> migrations,
            StoreHealth health,
            SQLiteConfig config,
            FullDisk.FreeSpace free) {
        Path absolute = file.toAbsolutePath();
        FullDisk fullDisk = new FullDisk(absolute, free);
        createParentFolders(absolute);
        if (Files.isDirectory(absolute)) {
            throw new StoreException("Database file " + absolute + " is a directory, not a file");
        }
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        Connection connection = connect(absolute, config);
        SqliteStore store = new SqliteStore(absolute, fullDisk, busyTimeout, connection, health);
        try {
            store.configure();
            store.checkIntegrity();
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl("jdbc:sqlite:" + absolute);
            new SchemaMigrator(dataSource, Dialect.SQLITE, absolute.toString())
                    .migrate(WriteCheck.withStoreTables(migrations));
            WriteCheck.run(store);
            store.health().watch();
            return store;
        } catch (SQLException e) {
            store.close();
            throw whenDiskFull(fullDisk, e).orElseGet(() -> store.classify(e));
        } catch (RuntimeException e) {
            store.close();
            throw whenDiskFull(fullDisk, e).orElse(e);
        }
    }

    /**
     * The one line to stop startup with when {@code failure} (the migration's, say, which Flyway wraps, or switching an
     * existing file to WAL) came from a full disk: the rest of its message is Flyway's multi-line report of the
     * statement that failed, or SQLite's "disk I/O error".
     */
    private static Optional<RuntimeException> whenDiskFull(FullDisk fullDisk, Exception failure) {
        return fullDisk.startupLine(failure).map(line -> new StoreException(line, failure));
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String description() {
        return describe(file);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    Connection borrow() {
        try {
            if (lock.tryLock(busyTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return connection;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new StoreBusyException(
                "The store " + file + " is busy: other work held it for over " + busyTimeout.toMillis() + " ms", null);
    }

    @Override
    void release(Connection borrowed) {
        lock.unlock();
    }

    @Override
    StoreException classify(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            int code = sqlite.getResultCode().code & 0xFF;
            if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return new StoreBusyException(
                        "The store " + file + " is busy (another process holds its lock): " + e.getMessage(), e);
            }
            if (code == SQLiteErrorCode.SQLITE_NOTADB.code || code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                return new StoreException(
                        "Database file " + file + " is not an intact SQLite database ("
                                + e.getMessage()
                                + "). Restore it from a backup or move it aside; studybot will not start"
                                + " without its data.",
                        e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY.code
                    || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || code == SQLiteErrorCode.SQLITE_PERM.code
                    || code == SQLiteErrorCode.SQLITE_IOERR.code
                    || code == SQLiteErrorCode.SQLITE_FULL.code
                    || code == SQLiteErrorCode.SQLITE_AUTH.code) {
                return new StoreUnwritableException(
                        "Cannot write database file " + file + ": "
                                + fullDisk.reason(e).map(Wording::toString).orElse(e.getMessage()),
                        e);
            }
        }
        return new StoreException("Database file " + file + ": " + e.getMessage(), e);
    }

    /** A full disk named as such (SQLite may call it "disk I/O error"), else SQLite's words. */
    @Override
    Wording unwritableReason(SQLException e) {
        return fullDisk.reason(e).orElseGet(() -> super.unwritableReason(e));
    }

    @Override
    public void close() {
        stopSharedWrites();
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing database {} failed: {}", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private static void createParentFolders(Path file) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + folder + " for database file " + file + ": " + e, e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("Cannot write database file " + file + ": folder " + folder + " is not writable");
        }
    }

    private static Connection connect(Path file, SQLiteConfig config) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw new StoreException("Cannot open database file " + file + ": " + e.getMessage(), e);
        }
    }

    private void configure() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                if (!mode.next() || !"wal".equalsIgnoreCase(mode.getString(1))) {
                    throw new StoreException("Database file " + file + " could not be switched to WAL mode");
                }
            }
            statement.execute("PRAGMA synchronous = FULL");
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
}
