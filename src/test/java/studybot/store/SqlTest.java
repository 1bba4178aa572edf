package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Binding, mapping and running statements through {@link Sql}, the same on both stores. */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlTest {

    private static final Migrations SAMPLES = new Migrations("samples", "db/test/samples");
    private static final String INSERT =
            "INSERT INTO samples (id, label, amount, small, ratio, flag) VALUES (?, ?, ?, ?, ?, ?)";

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private Store store;

    @BeforeEach
    void open() {
        store = TestStores.of(dialect, temp).open(List.of(SAMPLES));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void bindsEachTypeWithItsSetterAndReadsItBack() {
        store.inTransaction(connection ->
                Sql.on(connection).update(INSERT, 1L, "one", OptionalLong.of(9_000_000_000L), 7, 0.25, true));

        Sample read = store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT id, label, amount, small, ratio, flag FROM samples WHERE id = ?", 1L)
                .one(SqlTest::sample));

        assertThat(read).isEqualTo(new Sample(1, Optional.of("one"), OptionalLong.of(9_000_000_000L), 7, 0.25, true));
    }

    @Test
    void bindsMissingValuesAsTypedNulls() {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        INSERT,
                        2L,
                        Sql.orNull(Optional.empty(), Types.VARCHAR),
                        OptionalLong.empty(),
                        Sql.orNull(Optional.of(3), Types.INTEGER),
                        Sql.orNull(Optional.empty(), Types.DOUBLE),
                        Sql.orNull(Optional.empty(), Types.BOOLEAN)));

        List<Object> nulls = store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT label, amount, small, ratio, flag FROM samples WHERE id = ?", 2L)
                .one(row -> Arrays.asList(
                        row.getString(1),
                        Sql.optionalLong(row, "amount"),
                        row.getInt(3),
                        row.getObject(4),
                        row.getObject(5))));

        assertThat(nulls).containsExactly(null, OptionalLong.empty(), 3, null, null);
    }

    @Test
    void listsEveryRowInTheStatementsOrder() {
        insert(List.of(3L, 1L, 2L));

        List<Long> ids = store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT id FROM samples ORDER BY id DESC")
                .list(row -> row.getLong(1)));

        assertThat(ids).containsExactly(3L, 2L, 1L);
    }

    @Test
    void optionalIsTheFirstRowOrEmpty() {
        insert(List.of(1L, 2L));

        Optional<Long> first = store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT id FROM samples WHERE id >= ? ORDER BY id", 1L)
                .optional(row -> row.getLong(1)));
        Optional<Long> none = store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT id FROM samples WHERE id > ?", 2L)
                .optional(row -> row.getLong(1)));

        assertThat(first).contains(1L);
        assertThat(none).isEmpty();
    }

    @Test
    void oneWithoutARowFailsNamingTheStatement() {
        assertThatThrownBy(() -> store.inTransaction(connection -> Sql.on(connection)
                        .query("SELECT id FROM samples WHERE id = ?", 5L)
                        .one(row -> row.getLong(1))))
                .isInstanceOf(StoreException.class)
                .hasMessage("No row from: SELECT id FROM samples WHERE id = ?");
    }

    @Test
    void updateCountsTheRowsItChanged() {
        insert(List.of(1L, 2L, 3L));

        int changed = store.inTransaction(
                connection -> Sql.on(connection).update("UPDATE samples SET label = ? WHERE id <= ?", "low", 2L));

        assertThat(changed).isEqualTo(2);
        assertThat(labels()).containsExactly("low", "low", "3");
    }

    @Test
    void updateEachRunsOncePerItemAndAddsUpTheRowsChanged() {
        insert(List.of(1L));

        int added = store.inTransaction(connection -> Sql.on(connection)
                .updateEach(
                        "INSERT INTO samples (id, label) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        List.of(1L, 2L, 3L),
                        id -> List.of(id, "new " + id)));

        assertThat(added).as("1 was there already").isEqualTo(2);
        assertThat(labels()).containsExactly("1", "new 2", "new 3");
    }

    @Test
    void aBareNullIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> store.inTransaction(
                        connection -> Sql.on(connection).update(INSERT, 1L, null, 1L, 1, 1.0, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Parameter 2 cannot be bound: a bare null (bind Sql.orNull)");

        assertThat(labels()).isEmpty();
    }

    @Test
    void aTypeWithoutAPlainColumnIsRefused() {
        assertThatThrownBy(() -> store.inTransaction(
                        connection -> Sql.on(connection).update("UPDATE samples SET amount = ?", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Parameter 1 cannot be bound: java.time.Instant");
    }

    private void insert(List<Long> ids) {
        store.inTransaction(connection -> Sql.on(connection)
                .updateEach("INSERT INTO samples (id, label) VALUES (?, ?)", ids, id -> List.of(id, id.toString())));
    }

    private List<String> labels() {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT label FROM samples ORDER BY id")
                .list(row -> row.getString(1)));
    }

    private static Sample sample(ResultSet row) throws SQLException {
        return new Sample(
                row.getLong("id"),
                Optional.ofNullable(row.getString("label")),
                Sql.optionalLong(row, "amount"),
                row.getInt("small"),
                row.getDouble("ratio"),
                row.getBoolean("flag"));
    }

    private record Sample(
            long id, Optional<String> label, OptionalLong amount, int small, double ratio, boolean flag) {}
}
