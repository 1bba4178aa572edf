package studybot.language;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.store.Migrations;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * The language each server chose, kept in the shared store (schema {@code db/server_languages/<dialect>/}) so the
 * choice survives restarts and every process of the bot sees it. A language studybot no longer has texts in reads as no
 * choice.
 */
public final class SqlServerLanguageStore {

    /** The choice table: {@code db/server_languages/sqlite/} and {@code db/server_languages/postgresql/}. */
    public static final Migrations MIGRATIONS = new Migrations("server_languages", "db/server_languages");

    private final Store store;
    private final Clock clock;

    /** @param store opened with {@link #MIGRATIONS} */
    public SqlServerLanguageStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The language the server chose, if it chose one studybot still speaks. */
    public Optional<Locale> chosen(long server) {
        return store.inTransaction(connection -> Sql.on(connection)
                        .query("SELECT language FROM server_languages WHERE server_id = ?", server)
                        .optional(row -> row.getString(1)))
                .flatMap(Languages::ofCode);
    }

    /** The server's public messages are in {@code language} from now on. */
    public void choose(long server, Locale language) {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "INSERT INTO server_languages (server_id, language, chosen_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT (server_id) DO UPDATE SET language = excluded.language,"
                                + " chosen_at = excluded.chosen_at",
                        server,
                        Languages.code(language),
                        clock.millis()));
    }

    /** The server uses its preferred locale again; whether it had chosen a language. */
    public boolean forget(long server) {
        return store.inTransaction(connection ->
                        Sql.on(connection).update("DELETE FROM server_languages WHERE server_id = ?", server))
                == 1;
    }
}
