package studybot.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studybot.config.StoreConfig;

/** Opens the store the config names: the SQLite file in the data folder, or the PostgreSQL at {@code store.url}. */
public final class Stores {

    /** The SQLite store's file name inside the data folder. */
    public static final String SQLITE_FILE = "studybot.db";
    /** The environment variable holding the PostgreSQL password. */
    public static final String PASSWORD_VARIABLE = "STUDYBOT_DB_PASSWORD";

    private Stores() {}

    /**
     * @param migrations every feature's schema history
     * @throws StoreException with one line naming the store and what is wrong
     */
    public static Store open(
            StoreConfig config, Path dataFolder, Map<String, String> env, List<Migrations> migrations, Clock clock) {
        Duration busyTimeout = Duration.ofMillis(config.busyTimeoutMillis());
        if (!config.postgresql()) {
            return SqliteStore.open(dataFolder.resolve(SQLITE_FILE), busyTimeout, migrations, clock);
        }
        return openPostgres(config.url(), config, env, migrations, clock);
    }

    /**
     * The store {@link #open} opens, to be opened on a thread of its own once {@link OpeningStore#begin()} is called:
     * it can be handed to the features at once, and work given to it waits until it is open.
     */
    public static OpeningStore openLater(
            StoreConfig config, Path dataFolder, Map<String, String> env, List<Migrations> migrations, Clock clock) {
        if (!config.postgresql()) {
            Path file = dataFolder.resolve(SQLITE_FILE);
            StoreHealth health = SqliteStore.health(file, clock);
            Duration busyTimeout = Duration.ofMillis(config.busyTimeoutMillis());
            return OpeningStore.prepare(
                    Dialect.SQLITE,
                    SqliteStore.describe(file),
                    health,
                    () -> SqliteStore.open(file, busyTimeout, migrations, health));
        }
        String description = PostgresStore.describe(config.url());
        StoreHealth health = new StoreHealth(description, clock);
        return OpeningStore.prepare(
                Dialect.POSTGRESQL,
                description,
                health,
                () -> PostgresStore.open(
                        config.url(),
                        config.user(),
                        password(env),
                        config.poolSize(),
                        Duration.ofMillis(config.busyTimeoutMillis()),
                        migrations,
                        health));
    }

    private static Optional<String> password(Map<String, String> env) {
        return Optional.ofNullable(env.get(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty());
    }

    /** A PostgreSQL store at {@code url} with the rest of {@code config}, e.g. the target of {@code migrate-store}. */
    public static PostgresStore openPostgres(
            String url, StoreConfig config, Map<String, String> env, List<Migrations> migrations, Clock clock) {
        return PostgresStore.open(
                url,
                config.user(),
                password(env),
                config.poolSize(),
                Duration.ofMillis(config.busyTimeoutMillis()),
                migrations,
                clock);
    }
}
