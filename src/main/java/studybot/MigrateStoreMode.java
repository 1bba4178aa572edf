package studybot;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import studybot.config.StoreConfig;
import studybot.config.StudybotConfig;
import studybot.store.PostgresStore;
import studybot.store.SqliteStore;
import studybot.store.Store;
import studybot.store.StoreCopy;
import studybot.store.StoreException;
import studybot.store.Stores;

/**
 * {@code migrate-store --to jdbc:postgresql://...}: copies everything in the configured SQLite store into an empty
 * PostgreSQL database, which it first migrates to this studybot's schema. It logs in as {@code store.user} with the
 * password from {@code STUDYBOT_DB_PASSWORD}, refuses a target that holds any data, reports each table, checks the
 * counts, and keeps nothing if anything fails, so it can simply be run again.
 */
final class MigrateStoreMode {

    private final StudybotConfig config;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    MigrateStoreMode(StudybotConfig config, Map<String, String> env, PrintStream out, PrintStream err) {
        this.config = config;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /**
     * @return 0 when everything was copied and counted, 2 when the target or the source cannot be used
     * @throws StoreException when a store fails; {@link Main} prints it and exits 2
     */
    int run(String targetUrl) {
        StoreConfig store = config.store();
        if (store.postgresql()) {
            err.println("studybot: migrate-store copies from the SQLite store, but store.url already names "
                    + "PostgreSQL. Set store.url to \"\" to copy the SQLite file in " + config.dataFolder() + ".");
            return 2;
        }
        if (!targetUrl.startsWith(StoreConfig.POSTGRESQL)
                || targetUrl.toLowerCase(Locale.ROOT).contains("password")
                || StoreConfig.holdsUserInfo(targetUrl)) {
            err.println("studybot: --to must be a jdbc:postgresql://HOST:PORT/DATABASE URL without a password "
                    + "(the password comes from " + Stores.PASSWORD_VARIABLE + ").");
            return 2;
        }
        if (store.user().isBlank()) {
            err.println("studybot: set store.user in the config to the PostgreSQL user to copy into (the password "
                    + "comes from " + Stores.PASSWORD_VARIABLE + ").");
            return 2;
        }
        Clock clock = Clock.systemUTC();
        Store opened = Stores.open(store, config.dataFolder(), env, StoreSchemas.ALL, clock);
        try (SqliteStore source = (SqliteStore) opened;
                PostgresStore target = Stores.openPostgres(targetUrl, store, env, StoreSchemas.ALL, clock)) {
            out.println("Copying " + source.description() + " into " + target.description());
            new StoreCopy(out, StoreSchemas.NOT_COPIED).copy(source, target);
            out.println(
                    "Done. Set store.url to " + targetUrl + " in the config (keep store.user) and restart studybot.");
            return 0;
        }
    }
}
