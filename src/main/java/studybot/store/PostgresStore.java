package studybot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared store: a PostgreSQL database reached through a HikariCP pool, for several bot processes at once. The pool
 * replaces connections a server restart broke, so a transaction that failed on one is simply retried later by its
 * caller; nothing acknowledged is lost, because acknowledged means committed.
 *
 * <p>The password is handed to the pool only: it is never part of {@link #description()} or any message.
 */
public final class PostgresStore extends JdbcStore {

    private static final Logger log = LoggerFactory.getLogger(PostgresStore.class);

    private final String description;
    private final HikariDataSource pool;

    private PostgresStore(String description, HikariDataSource pool, StoreHealth health) {
        super(health);
        this.description = description;
        this.pool = pool;
    }

    /**
     * Connects, applies the {@code migrations} the database has not seen and proves it takes writes.
     *
     * @param password empty for a server that needs none (e.g. peer or trust authentication)
     * @throws StoreException with one line naming host and database and what is wrong: unreachable, refused login, no
     *     permission, newer schema
     */
    public static PostgresStore open(
            String url,
            String user,
            Optional<String> password,
            int poolSize,
            Duration busyTimeout,
            List<Migrations> migrations,
            Clock clock) {
        return open(url, user, password, poolSize, busyTimeout, migrations, new StoreHealth(describe(url), clock));
    }

    /** As {@link #open(String, String, Optional, int, Duration, List, Clock)}, reporting to {@code health}. */
    static PostgresStore open(
            String url,
            String user,
            Optional<String> password,
            int poolSize,
            Duration busyTimeout,
            List<Migrations> migrations,
            StoreHealth health) {
        String description = describe(url);
        checkLogin(url, user, password, description);
        HikariConfig config = new HikariConfig();
        config.setPoolName("studybot-store");
        config.setJdbcUrl(url);
        config.setUsername(user);
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, busyTimeout.toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(busyTimeout.toMillis(), 5000)));
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("ApplicationName", "studybot");
        config.addDataSourceProperty("options", "-c lock_timeout=" + busyTimeout.toMillis());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException(
                    "Cannot connect to " + description + " as user '" + user + "': " + PostgresFaults.reason(cause), e);
        }
        PostgresStore store = new PostgresStore(description, pool, health);
        try {
            new SchemaMigrator(pool, Dialect.POSTGRESQL, description).migrate(WriteCheck.withStoreTables(migrations));
            WriteCheck.run(store);
            store.health().watch();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * One plain connection first, so an unreachable server or a refused login is one line of ours rather than the
     * pool's stack trace. The password goes to the driver only.
     */
    @SuppressWarnings("try")
    private static void checkLogin(String url, String user, Optional<String> password, String description) {
        Properties login = new Properties();
        login.setProperty("user", user);
        password.ifPresent(secret -> login.setProperty("password", secret));
        login.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url, login)) {
            log.debug("Reached {} as {}", description, user);
        } catch (SQLException e) {
            String unset = password.isEmpty() && PostgresFaults.refusedLogin(e)
                    ? " (" + Stores.PASSWORD_VARIABLE + " is not set)"
                    : "";
            throw new StoreException(
                    "Cannot connect to " + description + " as user '" + user + "': " + PostgresFaults.reason(e) + unset,
                    e);
        }
    }

    /** {@code PostgreSQL host:port/database}, from a JDBC URL, leaving out any parameters. */
    static String describe(String url) {
        String rest = url.substring("jdbc:".length());
        try {
            URI uri = URI.create(rest);
            String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
            return "PostgreSQL " + uri.getHost() + port + uri.getPath();
        } catch (IllegalArgumentException e) {
            return "PostgreSQL " + rest.replaceAll("\\?.*", "");
        }
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Returning a connection to {} failed: {}", description, e.getMessage());
        }
    }

    @Override
    String reason(SQLException e) {
        return PostgresFaults.reason(e);
    }

    @Override
    StoreException classify(SQLException e) {
        return PostgresFaults.classify(description, e);
    }

    @Override
    public void close() {
        stopSharedWrites();
        pool.close();
    }
}
