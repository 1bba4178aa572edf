package studybot.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where studybot keeps its data. An empty {@code url} is the embedded SQLite file in the data folder, with nothing to
 * set up; {@code jdbc:postgresql://host:5432/db} is a shared PostgreSQL, logged into as {@code user} with the password
 * from {@code STUDYBOT_DB_PASSWORD} (never from this file).
 *
 * @param poolSize PostgreSQL connections kept at most
 * @param busyTimeoutMillis how long a command waits for the store before telling its user to try again
 */
public record StoreConfig(String url, String user, int poolSize, int busyTimeoutMillis) {

    /** The prefix of a PostgreSQL store's URL. */
    public static final String POSTGRESQL = "jdbc:postgresql://";
    /** An {@code @} in the authority of any URL: what comes before it is a user, and maybe a password. */
    private static final Pattern USER_INFO = Pattern.compile("^[^/]*//[^/?#;]*@");

    public StoreConfig {
        if (holdsUserInfo(url)) {
            throw new IllegalArgumentException("store.url must not hold a user or password before the host"
                    + " (user:password@); name the user in store.user and set STUDYBOT_DB_PASSWORD in the environment");
        }
        if (!url.isEmpty() && !url.startsWith(POSTGRESQL)) {
            throw new IllegalArgumentException("store.url must be empty (SQLite in the data folder) or start with "
                    + POSTGRESQL + ", was \"" + url.replaceAll("[?;].*", "?...") + "\"");
        }
        if (url.toLowerCase(Locale.ROOT).contains("password")) {
            throw new IllegalArgumentException(
                    "store.url must not hold a password; set STUDYBOT_DB_PASSWORD" + " in the environment instead");
        }
        if (!url.isEmpty() && user.isBlank()) {
            throw new IllegalArgumentException("store.user must name the PostgreSQL user when store.url is set");
        }
        ConfigChecks.between("store.poolSize", poolSize, 1, 100);
        ConfigChecks.between("store.busyTimeoutMillis", busyTimeoutMillis, 100, 60000);
    }

    /** Whether {@code url} names a user or a password (user-info before the host), which only the config may. */
    public static boolean holdsUserInfo(String url) {
        return USER_INFO.matcher(url).find();
    }

    public boolean postgresql() {
        return !url.isEmpty();
    }
}
