package studybot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.slf4j.Marker;

/**
 * Leaves out JDA's reports of failures that studybot reports itself, in one line that says what to do, so each failure
 * reads once instead of as a 30-line stack trace next to the line that matters:
 *
 * <ul>
 *   <li>a request that failed for want of a connection ({@code IOException}): while starting, studybot prints one line
 *       per retry; later, the feature that sent it logs that it failed;
 *   <li>a gateway closed for good (4004, 4010–4014): studybot prints one line and exits with status 1;
 *   <li>a REST call that failed for an I/O error ("timeout"): JDA passes the failure to the call's own handler, which
 *       logs what failed;
 *   <li>a global rate limit, one ERROR line per refused call although JDA waits it out: studybot says so once a minute.
 * </ul>
 *
 * Everything else JDA logs passes through. Flyway's reports that it could not roll back a failed migration or reset
 * auto-commit afterwards because "no transaction is active" (SQLite has already rolled back by itself, as after a full
 * disk) are left out too: the migration's own failure stops startup in one line naming the cause.
 */
public final class ReportedElsewhereFilter extends TurboFilter {

    private static final String JDA = "net.dv8tion.jda";
    private static final String REQUEST_FAILED = "Encountered exception trying to execute request";
    private static final String CLOSED_FOR_GOOD = "WebSocket connection was closed and cannot be recovered";
    private static final String REST_IO_ERROR = "There was an I/O error while executing a REST request";
    private static final String GLOBAL_RATE_LIMIT = "Encountered global rate limit!";
    private static final String FLYWAY_TRANSACTIONS = "org.flywaydb.core.internal.jdbc.TransactionalExecutionTemplate";
    private static final String NO_TRANSACTION = "no transaction is active";

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (format != null && logger.getName().equals(FLYWAY_TRANSACTIONS)) {
            return noTransactionActive(thrown != null ? thrown : lastThrowable(params))
                    ? FilterReply.DENY
                    : FilterReply.NEUTRAL;
        }
        if (format == null || !logger.getName().startsWith(JDA)) {
            return FilterReply.NEUTRAL;
        }
        if (format.startsWith(CLOSED_FOR_GOOD)
                || format.startsWith(REST_IO_ERROR)
                || format.startsWith(GLOBAL_RATE_LIMIT)) {
            return FilterReply.DENY;
        }
        if (format.equals(REQUEST_FAILED) && causedByIo(thrown != null ? thrown : lastThrowable(params))) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown
                ? thrown
                : null;
    }

    private static boolean noTransactionActive(Throwable failure) {
        return failure != null
                && failure.getMessage() != null
                && failure.getMessage().contains(NO_TRANSACTION);
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
