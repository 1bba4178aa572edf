package studybot.store;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.testing.LogCapture;

/** Opening, migrating and transactions, the same on both stores. */
@ParameterizedClass
@EnumSource(Dialect.class)
class StoreTest {

    static final Migrations NOTES_V1 = new Migrations("notes", "db/test/notes_v1");
    static final Migrations NOTES_V2 = new Migrations("notes", "db/test/notes_v2");
    static final Migrations NOTES_BROKEN = new Migrations("notes", "db/test/notes_broken");

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void reopeningAnUpToDateStoreKeepsItsData() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(NOTES_V1))) {
            assertThat(store.dialect()).isEqualTo(dialect);
            execute(store, "INSERT INTO notes (id, body) VALUES (1, 'kept')");
        }

        try (Store store = stores.open(List.of(NOTES_V1))) {
            assertThat(query(store, "SELECT body FROM notes")).containsExactly("kept");
        }
    }

    @Test
    void aStoreAlreadyUpToDateOpensWithoutGoingThroughFlyway() {
        TestStores stores = TestStores.of(dialect, temp);
        try (LogCapture flyway = LogCapture.of(Level.INFO, "org.flywaydb");
                Store store = stores.open(List.of(NOTES_V2))) {
            assertThat(flyway.messages(Level.INFO))
                    .as("the first start migrates")
                    .isNotEmpty();
            execute(store, "INSERT INTO notes (id, body, author) VALUES (1, 'kept', 'ada')");
        }

        try (LogCapture flyway = LogCapture.of(Level.INFO, "org.flywaydb");
                Store store = stores.open(List.of(NOTES_V2))) {
            assertThat(flyway.messages(Level.INFO))
                    .as("a restart only checks the histories")
                    .isEmpty();
            assertThat(query(store, "SELECT body || ' / ' || author FROM notes"))
                    .containsExactly("kept / ada");
        }
    }

    @Test
    void migratesAnOlderStoreStepByStepKeepingItsData() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store store = stores.open(List.of(NOTES_V1))) {
            execute(store, "INSERT INTO notes (id, body) VALUES (1, 'written by version 1')");
        }

        try (LogCapture migrator = LogCapture.of(Level.INFO, SchemaMigrator.class.getName());
                Store store = stores.open(List.of(NOTES_V2))) {
            assertThat(migrator.messages(Level.INFO))
                    .as("one line for the whole upgrade, not one per schema")
                    .singleElement(as(STRING))
                    .endsWith(" brought up to date: 1 schema migrated, 1 script run");
            assertThat(query(store, "SELECT body || ' / ' || author FROM notes"))
                    .containsExactly("written by version 1 / unknown");
            assertThat(query(store, "SELECT count(*) FROM authors")).containsExactly("0");
            assertThat(query(store, "SELECT version FROM flyway_history_notes WHERE success ORDER BY installed_rank"))
                    .as("0 is the baseline: the store's own table was there first")
                    .containsExactly("0", "1", "2");
        }
    }

    @Test
    void aFailingMigrationLeavesTheStoreAtThePreviousVersion() {
        TestStores stores = TestStores.of(dialect, temp);
        stores.open(List.of(NOTES_V1)).close();

        try (LogCapture flyway = LogCapture.of(Level.ERROR, "org.flywaydb")) {
            assertThatThrownBy(() -> stores.open(List.of(NOTES_BROKEN)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("notes")
                    .hasMessageContaining("no_such_table")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(flyway.messages(Level.ERROR)).singleElement().asString().contains("2 - broken");
        }

        try (Store store = stores.open(List.of(NOTES_V1))) {
            assertThat(query(store, "SELECT count(*) FROM flyway_history_notes WHERE version = '2'"))
                    .containsExactly("0");
            assertThat(tables(store)).doesNotContain("half_done");
        }
    }

    @Test
    void refusesAStoreFromANewerVersion() {
        TestStores stores = TestStores.of(dialect, temp);
        stores.open(List.of(NOTES_V2)).close();

        try (LogCapture flyway = LogCapture.of(Level.WARN, "org.flywaydb", "studybot.store")) {
            assertThatThrownBy(() -> stores.open(List.of(NOTES_V1)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Store ")
                    .hasMessageEndingWith(" has notes schema version 2, which this studybot does not know: it was"
                            + " written by a newer studybot. Run that version or restore a backup.")
                    .as("only studybot's sentence: not Flyway's advice to run repair, nor its URL")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "repair", "http", "Flyway"));
            assertThat(flyway.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void aFeatureAddedLaterGetsItsTablesBesideExistingData() {
        TestStores stores = TestStores.of(dialect, temp);
        Migrations readers = new Migrations("readers", "db/test/readers");
        try (Store store = stores.open(List.of(NOTES_V1))) {
            execute(store, "INSERT INTO notes (id, body) VALUES (1, 'first feature')");
        }

        try (Store store = stores.open(List.of(NOTES_V1, readers))) {
            execute(store, "INSERT INTO readers (name) VALUES ('ada')");
            assertThat(query(store, "SELECT body FROM notes")).containsExactly("first feature");
            assertThat(query(
                            store,
                            "SELECT version FROM flyway_history_readers WHERE success" + " ORDER BY installed_rank"))
                    .containsExactly("0", "1");
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(NOTES_V1))) {
            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("INSERT INTO notes (id, body) VALUES (1, 'first')");
                            statement.execute("INSERT INTO notes (id, body) VALUES (1, 'duplicate key')");
                        }
                        return null;
                    }))
                    .isInstanceOf(StoreException.class);

            assertThat(query(store, "SELECT count(*) FROM notes")).containsExactly("0");
            execute(store, "INSERT INTO notes (id, body) VALUES (2, 'the store still works')");
            assertThat(query(store, "SELECT count(*) FROM notes")).containsExactly("1");
        }
    }

    @Test
    void aThrowingLambdaRollsBackToo() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(NOTES_V1))) {
            assertThatThrownBy(() -> store.inTransaction(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("INSERT INTO notes (id, body) VALUES (1, 'half')");
                        }
                        throw new IllegalStateException("changed my mind");
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("changed my mind");

            assertThat(query(store, "SELECT count(*) FROM notes")).containsExactly("0");
        }
    }

    @Test
    void theStartupWriteCheckLeavesItsMark() {
        try (Store store = TestStores.of(dialect, temp).open(List.of())) {
            assertThat(query(store, "SELECT count(*) FROM store_write_check")).containsExactly("1");
            assertThat(store.health().problem()).isEmpty();
        }
    }

    static void execute(Store store, String sql) {
        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    static List<String> query(Store store, String sql) {
        return store.inTransaction(connection -> firstColumn(connection, sql));
    }

    static List<String> tables(Store store) {
        return query(
                store,
                store.dialect() == Dialect.SQLITE
                        ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                        : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1");
    }

    private static List<String> firstColumn(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
