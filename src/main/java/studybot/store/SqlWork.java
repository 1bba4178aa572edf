package studybot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database's connection, inside a transaction the {@link Database} opens and closes. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
