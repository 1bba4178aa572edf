package studybot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.testing.LogCapture;

/** What the shipped logging leaves out because studybot reports it itself, in one line. */
class ReportedElsewhereFilterTest {

    private static final String FLYWAY_TRANSACTIONS = "org.flywaydb.core.internal.jdbc.TransactionalExecutionTemplate";

    /**
     * Hostile audit F3: after SQLite rolled back a migration by itself (a full disk), Flyway's failing rollback and
     * auto-commit reset were two ERROR stack traces before studybot's one line; any other failure of theirs still
     * shows.
     */
    @Test
    void flywaysRollbackAfterSqliteRolledBackByItselfIsLeftOut() {
        Logger flyway = LoggerFactory.getLogger(FLYWAY_TRANSACTIONS);
        try (LogCapture log = LogCapture.of(Level.DEBUG, FLYWAY_TRANSACTIONS)) {
            flyway.error(
                    "Unable to rollback transaction",
                    new SQLException("[SQLITE_ERROR] SQL error or missing database (cannot rollback - no transaction"
                            + " is active)"));
            flyway.error(
                    "Unable to restore autocommit to original value for connection",
                    new SQLException("[SQLITE_ERROR] SQL error or missing database (cannot commit - no transaction is"
                            + " active)"));
            flyway.error("Unable to rollback transaction", new SQLException("connection reset"));

            assertThat(log.events())
                    .singleElement()
                    .satisfies(event ->
                            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("connection reset"));
        }
    }
}
