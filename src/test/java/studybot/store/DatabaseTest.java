package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Migration NOTES_V1 = new Migration(1, "notes", List.of(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
    private static final Migration NOTES_V2 = new Migration(2, "note authors", List.of(
            "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown'",
            "CREATE TABLE authors (name TEXT PRIMARY KEY)"));

    @TempDir
    Path temp;

    @Test
    void createsFoldersAndSchemaInWalMode() {
        Path file = temp.resolve("data/nested/studybot.db");

        try (Database database = Database.open(file, Schema.MIGRATIONS)) {
            assertThat(file).exists();
            assertThat(query(database, "PRAGMA user_version")).containsExactly(
                    String.valueOf(Schema.MIGRATIONS.size()));
            assertThat(query(database, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(query(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .contains("daily_tip_settings", "daily_tip_posts", "daily_tip_rotation");
        }
    }

    @Test
    void reopeningAnUpToDateDatabaseKeepsItsData() {
        Path file = temp.resolve("studybot.db");
        try (Database database = Database.open(file, List.of(NOTES_V1))) {
            execute(database, "INSERT INTO notes (id, body) VALUES (1, 'kept')");
        }

        try (Database database = Database.open(file, List.of(NOTES_V1))) {
            assertThat(query(database, "SELECT body FROM notes")).containsExactly("kept");
        }
    }

    @Test
    void migratesAnOlderDatabaseStepByStepKeepingItsData() {
        Path file = temp.resolve("studybot.db");
        try (Database database = Database.open(file, List.of(NOTES_V1))) {
            execute(database, "INSERT INTO notes (id, body) VALUES (1, 'written by version 1')");
        }

        try (Database database = Database.open(file, List.of(NOTES_V1, NOTES_V2))) {
            assertThat(query(database, "PRAGMA user_version")).containsExactly("2");
            assertThat(query(database, "SELECT body || ' / ' || author FROM notes"))
                    .containsExactly("written by version 1 / unknown");
            assertThat(query(database, "SELECT count(*) FROM authors")).containsExactly("0");
        }
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtThePreviousVersion() {
        Path file = temp.resolve("studybot.db");
        Database.open(file, List.of(NOTES_V1)).close();
        Migration broken = new Migration(2, "broken", List.of(
                "CREATE TABLE half_done (x INTEGER)",
                "ALTER TABLE no_such_table ADD COLUMN y INTEGER"));

        assertThatThrownBy(() -> Database.open(file, List.of(NOTES_V1, broken)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("no_such_table");

        try (Database database = Database.open(file, List.of(NOTES_V1))) {
            assertThat(query(database, "PRAGMA user_version")).containsExactly("1");
            assertThat(query(database, "SELECT name FROM sqlite_master WHERE name = 'half_done'")).isEmpty();
        }
    }

    @Test
    void refusesADatabaseFromANewerVersion() {
        Path file = temp.resolve("studybot.db");
        Database.open(file, List.of(NOTES_V1, NOTES_V2)).close();

        assertThatThrownBy(() -> Database.open(file, List.of(NOTES_V1)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version 2");
    }

    @Test
    void canBeBackedUpWhileOpen() throws Exception {
        Path file = temp.resolve("studybot.db");
        Path backup = temp.resolve("backup.db");
        try (Database database = Database.open(file, List.of(NOTES_V1))) {
            execute(database, "INSERT INTO notes (id, body) VALUES (1, 'backed up')");
            try (Connection host = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = host.createStatement()) {
                statement.execute("VACUUM INTO '" + backup + "'");
            }
            execute(database, "INSERT INTO notes (id, body) VALUES (2, 'still writable')");
        }

        try (Database restored = Database.open(backup, List.of(NOTES_V1))) {
            assertThat(query(restored, "SELECT body FROM notes")).containsExactly("backed up");
        }
    }

    @Test
    void corruptFileStopsStartupAndIsLeftAlone() throws Exception {
        Path file = temp.resolve("data/studybot.db");
        Files.createDirectories(file.getParent());
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(file, Schema.MIGRATIONS))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an intact SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void unwritableLocationStopsStartup() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("data"), "a regular file where the data folder should be");
        Path file = notAFolder.resolve("studybot.db");

        assertThatThrownBy(() -> Database.open(file, Schema.MIGRATIONS))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void directoryInPlaceOfTheFileStopsStartup() throws Exception {
        Path file = Files.createDirectories(temp.resolve("studybot.db"));

        assertThatThrownBy(() -> Database.open(file, Schema.MIGRATIONS))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aFailedTransactionWritesNothing() {
        try (Database database = Database.open(temp.resolve("studybot.db"), List.of(NOTES_V1))) {
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO notes (id, body) VALUES (1, 'first')");
                    statement.execute("INSERT INTO notes (id, body) VALUES (1, 'duplicate key')");
                }
                return null;
            })).isInstanceOf(StoreException.class);

            assertThat(query(database, "SELECT count(*) FROM notes")).containsExactly("0");
        }
    }

    @Test
    void migrationVersionsMustBeConsecutive() {
        assertThatThrownBy(() -> Database.open(temp.resolve("studybot.db"), List.of(NOTES_V2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void execute(Database database, String sql) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    private static List<String> query(Database database, String sql) {
        return database.inTransaction(connection -> firstColumn(connection, sql));
    }

    private static List<String> firstColumn(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
