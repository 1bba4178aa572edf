package studybot.dailytips;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.library.SectionNumber;
import studybot.posting.Nonces;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.StoreException;
import studybot.tip.Tip;

/**
 * The daily-tip tables through JDBC, in SQL that SQLite and PostgreSQL both accept: {@code ON CONFLICT} upserts,
 * {@code TRUE}/{@code FALSE} for flags, ids and instants bound as longs.
 */
final class SqlDailyTipStore implements DailyTipStore {

    private static final String SERVER_COLUMNS =
            "server_id, channel_id, post_time, zone_id, enabled, revision, updated_at, paused_code, paused_channel_id";
    private static final String POST_COLUMNS = "server_id, local_date, nonce, tip_id, tip_text, section, attempts, "
            + "next_attempt_at, last_error, channel_id, message_id, missed, question_id";

    private final Store database;
    private final TipRotation rotation;

    SqlDailyTipStore(Store database, TipRotation rotation) {
        this.database = database;
        this.rotation = rotation;
    }

    @Override
    public Optional<ServerEntry> server(long serverId) {
        return database.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + SERVER_COLUMNS + " FROM daily_tip_settings WHERE server_id = ?", serverId)
                .optional(SqlDailyTipStore::serverEntry));
    }

    @Override
    public List<ServerEntry> servers() {
        return database.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + SERVER_COLUMNS + " FROM daily_tip_settings ORDER BY server_id")
                .list(SqlDailyTipStore::serverEntry));
    }

    @Override
    public Optional<DailyTipSettings> changeSettings(long serverId, SettingsChange change, Instant now) {
        String update = """
                UPDATE daily_tip_settings SET
                    channel_id = COALESCE(?, channel_id), post_time = COALESCE(?, post_time),
                    zone_id = COALESCE(?, zone_id), enabled = COALESCE(?, enabled),
                    revision = revision + 1, updated_at = ?, paused_code = NULL, paused_channel_id = NULL,
                    paused_at = NULL
                WHERE server_id = ?""";
        return database.inSharedTransaction(connection -> {
            Sql sql = Sql.on(connection);
            Optional<DailyTipSettings> complete = change.complete();
            int updated = sql.update(
                    update,
                    change.channelId(),
                    Sql.orNull(change.postTime().map(PostTimeFormat::format), Types.VARCHAR),
                    Sql.orNull(change.zone().map(ZoneId::getId), Types.VARCHAR),
                    Sql.orNull(change.enabled(), Types.BOOLEAN),
                    now.toEpochMilli(),
                    serverId);
            if (updated == 1) {
                return Optional.of(
                        sql.query("SELECT " + SERVER_COLUMNS + " FROM daily_tip_settings WHERE server_id = ?", serverId)
                                .one(SqlDailyTipStore::serverEntry)
                                .settings());
            }
            if (complete.isEmpty()) {
                return Optional.<DailyTipSettings>empty();
            }
            DailyTipSettings settings = complete.get();
            sql.update(
                    """
                    INSERT INTO daily_tip_settings
                        (server_id, channel_id, post_time, zone_id, enabled, revision, updated_at)
                    VALUES (?, ?, ?, ?, ?, 1, ?)""",
                    serverId,
                    settings.channelId(),
                    PostTimeFormat.format(settings.postTime()),
                    settings.zone().getId(),
                    settings.enabled(),
                    now.toEpochMilli());
            return Optional.of(settings);
        });
    }

    /** Forgets everything about a server. */
    @Override
    public void removeServer(long serverId) {
        database.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            for (String table : List.of("daily_tip_settings", "daily_tip_posts")) {
                sql.update("DELETE FROM " + table + " WHERE server_id = ?", serverId);
            }
            rotation.forget(sql, serverId);
            return null;
        });
    }

    /**
     * Pauses the server's tips unless its settings changed since {@code revision} was read.
     *
     * @return whether the pause was recorded
     */
    @Override
    public boolean pause(long serverId, long revision, PauseReason reason, Instant now) {
        String update = """
                UPDATE daily_tip_settings SET paused_code = ?, paused_channel_id = ?, paused_at = ?
                WHERE server_id = ? AND revision = ?""";
        return database.inTransaction(connection -> Sql.on(connection)
                        .update(
                                update,
                                reason.cause().name(),
                                reason.channelId(),
                                now.toEpochMilli(),
                                serverId,
                                revision))
                == 1;
    }

    @Override
    public int pausedServers() {
        return database.inTransaction(connection -> Sql.on(connection)
                .query("SELECT count(*) FROM daily_tip_settings WHERE paused_code IS NOT NULL")
                .one(row -> row.getInt(1)));
    }

    @Override
    public Optional<DailyPost> post(long serverId, LocalDate date) {
        return database.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + POST_COLUMNS + " FROM daily_tip_posts WHERE server_id = ? AND local_date = ?",
                        serverId,
                        date.toString())
                .optional(SqlDailyTipStore::dailyPost));
    }

    @Override
    public Optional<DailyPost> lastSent(long serverId) {
        return database.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + POST_COLUMNS
                                + " FROM daily_tip_posts WHERE server_id = ? AND message_id IS NOT NULL"
                                + " ORDER BY local_date DESC LIMIT 1",
                        serverId)
                .optional(SqlDailyTipStore::dailyPost));
    }

    /**
     * Marks in-flight posts for dates before {@code today} as missed: a tip is never posted on a later day.
     *
     * @return the posts given up on
     */
    @Override
    public List<DailyPost> giveUpBefore(long serverId, LocalDate today) {
        return database.inTransaction(connection -> Sql.on(connection)
                .query(
                        "UPDATE daily_tip_posts SET missed = TRUE"
                                + " WHERE server_id = ? AND local_date < ? AND message_id IS NULL AND missed = FALSE"
                                + " RETURNING " + POST_COLUMNS,
                        serverId,
                        today.toString())
                .list(SqlDailyTipStore::dailyPost));
    }

    @Override
    public Map<Long, List<DailyPost>> recentOrOpenPosts(LocalDate since) {
        return database.inTransaction(connection -> {
            Map<Long, List<DailyPost>> posts = new HashMap<>();
            Sql.on(connection)
                    .query(
                            "SELECT " + POST_COLUMNS + " FROM daily_tip_posts"
                                    + " WHERE local_date >= ? OR (message_id IS NULL AND missed = FALSE)",
                            since.toString())
                    .list(SqlDailyTipStore::dailyPost)
                    .forEach(post -> posts.computeIfAbsent(post.serverId(), id -> new ArrayList<>())
                            .add(post));
            return posts;
        });
    }

    /**
     * {@inheritDoc} Inserting first also takes the store's write lock before anything is read, so racing processes wait
     * for each other rather than fail.
     */
    @Override
    public List<DailyPost> claim(List<Claim> claims, Instant now, Instant claimedUntil) {
        return database.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            List<DailyPost> won = new ArrayList<>();
            for (Claim claim : claims) {
                if (claim.resumed().isPresent()) {
                    if (takeOver(sql, claim.serverId(), claim.date(), now, claimedUntil)) {
                        DailyPost post = claim.resumed().get();
                        won.add(new DailyPost(
                                post.serverId(),
                                post.date(),
                                post.nonce(),
                                post.tip(),
                                post.attempts(),
                                claimedUntil,
                                post.lastError(),
                                post.channelId(),
                                post.messageId(),
                                post.missed(),
                                post.questionId()));
                    }
                } else if (!claim.deck().isEmpty() || claim.digestDue()) {
                    insertIntent(sql, claim, now, claimedUntil).ifPresent(won::add);
                }
            }
            return won;
        });
    }

    /**
     * Inserts a new post's row and decides its tip: the rotation's next among the claim's {@code preferred} tips
     * (today's reading's) when there are any, else among its whole deck; the tip leaves the whole deck's rotation. Then
     * the question of the day that goes with that tip. From an empty deck (a due digest) the row keeps no tip
     * ({@code ''} in its tip columns) and no question.
     */
    private Optional<DailyPost> insertIntent(Sql sql, Claim claim, Instant now, Instant claimedUntil)
            throws SQLException {
        long serverId = claim.serverId();
        List<Tip> deck = claim.deck();
        LocalDate date = claim.date();
        List<Tip> preferred = claim.preferred();
        String nonce = Nonces.daily(serverId, date);
        String insert = """
                INSERT INTO daily_tip_posts
                    (server_id, local_date, nonce, tip_id, tip_text, section, intended_at, next_attempt_at)
                VALUES (?, ?, ?, '', '', '', ?, ?)
                ON CONFLICT (server_id, local_date) DO NOTHING""";
        int inserted =
                sql.update(insert, serverId, date.toString(), nonce, now.toEpochMilli(), claimedUntil.toEpochMilli());
        if (inserted == 0) {
            return Optional.empty();
        }
        if (deck.isEmpty()) {
            return Optional.of(intent(serverId, date, nonce, Optional.empty(), claimedUntil, Optional.empty()));
        }
        Tip tip = rotation.peek(sql, serverId, preferred.isEmpty() ? deck : preferred)
                .orElseThrow();
        Optional<String> questionId = claim.questionFor().apply(tip);
        sql.update(
                """
                UPDATE daily_tip_posts SET tip_id = ?, tip_text = ?, section = ?, question_id = ?
                WHERE server_id = ? AND local_date = ?""",
                tip.id(),
                tip.text(),
                tip.source().toString(),
                Sql.orNull(questionId, Types.VARCHAR),
                serverId,
                date.toString());
        rotation.markShown(sql, serverId, tip, deck);
        return Optional.of(intent(serverId, date, nonce, Optional.of(tip), claimedUntil, questionId));
    }

    /** A post just claimed, not yet attempted. */
    private static DailyPost intent(
            long serverId,
            LocalDate date,
            String nonce,
            Optional<Tip> tip,
            Instant claimedUntil,
            Optional<String> questionId) {
        return new DailyPost(
                serverId,
                date,
                nonce,
                tip,
                0,
                claimedUntil,
                Optional.empty(),
                OptionalLong.empty(),
                OptionalLong.empty(),
                false,
                questionId);
    }

    private static boolean takeOver(Sql sql, long serverId, LocalDate date, Instant now, Instant claimedUntil)
            throws SQLException {
        String update = """
                UPDATE daily_tip_posts SET next_attempt_at = ?
                WHERE server_id = ? AND local_date = ? AND message_id IS NULL AND missed = FALSE
                  AND next_attempt_at <= ?""";
        return sql.update(update, claimedUntil.toEpochMilli(), serverId, date.toString(), now.toEpochMilli()) == 1;
    }

    @Override
    public void recordSent(List<SentPost> sent) {
        if (sent.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> Sql.on(connection)
                .updateEach(
                        """
                        UPDATE daily_tip_posts
                        SET channel_id = ?, message_id = ?, thread_id = ?, sent_at = ?, attempts = attempts + 1,
                            last_error = NULL
                        WHERE server_id = ? AND local_date = ?""",
                        sent,
                        post -> List.of(
                                post.channelId(),
                                post.message().messageId(),
                                post.threadId(),
                                post.at().toEpochMilli(),
                                post.serverId(),
                                post.date().toString())));
    }

    /** Records a failed attempt and when to try again. */
    @Override
    public void recordFailure(long serverId, LocalDate date, String error, Instant nextAttemptAt) {
        String update = """
                UPDATE daily_tip_posts SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                WHERE server_id = ? AND local_date = ?""";
        database.inTransaction(connection ->
                Sql.on(connection).update(update, error, nextAttemptAt.toEpochMilli(), serverId, date.toString()));
    }

    /** The tip "post one now" would show, without taking it from the rotation. */
    @Override
    public Optional<Tip> peekTip(long serverId, List<Tip> deck) {
        return database.inTransaction(connection -> rotation.peek(Sql.on(connection), serverId, deck));
    }

    /** Takes a tip shown by "post one now" out of the rotation so the daily post does not repeat it soon. */
    @Override
    public void markShown(long serverId, Tip tip, List<Tip> deck) {
        database.inTransaction(connection -> {
            rotation.markShown(Sql.on(connection), serverId, tip, deck);
            return null;
        });
    }

    private static ServerEntry serverEntry(ResultSet row) throws SQLException {
        DailyTipSettings settings = new DailyTipSettings(
                row.getLong("channel_id"),
                LocalTime.parse(row.getString("post_time")),
                ZoneId.of(row.getString("zone_id")),
                row.getBoolean("enabled"));
        return new ServerEntry(
                row.getLong("server_id"),
                settings,
                row.getLong("revision"),
                Instant.ofEpochMilli(row.getLong("updated_at")),
                pauseReason(row));
    }

    /** A pause's code and channel; a code this version does not know reads as the general "cannot post". */
    private static Optional<PauseReason> pauseReason(ResultSet row) throws SQLException {
        String code = row.getString("paused_code");
        if (code == null) {
            return Optional.empty();
        }
        PauseReason.Cause cause = Arrays.stream(PauseReason.Cause.values())
                .filter(known -> known.name().equals(code))
                .findFirst()
                .orElse(PauseReason.Cause.CANNOT_POST);
        return Optional.of(new PauseReason(cause, row.getLong("paused_channel_id")));
    }

    private static DailyPost dailyPost(ResultSet row) throws SQLException {
        return new DailyPost(
                row.getLong("server_id"),
                LocalDate.parse(row.getString("local_date")),
                row.getString("nonce"),
                tip(row),
                row.getInt("attempts"),
                Instant.ofEpochMilli(row.getLong("next_attempt_at")),
                Optional.ofNullable(row.getString("last_error")),
                Sql.optionalLong(row, "channel_id"),
                Sql.optionalLong(row, "message_id"),
                row.getBoolean("missed"),
                Optional.ofNullable(row.getString("question_id")));
    }

    /** The post's tip; none where its section is {@code ''}, as a digest from an empty deck keeps it. */
    private static Optional<Tip> tip(ResultSet row) throws SQLException {
        String section = row.getString("section");
        if (section.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tip(
                row.getString("tip_id"),
                row.getString("tip_text"),
                SectionNumber.parse(section)
                        .orElseThrow(() ->
                                new StoreException("daily_tip_posts holds a malformed section number: " + section))));
    }
}
