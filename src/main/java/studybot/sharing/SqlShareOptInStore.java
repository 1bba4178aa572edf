package studybot.sharing;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * The opt-ins kept in the shared store (schema {@code db/sharing/<dialect>/}), so {@code /quiz share visible:on}
 * survives a restart and every process of the bot sees it. Read on every call: a change shows at once in every group
 * view.
 */
public final class SqlShareOptInStore implements ShareOptIns {

    /** The opt-in table: {@code db/sharing/sqlite/} and {@code db/sharing/postgresql/}. */
    public static final Migrations MIGRATIONS = new Migrations("sharing", "db/sharing")
            .withPersonalColumns(PersonalColumn.owned("share_opt_ins", "member_id"));

    private final Store store;
    private final Clock clock;

    /** @param store opened with {@link #MIGRATIONS} */
    public SqlShareOptInStore(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether one member is sharing (the quiz asks for the member in front of it). */
    public boolean isSharing(long serverId, long memberId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT 1 FROM share_opt_ins WHERE server_id = ? AND member_id = ?", serverId, memberId)
                .optional(row -> true)
                .isPresent());
    }

    @Override
    public Set<Long> sharing(long serverId) {
        return new HashSet<>(store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT member_id FROM share_opt_ins WHERE server_id = ?", serverId)
                .list(row -> row.getLong(1))));
    }

    /** Opts the member in or out; returns whether that changed anything. */
    public boolean setSharing(long serverId, long memberId, boolean sharing) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            int changed = sharing
                    ? sql.update(
                            "INSERT INTO share_opt_ins (server_id, member_id, since) VALUES (?, ?, ?)"
                                    + " ON CONFLICT DO NOTHING",
                            serverId,
                            memberId,
                            clock.millis())
                    : sql.update("DELETE FROM share_opt_ins WHERE server_id = ? AND member_id = ?", serverId, memberId);
            return changed > 0;
        });
    }
}
