package studybot.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;
import studybot.store.Store;

/**
 * A member's data in every place at once, for {@code /privacy}: reads and deletes by the columns the schemas declare as
 * naming a member ({@link PersonalColumn}), so a table added with its declaration is exported and forgotten with no
 * change here. Deleting is one transaction: either everything about the member goes, or nothing does.
 */
public final class PersonalData {

    private final Store store;
    private final Clock clock;
    /** The declared columns, grouped by table, in the order the schemas list them. */
    private final Map<String, List<PersonalColumn>> byTable;

    /** @param schemas every schema the store was opened with */
    public PersonalData(Store store, List<Migrations> schemas, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.byTable = schemas.stream()
                .flatMap(schema -> schema.personalColumns().stream())
                .collect(Collectors.groupingBy(PersonalColumn::table, LinkedHashMap::new, Collectors.toList()));
    }

    /** Every row that names the member, table by table. */
    public MemberRecord export(long memberId) {
        return store.inTransaction(connection -> {
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (Map.Entry<String, List<PersonalColumn>> table : byTable.entrySet()) {
                List<Map<String, Object>> rows = rowsNaming(connection, table.getKey(), table.getValue(), memberId);
                if (!rows.isEmpty()) {
                    tables.put(table.getKey(), rows);
                }
            }
            return new MemberRecord(memberId, clock.instant(), tables);
        });
    }

    /**
     * Deletes the member's own rows and takes their id out of the group's rows that name them in passing.
     *
     * @return rows changed per table (tables with none are left out)
     */
    public Map<String, Integer> forget(long memberId) {
        return store.inTransaction(connection -> {
            Map<String, Integer> changed = new LinkedHashMap<>();
            for (List<PersonalColumn> columns : byTable.values()) {
                for (PersonalColumn column : columns) {
                    int rows = forget(connection, column, memberId);
                    if (rows > 0) {
                        changed.merge(column.table(), rows, Integer::sum);
                    }
                }
            }
            return changed;
        });
    }

    private static List<Map<String, Object>> rowsNaming(
            Connection connection, String table, List<PersonalColumn> columns, long memberId) throws SQLException {
        String where = columns.stream().map(column -> column.column() + " = ?").collect(Collectors.joining(" OR "));
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (int i = 1; i <= columns.size(); i++) {
                select.setLong(i, memberId);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), plain(result.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /**
     * The same value whichever dialect read it: whole numbers as {@code long}, so SQLite and PostgreSQL export alike.
     */
    private static Object plain(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1L : 0L;
        }
        return value instanceof Number || value == null ? value : value.toString();
    }

    private static int forget(Connection connection, PersonalColumn column, long memberId) throws SQLException {
        String sql = switch (column.onForget()) {
            case DELETE_ROWS -> "DELETE FROM " + column.table() + " WHERE " + column.column() + " = ?";
            case CLEAR ->
                "UPDATE " + column.table() + " SET " + column.column() + " = NULL WHERE " + column.column() + " = ?";
            case SET_TO_NOBODY ->
                "UPDATE " + column.table() + " SET " + column.column() + " = 0 WHERE " + column.column() + " = ?";
        };
        try (PreparedStatement change = connection.prepareStatement(sql)) {
            change.setLong(1, memberId);
            return change.executeUpdate();
        }
    }
}
