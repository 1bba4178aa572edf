package studybot.store;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Sorts PostgreSQL's errors by SQLSTATE into what studybot does about them: try again soon (busy), report and keep
 * retrying (unwritable: the server is down, the disk full, the role may not write), or report as they are.
 */
final class PostgresFaults {

    private PostgresFaults() {}

    static StoreException classify(String store, SQLException e) {
        Optional<String> state = sqlState(e);
        String reason = reason(e);
        if (state.isPresent()) {
            String code = state.get();
            if (code.startsWith("08")
                    || code.startsWith("53")
                    || code.startsWith("57P")
                    || code.equals("25006")
                    || code.equals("42501")
                    || code.startsWith("28")) {
                return new StoreUnwritableException("Cannot write to " + store + ": " + reason, e);
            }
            if (code.equals("40001") || code.equals("40P01") || code.equals("55P03") || code.equals("57014")) {
                return new StoreBusyException("The store " + store + " is busy: " + reason, e);
            }
        }
        if (e instanceof SQLTransientConnectionException) {
            return new StoreBusyException("The store " + store + " is busy: " + reason, e);
        }
        return new StoreException(store + ": " + reason, e);
    }

    /** One line saying what went wrong, from the deepest cause that says anything; never a password. */
    static String reason(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() != null
                ? deepest.getMessage()
                : deepest.getClass().getSimpleName();
        if (deepest instanceof ConnectException) {
            message = "the server is unreachable (" + message + ")";
        } else if (deepest instanceof EOFException || deepest instanceof SocketException) {
            message = "the connection to the server was cut (" + message + ")";
        }
        return SchemaMigrator.oneLine(message);
    }

    /**
     * Whether the server refused the login: SQLSTATE class 28, or the driver's own refusal to answer a password request
     * with no password at hand (SQLSTATE 08004).
     */
    static boolean refusedLogin(SQLException e) {
        return sqlState(e)
                .filter(code -> code.startsWith("28") || code.equals("08004"))
                .isPresent();
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
