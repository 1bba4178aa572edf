package studybot.sharing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import studybot.store.Migrations;
import studybot.store.PersonalColumn;
import studybot.store.Store;

/**
 * The opt-ins kept in the shared store (schema {@code db/sharing/<dialect>/}), so {@code /quiz share visible:on}
 * survives a restart and every process of the bot sees it. Read on every call: a change shows at once in every group
 * view.
 */
public final class StoredShareOptIns implements ShareOptIns {

    /** The opt-in table: {@code db/sharing/sqlite/} and {@code db/sharing/postgresql/}. */
    public static final Migrations MIGRATIONS = new Migrations("sharing", "db/sharing")
            .withPersonalColumns(PersonalColumn.owned("share_opt_ins", "member_id"));

    private final Store store;
    private final Clock clock;

    /** @param store opened with {@link #MIGRATIONS} */
    public StoredShareOptIns(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether one member is sharing (the quiz asks for the member in front of it). */
    public boolean isSharing(long serverId, long memberId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT 1 FROM share_opt_ins WHERE server_id = ? AND member_id = ?")) {
                select.setLong(1, serverId);
                select.setLong(2, memberId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public Set<Long> sharing(long serverId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT member_id FROM share_opt_ins WHERE server_id = ?")) {
                select.setLong(1, serverId);
                Set<Long> members = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        members.add(rows.getLong(1));
                    }
                }
                return members;
            }
        });
    }

    /** Opts the member in or out; returns whether that changed anything. */
    public boolean setSharing(long serverId, long memberId, boolean sharing) {
        return store.inTransaction(connection -> {
            String sql = sharing
                    ? "INSERT INTO share_opt_ins (server_id, member_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                    : "DELETE FROM share_opt_ins WHERE server_id = ? AND member_id = ?";
            try (PreparedStatement change = connection.prepareStatement(sql)) {
                change.setLong(1, serverId);
                change.setLong(2, memberId);
                if (sharing) {
                    change.setLong(3, clock.millis());
                }
                return change.executeUpdate() > 0;
            }
        });
    }
}
