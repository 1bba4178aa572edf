package studybot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a store's connection, inside a transaction the {@link Store} opens and closes. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
