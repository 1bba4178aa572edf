package studybot.store;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies every feature table from one store into another, empty one of the same schema ({@code migrate-store}: SQLite
 * to PostgreSQL). The source is read in one transaction (one consistent snapshot) and the target written in one: a
 * failure part way leaves the target as empty as it was, so the copy can simply be run again. Before committing, the
 * rows in each target table are counted against the source; a mismatch rolls everything back. Flyway's history and the
 * write check are the target's own and are not copied.
 */
public final class StoreCopy {

    private static final int BATCH = 500;
    private static final int REPORT_EVERY = 5000;

    private final PrintStream progress;
    private final Set<String> notCopied;

    /**
     * @param progress where each table's start, every few thousand rows and the final counts are reported
     * @param notCopied tables that describe the running processes rather than the bot's data (heartbeats, the shared
     *     request schedule): the target keeps what its own migrations put there
     */
    public StoreCopy(PrintStream progress, Set<String> notCopied) {
        this.progress = progress;
        this.notCopied = Set.copyOf(notCopied);
    }

    /**
     * @return rows copied per table, in copy order
     * @throws StoreException when the target is not empty, lacks a table or column, or a count does not match
     */
    public Map<String, Long> copy(SqliteStore source, Store target) {
        return source.inTransaction(from -> target.inTransaction(to -> copy(from, to, target.description())));
    }

    private Map<String, Long> copy(Connection from, Connection to, String targetName) throws SQLException {
        List<String> tables = inCopyOrder(from, to, targetName);
        for (String table : tables) {
            long rows = count(to, table);
            if (rows > 0) {
                throw new StoreException(targetName + " is not empty: " + table + " already has " + rows(rows)
                        + ". migrate-store only copies into an empty store, so that nothing is mixed or"
                        + " overwritten; point --to at a new database.");
            }
        }
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String table : tables) {
            long expected = count(from, table);
            progress.println("Copying " + table + ": " + rows(expected));
            long rows = copyTable(from, to, table, expected);
            long landed = count(to, table);
            if (rows != expected || landed != expected) {
                throw new StoreException("Copying " + table + " went wrong: " + rows(expected) + " in the source, "
                        + landed + " in the target. Nothing was kept; run migrate-store again.");
            }
            copied.put(table, landed);
        }
        progress.println("Counts checked: "
                + copied.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", ")));
        return copied;
    }

    private long copyTable(Connection from, Connection to, String table, long expected) throws SQLException {
        Map<String, Integer> columns = columns(to, table);
        String names = String.join(", ", columns.keySet());
        String marks = columns.keySet().stream().map(column -> "?").collect(Collectors.joining(", "));
        long rows = 0;
        try (Statement select = from.createStatement();
                ResultSet source = select.executeQuery("SELECT " + names + " FROM " + table);
                PreparedStatement insert =
                        to.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            while (source.next()) {
                int index = 1;
                for (int type : columns.values()) {
                    bind(source, insert, index++, type);
                }
                insert.addBatch();
                rows++;
                if (rows % BATCH == 0) {
                    insert.executeBatch();
                }
                if (rows % REPORT_EVERY == 0) {
                    progress.println("  " + table + ": " + rows + " of " + expected);
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static void bind(ResultSet source, PreparedStatement insert, int index, int type) throws SQLException {
        switch (type) {
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = source.getBoolean(index);
                if (source.wasNull()) {
                    insert.setNull(index, type);
                } else {
                    insert.setBoolean(index, value);
                }
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long value = source.getLong(index);
                if (source.wasNull()) {
                    insert.setNull(index, type);
                } else {
                    insert.setLong(index, value);
                }
            }
            case Types.DOUBLE, Types.REAL, Types.FLOAT, Types.NUMERIC, Types.DECIMAL -> {
                double value = source.getDouble(index);
                if (source.wasNull()) {
                    insert.setNull(index, type);
                } else {
                    insert.setDouble(index, value);
                }
            }
            default -> insert.setString(index, source.getString(index));
        }
    }

    /** The source's feature tables (less those not copied), each after the tables it references in the target. */
    private List<String> inCopyOrder(Connection from, Connection to, String targetName) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = from.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'flyway\\_history\\_%' ESCAPE '\\'"
                        + " AND name <> '" + WriteCheck.TABLE + "' ORDER BY name")) {
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase(Locale.ROOT);
                if (!notCopied.contains(table)) {
                    tables.add(table);
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String table : tables) {
            addAfterReferences(to, table, ordered, new LinkedHashSet<>(), targetName);
        }
        return List.copyOf(ordered);
    }

    private static void addAfterReferences(
            Connection to, String table, Set<String> ordered, Set<String> visiting, String targetName)
            throws SQLException {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        DatabaseMetaData meta = to.getMetaData();
        try (ResultSet exists = meta.getTables(null, to.getSchema(), table, new String[] {"TABLE"})) {
            if (!exists.next()) {
                throw new StoreException(targetName + " has no table " + table + "; it must be migrated by the same"
                        + " studybot version as the source.");
            }
        }
        try (ResultSet keys = meta.getImportedKeys(null, to.getSchema(), table)) {
            while (keys.next()) {
                addAfterReferences(to, keys.getString("PKTABLE_NAME"), ordered, visiting, targetName);
            }
        }
        ordered.add(table);
    }

    private static Map<String, Integer> columns(Connection to, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rows = to.getMetaData().getColumns(null, to.getSchema(), table, null)) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }

    /** {@code 1 row}, {@code 30 rows}: a count as the operator reads it. */
    static String rows(long count) {
        return count == 1 ? "1 row" : count + " rows";
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
