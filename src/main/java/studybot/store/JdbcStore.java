package studybot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import studybot.i18n.Wording;

/**
 * The transaction discipline both stores share. A failure is reported as what really went wrong: a rollback or the
 * reset to auto-commit failing afterwards (SQLite says "no transaction is active" once it has rolled back by itself
 * after a full disk) is attached as suppressed, never in its place, and nothing of the failed transaction is kept.
 */
abstract class JdbcStore implements Store {

    private final StoreHealth health;
    private final GroupCommit writes = new GroupCommit(this);

    JdbcStore(StoreHealth health) {
        this.health = health;
    }

    /** Fails the shared writes still queued; a store's {@link #close()} calls this before closing its connections. */
    final void stopSharedWrites() {
        writes.close();
    }

    /** A connection for one transaction; waits at most the busy timeout. */
    abstract Connection borrow() throws SQLException;

    /** Gives back what {@link #borrow()} returned. */
    abstract void release(Connection connection);

    /** The store's exception for {@code e}: busy, unwritable, or plain. */
    abstract StoreException classify(SQLException e);

    /** What went wrong, in one line for the log and admins: the cause that says the most. */
    String reason(SQLException e) {
        return e.getMessage();
    }

    /** Why the store cannot be written, after {@code e}, for the log and admins in their language. */
    Wording unwritableReason(SQLException e) {
        return StoreHealth.asSaid(reason(e));
    }

    @Override
    public StoreHealth health() {
        return health;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        Connection connection;
        try {
            connection = borrow();
        } catch (SQLException e) {
            throw failed(e);
        }
        T result;
        try {
            result = transact(connection, work);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            release(connection);
        }
        if (health.problem().isPresent()) {
            probeWrites();
        }
        return result;
    }

    @Override
    public <T> T inSharedTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        return writes.write(work);
    }

    /**
     * While the store is reported unwritable, a transaction that went through may only have read; one real write tells
     * whether the fault is gone. Never throws: the caller's own work succeeded.
     */
    private void probeWrites() {
        try {
            Connection connection = borrow();
            try {
                transact(connection, WriteCheck::write);
                health.wrote();
            } finally {
                release(connection);
            }
        } catch (SQLException e) {
            failed(e);
        } catch (StoreBusyException e) {
            // busy is not a verdict on writability: the next transaction probes again
        }
    }

    private StoreException failed(SQLException e) {
        StoreException failure = classify(e);
        if (failure instanceof StoreUnwritableException) {
            health.unwritable(unwritableReason(e));
        }
        return failure;
    }

    private static <T> T transact(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        Throwable failure = null;
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Throwable e) {
            failure = e;
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException reset) {
                if (failure != null) {
                    failure.addSuppressed(reset);
                } else {
                    throw reset;
                }
            }
        }
    }
}
