package studybot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings each feature's schema up to date with Flyway, one history table per feature ({@link Migrations}).
 *
 * <p>A feature whose history table is missing in a store that already holds other tables starts from a baseline at
 * version 0, so all of its scripts run. SQLite files written before Flyway (schema version in {@code PRAGMA
 * user_version}, which only ever reached 1, the daily-tip tables) are baselined at that version in place: their data
 * stays where it is and only newer scripts run. A store whose history is newer than this studybot's scripts is refused
 * rather than used. The log says in one line how many schemas were migrated (each one's version at debug level).
 */
final class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
    /** The feature whose tables the hand-written schema's {@code user_version} 1 described. */
    static final String LEGACY_FEATURE = "daily_tips";

    private static final int LEGACY_LATEST = 1;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final String store;

    SchemaMigrator(DataSource dataSource, Dialect dialect, String store) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.store = store;
    }

    /** Brings every schema up to date; a store already up to date is only checked ({@link CurrentSchemas}). */
    void migrate(List<Migrations> all) {
        if (new CurrentSchemas(dataSource, dialect, SchemaMigrator.class.getClassLoader()).allCurrent(all)) {
            log.debug("Store {}: every schema is current", store);
            return;
        }
        int schemas = 0;
        int scripts = 0;
        for (Migrations migrations : all) {
            int run = migrate(migrations);
            schemas += run > 0 ? 1 : 0;
            scripts += run;
        }
        if (schemas > 0) {
            log.info(
                    "Store {} brought up to date: {} {} migrated, {} {} run",
                    store,
                    schemas,
                    schemas == 1 ? "schema" : "schemas",
                    scripts,
                    scripts == 1 ? "script" : "scripts");
        }
    }

    /** Brings one feature's schema up to date; how many scripts ran. */
    private int migrate(Migrations migrations) {
        int legacyVersion = legacyVersion(migrations);
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(migrations.locationFor(dialect))
                .table(migrations.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion(String.valueOf(legacyVersion))
                .baselineDescription(
                        legacyVersion == 0
                                ? "before " + migrations.name()
                                : "schema from before Flyway (user_version " + legacyVersion + ")")
                .ignoreMigrationPatterns(new String[0])
                .cleanDisabled(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                log.debug(
                        "Store {}: {} schema migrated to version {}",
                        store,
                        migrations.name(),
                        result.targetSchemaVersion);
            }
            return result.migrationsExecuted;
        } catch (FlywayValidateException e) {
            throw new StoreException(refusal(migrations, flyway.info().applied()), e);
        } catch (FlywayException e) {
            throw new StoreException(
                    "Store " + store + ": migrating the " + migrations.name() + " schema failed: "
                            + oneLine(e.getMessage()),
                    e);
        }
    }

    /**
     * Why a store whose history Flyway refused is not used, in studybot's words only: Flyway's own message advises
     * running its {@code repair}, which would make the store's newer tables look unknown to the release that made them.
     */
    private String refusal(Migrations migrations, MigrationInfo[] applied) {
        List<String> newer = versions(
                applied,
                info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED);
        if (!newer.isEmpty()) {
            return "Store " + store + " has " + migrations.name() + " schema "
                    + (newer.size() == 1 ? "version " : "versions ")
                    + String.join(", ", newer) + ", which this studybot does not know: it was written by a newer"
                    + " studybot. Run that version or restore a backup.";
        }
        List<String> changed = versions(applied, info -> !info.getState().isResolved() || !info.isChecksumMatching());
        return "Store " + store + " has " + migrations.name() + " schema "
                + (changed.isEmpty()
                        ? "history"
                        : (changed.size() == 1 ? "version " : "versions ") + String.join(", ", changed))
                + " applied from scripts that differ from this studybot's: it was written by another build of"
                + " studybot. Run that version or restore a backup.";
    }

    private static List<String> versions(MigrationInfo[] applied, Predicate<MigrationInfo> which) {
        return Arrays.stream(applied)
                .filter(info -> info.getVersion() != null && which.test(info))
                .map(info -> info.getVersion().getVersion())
                .toList();
    }

    /**
     * The version a pre-Flyway SQLite file is at for {@code migrations}: its {@code user_version} for the daily-tip
     * tables when they have no Flyway history yet, else 0.
     */
    private int legacyVersion(Migrations migrations) {
        if (dialect != Dialect.SQLITE || !migrations.name().equals(LEGACY_FEATURE)) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                    + " AND name = '" + migrations.historyTable() + "'")) {
                history.next();
                if (history.getInt(1) > 0) {
                    return 0;
                }
            }
            int version;
            try (ResultSet row = statement.executeQuery("PRAGMA user_version")) {
                row.next();
                version = row.getInt(1);
            }
            if (version > LEGACY_LATEST) {
                throw new StoreException("Store " + store + " has schema version " + version
                        + " but this studybot only knows versions up to " + LEGACY_LATEST
                        + "; it was written by a newer studybot. Run that version or restore a backup.");
            }
            if (version > 0) {
                log.info(
                        "Store {}: tables from before Flyway (user_version {}) kept as they are; their history"
                                + " continues in {}",
                        store,
                        version,
                        migrations.historyTable());
            }
            return version;
        } catch (SQLException e) {
            throw new StoreException("Store " + store + ": " + e.getMessage(), e);
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
