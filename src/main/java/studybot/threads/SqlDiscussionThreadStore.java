package studybot.threads;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studybot.library.SectionNumber;
import studybot.store.Store;
import studybot.store.StoreException;

/** The discussion tables through JDBC, in SQL that SQLite and PostgreSQL both accept. */
public final class SqlDiscussionThreadStore implements DiscussionThreadStore {

    private final Store database;

    /** @param database opened with {@link #MIGRATIONS} */
    public SqlDiscussionThreadStore(Store database) {
        this.database = database;
    }

    @Override
    public Optional<SectionThread> thread(long serverId, SectionNumber section) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT channel_id, thread_id, opened_at, on_demand FROM discussion_threads
                    WHERE server_id = ? AND section = ?""")) {
                select.setLong(1, serverId);
                select.setString(2, section.toString());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<SectionThread>empty();
                    }
                    return Optional.of(new SectionThread(
                            section,
                            row.getLong("channel_id"),
                            row.getLong("thread_id"),
                            Instant.ofEpochMilli(row.getLong("opened_at")),
                            row.getBoolean("on_demand")));
                }
            }
        });
    }

    @Override
    public void record(long serverId, List<SectionThread> threads) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO discussion_threads (server_id, section, channel_id, thread_id, opened_at, on_demand)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (server_id, section) DO UPDATE SET channel_id = excluded.channel_id,
                        thread_id = excluded.thread_id, opened_at = excluded.opened_at,
                        on_demand = excluded.on_demand""")) {
                for (SectionThread thread : threads) {
                    upsert.setLong(1, serverId);
                    upsert.setString(2, thread.section().toString());
                    upsert.setLong(3, thread.channelId());
                    upsert.setLong(4, thread.threadId());
                    upsert.setLong(5, thread.openedAt().toEpochMilli());
                    upsert.setBoolean(6, thread.onDemand());
                    upsert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void forget(long serverId, SectionNumber section) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM discussion_threads WHERE server_id = ? AND section = ?")) {
                delete.setLong(1, serverId);
                delete.setString(2, section.toString());
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int openedOnDemandSince(long serverId, Instant since) {
        return database.inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("""
                    SELECT count(*) FROM discussion_threads
                    WHERE server_id = ? AND on_demand = TRUE AND opened_at >= ?""")) {
                count.setLong(1, serverId);
                count.setLong(2, since.toEpochMilli());
                try (ResultSet row = count.executeQuery()) {
                    if (!row.next()) {
                        throw new StoreException("count(*) answered no row");
                    }
                    return row.getInt(1);
                }
            }
        });
    }

    @Override
    public boolean managersOnly(long serverId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT managers_only FROM discussion_settings WHERE server_id = ?")) {
                select.setLong(1, serverId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    @Override
    public void setManagersOnly(long serverId, boolean managersOnly) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO discussion_settings (server_id, managers_only) VALUES (?, ?)
                    ON CONFLICT (server_id) DO UPDATE SET managers_only = excluded.managers_only""")) {
                upsert.setLong(1, serverId);
                upsert.setBoolean(2, managersOnly);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
