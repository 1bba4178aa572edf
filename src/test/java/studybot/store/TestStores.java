package studybot.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where one test keeps its store, on either backend: a SQLite file in the test's temp folder, or a fresh database of
 * the run's {@link TestPostgres}. {@link #open} may be called again to reopen the same store, as a restarted bot would.
 */
public final class TestStores {

    /** A busy timeout long enough for a loaded machine, short enough for busy tests. */
    public static final Duration BUSY_TIMEOUT = Duration.ofSeconds(2);

    private final Dialect dialect;
    private final Path sqliteFile;
    private final TestPostgres.TestDatabase postgres;

    private TestStores(Dialect dialect, Path sqliteFile, TestPostgres.TestDatabase postgres) {
        this.dialect = dialect;
        this.sqliteFile = sqliteFile;
        this.postgres = postgres;
    }

    /** A new, empty store location on {@code dialect}; SQLite's file goes in {@code folder}. */
    public static TestStores of(Dialect dialect, Path folder) {
        return dialect == Dialect.SQLITE
                ? new TestStores(dialect, folder.resolve("data/studybot.db"), null)
                : new TestStores(dialect, null, TestPostgres.shared().newDatabase());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Opens the store (again), migrating {@code migrations}. */
    public Store open(List<Migrations> migrations) {
        return open(migrations, BUSY_TIMEOUT);
    }

    public Store open(List<Migrations> migrations, Duration busyTimeout) {
        return dialect == Dialect.SQLITE
                ? SqliteStore.open(sqliteFile, busyTimeout, migrations, Clock.systemUTC())
                : PostgresStore.open(
                        postgres.url(),
                        TestPostgres.USER,
                        Optional.of(TestPostgres.PASSWORD),
                        4,
                        busyTimeout,
                        migrations,
                        Clock.systemUTC());
    }

    /** The SQLite file; only for SQLite. */
    public Path sqliteFile() {
        return sqliteFile;
    }

    /** The PostgreSQL database; only for PostgreSQL. */
    public TestPostgres.TestDatabase postgres() {
        return postgres;
    }
}
