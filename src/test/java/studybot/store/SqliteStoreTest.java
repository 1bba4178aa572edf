package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studybot.store.StoreTest.execute;
import static studybot.store.StoreTest.query;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import studybot.dailytips.DailyTipService;
import studybot.testing.LogCapture;

/** What only the SQLite file has: WAL, integrity, folders, files from before Flyway, file permissions. */
class SqliteStoreTest {

    /** The daily-tip schema as the hand-written migration (PRAGMA user_version 1) created it before Flyway. */
    private static final List<String> PRE_FLYWAY_SCHEMA = List.of(
            "CREATE TABLE daily_tip_settings (server_id INTEGER PRIMARY KEY, channel_id INTEGER NOT NULL,"
                    + " post_time TEXT NOT NULL, zone_id TEXT NOT NULL,"
                    + " enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)), revision INTEGER NOT NULL,"
                    + " updated_at INTEGER NOT NULL, paused_reason TEXT, paused_at INTEGER)",
            "CREATE TABLE daily_tip_posts (server_id INTEGER NOT NULL, local_date TEXT NOT NULL, nonce TEXT NOT NULL,"
                    + " tip_id TEXT NOT NULL, tip_text TEXT NOT NULL, section TEXT NOT NULL,"
                    + " intended_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                    + " next_attempt_at INTEGER NOT NULL, last_error TEXT, channel_id INTEGER, message_id INTEGER,"
                    + " sent_at INTEGER, missed INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1)),"
                    + " PRIMARY KEY (server_id, local_date))",
            "CREATE TABLE daily_tip_rotation (server_id INTEGER PRIMARY KEY, cycle INTEGER NOT NULL, last_tip_id TEXT)",
            "CREATE TABLE daily_tip_rotation_shown (server_id INTEGER NOT NULL, tip_id TEXT NOT NULL,"
                    + " PRIMARY KEY (server_id, tip_id))");

    @TempDir
    Path temp;

    @Test
    void createsFoldersAndSchemaInWalMode() {
        Path file = temp.resolve("data/nested/studybot.db");

        try (Store store = open(file)) {
            assertThat(file).exists();
            assertThat(query(store, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(StoreTest.tables(store))
                    .contains(
                            "daily_tip_settings",
                            "daily_tip_posts",
                            "daily_tip_rotation",
                            "daily_tip_rotation_shown",
                            "flyway_history_daily_tips");
            assertThat(store.description()).contains(file.toString());
        }
    }

    @Test
    void aFileFromBeforeFlywayIsBaselinedInPlaceKeepingEveryRow() throws Exception {
        Path file = temp.resolve("studybot.db");
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = old.createStatement()) {
            for (String sql : PRE_FLYWAY_SCHEMA) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = 1");
            statement.execute("INSERT INTO daily_tip_settings VALUES (42, 7, '09:00', 'Europe/Berlin', 1, 3, 1000,"
                    + " NULL, NULL)");
            statement.execute("INSERT INTO daily_tip_posts (server_id, local_date, nonce, tip_id, tip_text, section,"
                    + " intended_at, next_attempt_at, channel_id, message_id, sent_at)"
                    + " VALUES (42, '2025-01-01', 'n', 't1', 'text', '1.1', 5, 5, 7, 99, 6)");
            statement.execute("INSERT INTO daily_tip_rotation VALUES (42, 2, 't1')");
            statement.execute("INSERT INTO daily_tip_rotation_shown VALUES (42, 't1')");
        }

        try (Store store = open(file)) {
            assertThat(query(store, "SELECT server_id || ' ' || zone_id || ' ' || revision FROM daily_tip_settings"))
                    .containsExactly("42 Europe/Berlin 3");
            assertThat(query(store, "SELECT message_id FROM daily_tip_posts")).containsExactly("99");
            assertThat(query(store, "SELECT cycle FROM daily_tip_rotation")).containsExactly("2");
            assertThat(query(store, "SELECT tip_id FROM daily_tip_rotation_shown"))
                    .containsExactly("t1");
            assertThat(query(store, "SELECT version || ' ' || type FROM flyway_history_daily_tips"))
                    .as("baselined at the hand-written schema, then migrated on")
                    .containsExactly("1 BASELINE", "2 SQL", "3 SQL", "4 SQL");
        }
        try (Store again = open(file)) {
            assertThat(query(again, "SELECT count(*) FROM daily_tip_settings")).containsExactly("1");
        }
    }

    @Test
    void aFileFromANewerHandWrittenSchemaIsRefused() throws Exception {
        Path file = temp.resolve("studybot.db");
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = old.createStatement()) {
            statement.execute("CREATE TABLE something (x INTEGER)");
            statement.execute("PRAGMA user_version = 2");
        }

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version 2");
    }

