package studybot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Statements on a transaction's connection in one expression each: the SQL text, its parameters in order, and how a row
 * becomes a value. Preparing, binding by index, walking the rows and closing are written once, here, rather than in
 * every store method; the SQL, the transaction and the store's handling of {@link SQLException}s stay exactly as they
 * were.
 *
 * <pre>{@code
 * return store.inTransaction(connection -> Sql.on(connection)
 *         .query("SELECT member_id FROM share_opt_ins WHERE server_id = ?", serverId)
 *         .list(row -> row.getLong(1)));
 * }</pre>
 *
 * <p>A parameter is bound by its Java type: {@code String}, {@code Long}, {@code Integer}, {@code Double} and
 * {@code Boolean} with the matching setter, and an {@code OptionalLong} as a {@code BIGINT} or a {@code NULL}. A bare
 * {@code null} is refused, since PostgreSQL wants to know the type of a {@code NULL}: bind {@link #orNull} instead. Any
 * other type is refused too (an {@code Instant} is stored as epoch millis or micros, a choice the store makes in plain
 * sight).
 *
 * <p>Not thread-safe, and never kept: like its connection it lives inside one {@link Store#inTransaction}.
 */
public final class Sql {

    private final Connection connection;

    private Sql(Connection connection) {
        this.connection = connection;
    }

    /** Statements on {@code connection}, the one {@link Store#inTransaction} lends. */
    public static Sql on(Connection connection) {
        return new Sql(connection);
    }

    /**
     * A statement that returns rows ({@code SELECT}, or {@code ... RETURNING}), run by one of the {@link Query}'s
     * methods.
     */
    public Query query(String sql, Object... parameters) {
        return new Query(sql, Arrays.asList(parameters));
    }

    /** Runs an {@code INSERT}, {@code UPDATE} or {@code DELETE}; returns the number of rows it changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, Arrays.asList(parameters));
            return statement.executeUpdate();
        }
    }

    /**
     * Runs one statement once per item, prepared once, each run bound with {@code parameters} of its item; returns the
     * rows changed by all the runs together.
     */
    public <T> int updateEach(String sql, Collection<T> items, Function<? super T, List<?>> parameters)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                bind(statement, parameters.apply(item));
                changed += statement.executeUpdate();
            }
        }
        return changed;
    }

    /**
     * A parameter for a value that may be missing: the value when there is one, else a {@code NULL} of {@code sqlType},
     * a {@link Types} constant.
     */
    public static Object orNull(Optional<?> value, int sqlType) {
        return value.isPresent() ? value.get() : new Null(sqlType);
    }

    /** A nullable integer column of the current row. */
    public static OptionalLong optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** A nullable integer column of the current row, by position (1 is the first). */
    public static OptionalLong optionalLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Makes a value of the row a {@link ResultSet} stands on; never moves it. */
    @FunctionalInterface
    public interface RowMapper<T> {

        T map(ResultSet row) throws SQLException;
    }

    /** A statement and its parameters, not yet run: each method prepares, runs and closes it once. */
    public final class Query {

        private final String sql;
        private final List<?> parameters;

        private Query(String sql, List<?> parameters) {
            this.sql = sql;
            this.parameters = parameters;
        }

        /** Every row, in the order the statement returns them. */
        public <T> List<T> list(RowMapper<T> mapper) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> values = new ArrayList<>();
                    while (rows.next()) {
                        values.add(mapper.map(rows));
                    }
                    return values;
                }
            }
        }

        /** The first row, if there is one; a statement that can match several orders them. */
        public <T> Optional<T> optional(RowMapper<T> mapper) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
                }
            }
        }

        /**
         * The first row of a statement that always returns one ({@code SELECT COUNT(*)}, {@code MAX}, a row the same
         * transaction has just written).
         *
         * @throws StoreException when it returned none
         */
        public <T> T one(RowMapper<T> mapper) throws SQLException {
            return optional(mapper).orElseThrow(() -> new StoreException("No row from: " + sql));
        }
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int index = 1; index <= parameters.size(); index++) {
            bind(statement, index, parameters.get(index - 1));
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof OptionalLong number) {
            bind(statement, index, number.isPresent() ? (Object) number.getAsLong() : new Null(Types.BIGINT));
        } else if (value instanceof Null missing) {
            statement.setNull(index, missing.sqlType());
        } else {
            throw new IllegalArgumentException("Parameter " + index + " cannot be bound: "
                    + (value == null
                            ? "a bare null (bind Sql.orNull)"
                            : value.getClass().getName()));
        }
    }

    /** A {@code NULL} parameter of a {@link Types} type. */
    private record Null(int sqlType) {}
}