    @Test
    void canBeBackedUpWhileOpen() throws Exception {
        Path file = temp.resolve("studybot.db");
        Path backup = temp.resolve("backup.db");
        try (Store store = open(file)) {
            execute(store, "INSERT INTO daily_tip_rotation (server_id, cycle) VALUES (1, 5)");
            try (Connection host = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = host.createStatement()) {
                statement.execute("VACUUM INTO '" + backup + "'");
            }
            execute(store, "INSERT INTO daily_tip_rotation (server_id, cycle) VALUES (2, 6)");
        }

        try (Store restored = open(backup)) {
            assertThat(query(restored, "SELECT cycle FROM daily_tip_rotation")).containsExactly("5");
        }
    }

    @Test
    void corruptFileStopsStartupAndIsLeftAlone() throws Exception {
        Path file = temp.resolve("data/studybot.db");
        Files.createDirectories(file.getParent());
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an intact SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void unwritableLocationStopsStartup() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("data"), "a regular file where the data folder should be");
        Path file = notAFolder.resolve("studybot.db");

        assertThatThrownBy(() -> open(file)).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
    }

    @Test
    void directoryInPlaceOfTheFileStopsStartup() throws Exception {
        Path file = Files.createDirectories(temp.resolve("studybot.db"));

        assertThatThrownBy(() -> open(file)).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
    }

    /** Issue 10 §1: a file the bot may read but not write (restored as root) used to start a bot that never posts. */
    @Test
    @SuppressWarnings("try")
    void aFileThatCannotBeWrittenStopsStartupWithOneLineNamingItAndWhy() {
        Path file = temp.resolve("studybot.db");
        open(file).close();

        try (ReadOnlyFiles readOnly = ReadOnlyFiles.make(file)) {
            assertThatThrownBy(() -> open(file))
                    .isInstanceOf(StoreUnwritableException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("readonly")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        open(file).close();
    }

    /**
     * Issue 10 §7: with the disk full, the error reported is the full disk (it used to be masked by "cannot commit - no
     * transaction is active" from resetting auto-commit), nothing of the transaction is kept, and the store works again
     * once there is room.
     */
    @Test
    void aFullDiskIsReportedAsSuchAndKeepsNothingHalfWritten() {
        try (Store store = open(temp.resolve("studybot.db"));
                LogCapture log = LogCapture.of(StoreHealth.class)) {
            int pages = Integer.parseInt(query(store, "PRAGMA page_count").get(0));
            execute(store, "PRAGMA max_page_count = " + (pages + 2));

            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        try (java.sql.PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO daily_tip_rotation_shown (server_id, tip_id) VALUES (?, ?)")) {
                            for (int i = 0; i < 5000; i++) {
                                insert.setLong(1, i);
                                insert.setString(2, "a tip id long enough to need pages ".repeat(4) + i);
                                insert.executeUpdate();
                            }
                        }
                        return null;
                    }))
                    .isInstanceOf(StoreUnwritableException.class)
                    .hasMessageContaining("full")
                    .hasMessageNotContaining("no transaction is active");
            assertThat(log.messages(Level.ERROR)).singleElement().asString().contains("full");

            assertThat(query(store, "SELECT count(*) FROM daily_tip_rotation_shown"))
                    .containsExactly("0");
            execute(store, "PRAGMA max_page_count = 1073741823");
            execute(store, "INSERT INTO daily_tip_rotation_shown (server_id, tip_id) VALUES (1, 'room again')");
            assertThat(query(store, "SELECT count(*) FROM daily_tip_rotation_shown"))
                    .containsExactly("1");
        }
    }

    /**
     * Hostile audit F3: a store that cannot be created because the disk is full (SQLite's size limit fails the
     * migration's writes with SQLITE_FULL, as a full disk does) stops startup with one line naming the cause, not
     * Flyway's report of the statement nor its stack traces about rolling back.
     */
    @Test
    void aFullDiskAtFirstStartStopsStartupWithOneLineNamingIt() {
        Path file = temp.resolve("data/studybot.db").toAbsolutePath();
        SQLiteConfig sizeLimit = new SQLiteConfig();
        sizeLimit.setMaxPageCount(6);

        try (LogCapture log = LogCapture.of(Level.DEBUG, "org.flywaydb")) {
            assertThatThrownBy(() -> SqliteStore.open(
                            file,
                            TestStores.BUSY_TIMEOUT,
                            List.of(DailyTipService.MIGRATIONS),
                            SqliteStore.health(file, Clock.systemUTC()),
                            sizeLimit))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("(SQLITE_FULL: the disk holding " + file + " is full)")
                    .satisfies(
                            e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("SQL State"));
            assertThat(log.messages(Level.ERROR)).isEmpty();
        }
    }

    /**
     * Re-audit R7: a full disk under an existing store is named as at first start, in the exception, the log and the
     * health message admins read, not as SQLite's "database or disk is full" (SQLite's size limit fails the writes with
     * SQLITE_FULL, as a full disk does).
     */
    @Test
    void aFullDiskUnderAnExistingStoreIsNamedAsAtFirstStart() {
        Path file = temp.resolve("studybot.db").toAbsolutePath();
        open(file).close();
        try (Store store = open(file);
                LogCapture log = LogCapture.of(StoreHealth.class)) {
            int pages = Integer.parseInt(query(store, "PRAGMA page_count").get(0));
            execute(store, "PRAGMA max_page_count = " + pages);

            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("INSERT INTO daily_tip_rotation_shown (server_id, tip_id) VALUES (1, '"
                                    + "a tip id long enough to need pages ".repeat(400) + "')");
                        }
                        return null;
                    }))
                    .isInstanceOf(StoreUnwritableException.class)
                    .hasMessage("Cannot write database file " + file + ": the disk holding " + file
                            + " is full (SQLITE_FULL); free some space there");
            assertThat(store.health().problem())
                    .get()
                    .asString()
                    .contains(": the disk holding " + file + " is full (SQLITE_FULL); free some space there.");
            assertThat(store.health().problem(Locale.GERMAN))
                    .get()
                    .asString()
                    .contains(": der Datenträger mit " + file + " ist voll (SQLITE_FULL); gib dort Platz frei.");
            assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .contains("the disk holding " + file + " is full (SQLITE_FULL)");
        }
    }

    /**
     * Re-audit R7: on a full disk SQLite can say "disk I/O error" (SQLITE_IOERR_SHMSIZE when the WAL's shared memory
     * cannot grow); with no room left on the disk that is named as the full disk. The failure is injected where the
     * driver throws it, the free space where the store reads it.
     */
    @Test
    void anInputOutputErrorOnAFullDiskIsNamedAsTheFullDisk() {
        Path file = temp.resolve("studybot.db").toAbsolutePath();
        open(file).close();
        try (Store store = open(file, folder -> 4096);
                LogCapture log = LogCapture.of(StoreHealth.class)) {
            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        throw shmSizeError();
                    }))
                    .isInstanceOf(StoreUnwritableException.class)
                    .hasMessage("Cannot write database file " + file + ": the disk holding " + file
                            + " is full (SQLITE_IOERR_SHMSIZE); free some space there");
            assertThat(store.health().problem())
                    .get()
                    .asString()
                    .contains(": the disk holding " + file + " is full (SQLITE_IOERR_SHMSIZE); free some space there.")
                    .doesNotContain("disk I/O error");
            assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .contains("the disk holding " + file + " is full (SQLITE_IOERR_SHMSIZE)");
        }
    }

    /**
     * An I/O error with room left on the disk is not called a full disk: it is left as SQLite said it; when the room
     * cannot be read, the disk may be full or failing, and that is what is said.
     */
    @Test
    void anInputOutputErrorWithRoomLeftIsNotCalledAFullDisk() {
        Path file = temp.resolve("studybot.db").toAbsolutePath();
        open(file).close();
        try (Store store = open(file, folder -> 10L << 30);
                LogCapture log = LogCapture.of(StoreHealth.class)) {
            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        throw shmSizeError();
                    }))
                    .hasMessage("Cannot write database file " + file + ": "
                            + shmSizeError().getMessage());
            assertThat(store.health().problem()).get().asString().doesNotContain("full");
            assertThat(log.messages(Level.ERROR))
                    .singleElement()
                    .asString()
                    .contains("disk I/O error")
                    .doesNotContain("full");
        }
        try (Store store = open(file, folder -> {
                    throw new IOException("statvfs failed");
                });
                LogCapture log = LogCapture.of(StoreHealth.class)) {
            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        throw shmSizeError();
                    }))
                    .hasMessageEndingWith(
                            shmSizeError().getMessage() + ": the disk holding " + file + " may be full or failing");
            assertThat(log.messages(Level.ERROR)).singleElement().asString().contains("may be full or failing");
        }
    }

    /** What the driver throws when the WAL's shared-memory file cannot grow. */
    private static SQLiteException shmSizeError() {
        return new SQLiteException(
                "[SQLITE_IOERR_SHMSIZE] Some kind of disk I/O error occurred (disk I/O error)",
                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
    }

    private static Store open(Path file, FullDisk.FreeSpace free) {
        return SqliteStore.open(
                file,
                TestStores.BUSY_TIMEOUT,
                List.of(DailyTipService.MIGRATIONS),
                SqliteStore.health(file, Clock.systemUTC()),
                new SQLiteConfig(),
                free);
    }

    private static Store open(Path file) {
        return SqliteStore.open(file, TestStores.BUSY_TIMEOUT, List.of(DailyTipService.MIGRATIONS), Clock.systemUTC());
    }
}
