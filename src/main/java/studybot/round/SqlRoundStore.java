package studybot.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import studybot.store.Dialect;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * {@link RoundStore} over JDBC, in SQL that SQLite and PostgreSQL both run (schema: {@code db/round/<dialect>/}), for
 * one process: its rounds are those whose {@code process_id} is its {@code owner}. Times are epoch milliseconds; card
 * ids are stored joined by commas (they are letters and digits only).
 */
public final class SqlRoundStore implements RoundStore {

    private static final String COLUMNS = "channel_id, started_at, server_id, starter_id, card_ids, seconds, source,"
            + " question, phase, message_id, asked_at, deadline_at, next_at, silent, stopped_by, end_reason";
    private static final String ANSWER_COLUMNS = "question, member_id, choice, correct, took_millis, answered_at";
    private static final String NOT_ENDED = "phase <> 'ended'";

    /** Not ended, and held by no process: let go of, or not renewed in time. */
    private static final String OWNERLESS = NOT_ENDED + " AND (owned_until IS NULL OR owned_until < ?)";

    private final Store store;
    private final String owner;

    /** @param owner this process, as its rounds' rows name it (a process's own, never another's) */
    public SqlRoundStore(Store store, String owner) {
        this.store = store;
        this.owner = owner;
    }

    @Override
    public Begin begin(Round round, int maxPerServer, Duration cooldown, Instant ownedUntil) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            if (store.dialect() == Dialect.POSTGRESQL) {
                lockServer(sql, round.serverId());
            }
            if (sql.query(
                            "SELECT " + COLUMNS + " FROM rounds WHERE channel_id = ? AND " + NOT_ENDED,
                            round.key().channelId())
                    .optional(SqlRoundStore::round)
                    .isPresent()) {
                return new Begin.RunningHere();
            }
            int running = sql.query(
                            "SELECT COUNT(*) FROM rounds WHERE server_id = ? AND " + NOT_ENDED, round.serverId())
                    .one(row -> row.getInt(1));
            if (running >= maxPerServer) {
                return new Begin.ServerFull(running);
            }
            OptionalLong lastEnded = sql.query(
                            "SELECT MAX(ended_at) FROM rounds WHERE channel_id = ? AND phase = 'ended'",
                            round.key().channelId())
                    .one(row -> Sql.optionalLong(row, 1));
            if (lastEnded.isPresent()) {
                Instant until = Instant.ofEpochMilli(lastEnded.getAsLong()).plus(cooldown);
                if (round.key().started().isBefore(until)) {
                    return new Begin.CoolingDown(until);
                }
            }
            int inserted = sql.update(
                    "INSERT INTO rounds (" + COLUMNS + ", process_id, owned_until)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    columns(round, ownedUntil));
            return inserted == 1 ? new Begin.Started() : new Begin.RunningHere();
        });
    }

    @Override
    public Optional<Round> running(long channelId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM rounds WHERE channel_id = ? AND " + NOT_ENDED, channelId)
                .optional(SqlRoundStore::round));
    }

    @Override
    public Optional<Round> find(RoundKey key) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + COLUMNS + " FROM rounds WHERE channel_id = ? AND started_at = ?",
                        key.channelId(),
                        key.started().toEpochMilli())
                .optional(SqlRoundStore::round));
    }

    @Override
    public List<Round> unfinished() {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM rounds WHERE " + NOT_ENDED + " ORDER BY next_at, channel_id")
                .list(SqlRoundStore::round));
    }

    @Override
    public List<Round> due(Instant now) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + COLUMNS + " FROM rounds WHERE " + NOT_ENDED
                                + " AND process_id = ? AND next_at <= ? ORDER BY next_at, channel_id",
                        owner,
                        now.toEpochMilli())
                .list(SqlRoundStore::round));
    }

    @Override
    public List<Round> ownerless(Instant now) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + COLUMNS + " FROM rounds WHERE " + OWNERLESS + " ORDER BY next_at, channel_id",
                        now.toEpochMilli())
                .list(SqlRoundStore::round));
    }

    @Override
    public boolean takeOver(RoundKey key, Instant now, Instant ownedUntil) {
        return store.inTransaction(connection -> Sql.on(connection)
                        .update(
                                "UPDATE rounds SET process_id = ?, owned_until = ?"
                                        + " WHERE channel_id = ? AND started_at = ? AND " + OWNERLESS,
                                owner,
                                ownedUntil.toEpochMilli(),
                                key.channelId(),
                                key.started().toEpochMilli(),
                                now.toEpochMilli()))
                == 1;
    }

    @Override
    public void renew(Instant ownedUntil) {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "UPDATE rounds SET owned_until = ? WHERE process_id = ? AND " + NOT_ENDED,
                        ownedUntil.toEpochMilli(),
                        owner));
    }

    @Override
    public void release() {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "UPDATE rounds SET process_id = NULL, owned_until = NULL WHERE process_id = ? AND " + NOT_ENDED,
                        owner));
    }

    @Override
    public boolean advance(Round from, Round to) {
        return store.inTransaction(connection -> Sql.on(connection)
                        .update(
                                "UPDATE rounds SET question = ?, phase = ?,"
                                        + " message_id = ?, asked_at = ?, deadline_at = ?, next_at = ?, silent = ?,"
                                        + " end_reason = ?, ended_at = ?"
                                        + " WHERE channel_id = ? AND started_at = ? AND question = ? AND phase = ?"
                                        + " AND process_id = ?",
                                to.question(),
                                to.phase().stored(),
                                to.messageId(),
                                millis(to.askedAt()),
                                millis(to.deadline()),
                                to.nextAt().toEpochMilli(),
                                to.silent(),
                                endReason(to),
                                to.phase() == Phase.ENDED && !to.askedNothing()
                                        ? OptionalLong.of(to.nextAt().toEpochMilli())
                                        : OptionalLong.empty(),
                                from.key().channelId(),
                                from.key().started().toEpochMilli(),
                                from.question(),
                                from.phase().stored(),
                                owner))
                == 1;
    }

    @Override
    public boolean requestStop(RoundKey key, long memberId, Instant now) {
        return store.inTransaction(connection -> Sql.on(connection)
                        .update(
                                "UPDATE rounds SET stopped_by = ?, next_at = ?"
                                        + " WHERE channel_id = ? AND started_at = ? AND stopped_by IS NULL"
                                        + " AND phase IN ('waiting', 'open')",
                                memberId,
                                now.toEpochMilli(),
                                key.channelId(),
                                key.started().toEpochMilli()))
                == 1;
    }

    @Override
    public boolean addAnswer(RoundKey key, RoundAnswer answer) {
        return store.inTransaction(connection -> Sql.on(connection)
                        .update(
                                "INSERT INTO round_answers (channel_id, started_at, " + ANSWER_COLUMNS
                                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                key.channelId(),
                                key.started().toEpochMilli(),
                                answer.question(),
                                answer.memberId(),
                                answer.choice(),
                                answer.correct(),
                                answer.took().toMillis(),
                                answer.answeredAt().toEpochMilli()))
                == 1;
    }

    @Override
    public Optional<RoundAnswer> answer(RoundKey key, int question, long memberId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + ANSWER_COLUMNS + " FROM round_answers"
                                + " WHERE channel_id = ? AND started_at = ? AND question = ? AND member_id = ?",
                        key.channelId(),
                        key.started().toEpochMilli(),
                        question,
                        memberId)
                .optional(SqlRoundStore::answer));
    }

    @Override
    public int answerCount(RoundKey key, int question) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT COUNT(*) FROM round_answers WHERE channel_id = ? AND started_at = ? AND question = ?",
                        key.channelId(),
                        key.started().toEpochMilli(),
                        question)
                .one(row -> row.getInt(1)));
    }

    @Override
    public List<RoundAnswer> answers(RoundKey key) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + ANSWER_COLUMNS + " FROM round_answers WHERE channel_id = ? AND started_at = ?"
                                + " ORDER BY question, answered_at, member_id",
                        key.channelId(),
                        key.started().toEpochMilli())
                .list(SqlRoundStore::answer));
    }

    @Override
    public void discardAnswers(RoundKey key, int question) {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "DELETE FROM round_answers WHERE channel_id = ? AND started_at = ? AND question = ?",
                        key.channelId(),
                        key.started().toEpochMilli(),
                        question));
    }

    @Override
    public RoundAccess access(long serverId) {
        return store.inTransaction(connection -> access(Sql.on(connection), serverId, ""));
    }

    @Override
    public RoundAccess changeAccess(long serverId, UnaryOperator<RoundAccess> change) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            RoundAccess changed =
                    change.apply(access(sql, serverId, store.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : ""));
            sql.update(
                    "INSERT INTO round_settings (server_id, managers_only, channel_ids) VALUES (?, ?, ?)"
                            + " ON CONFLICT (server_id) DO UPDATE SET"
                            + " managers_only = excluded.managers_only, channel_ids = excluded.channel_ids",
                    serverId,
                    changed.managersOnly(),
                    changed.channels().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
            return changed;
        });
    }

    /**
     * Holds the server's settings row (made with the defaults if it has none) until the transaction ends, so starts in
     * the server's channels count its running rounds one after another: PostgreSQL runs them side by side, and two
     * counting at once would both start a round past the limit. SQLite runs one writing transaction at a time anyway.
     */
    private static void lockServer(Sql sql, long serverId) throws SQLException {
        sql.update(
                "INSERT INTO round_settings (server_id, managers_only, channel_ids) VALUES (?, ?, '')"
                        + " ON CONFLICT (server_id) DO NOTHING",
                serverId,
                RoundAccess.ANYONE_ANYWHERE.managersOnly());
        sql.query("SELECT server_id FROM round_settings WHERE server_id = ? FOR UPDATE", serverId)
                .optional(row -> row.getLong(1));
    }

    /** @param lock {@code " FOR UPDATE"} to hold the row until the transaction ends (PostgreSQL), or empty */
    private static RoundAccess access(Sql sql, long serverId, String lock) throws SQLException {
        return sql.query("SELECT managers_only, channel_ids FROM round_settings WHERE server_id = ?" + lock, serverId)
                .optional(row -> {
                    String channels = row.getString("channel_ids");
                    return new RoundAccess(
                            row.getBoolean("managers_only"),
                            channels.isEmpty()
                                    ? Set.of()
                                    : Arrays.stream(channels.split(","))
                                            .map(Long::valueOf)
                                            .collect(Collectors.toSet()));
                })
                .orElse(RoundAccess.ANYONE_ANYWHERE);
    }

    /** The parameters of a new rounds row, in the order of {@link #COLUMNS}, then its owner and until when. */
    private Object[] columns(Round round, Instant ownedUntil) {
        return new Object[] {
            round.key().channelId(),
            round.key().started().toEpochMilli(),
            round.serverId(),
            round.starterId(),
            String.join(",", round.cardIds()),
            round.seconds(),
            round.source(),
            round.question(),
            round.phase().stored(),
            round.messageId(),
            millis(round.askedAt()),
            millis(round.deadline()),
            round.nextAt().toEpochMilli(),
            round.silent(),
            round.stoppedBy(),
            endReason(round),
            owner,
            ownedUntil.toEpochMilli()
        };
    }

    private static OptionalLong millis(Optional<Instant> at) {
        return at.map(instant -> OptionalLong.of(instant.toEpochMilli())).orElse(OptionalLong.empty());
    }

    private static Object endReason(Round round) {
        return Sql.orNull(round.endReason().map(EndReason::stored), Types.VARCHAR);
    }

    private static Round round(ResultSet row) throws SQLException {
        String reason = row.getString("end_reason");
        return new Round(
                new RoundKey(row.getLong("channel_id"), Instant.ofEpochMilli(row.getLong("started_at"))),
                row.getLong("server_id"),
                row.getLong("starter_id"),
                Arrays.asList(row.getString("card_ids").split(",")),
                row.getInt("seconds"),
                row.getString("source"),
                row.getInt("question"),
                Phase.ofStored(row.getString("phase")),
                Sql.optionalLong(row, "message_id"),
                optionalInstant(row, "asked_at"),
                optionalInstant(row, "deadline_at"),
                Instant.ofEpochMilli(row.getLong("next_at")),
                row.getInt("silent"),
                Sql.optionalLong(row, "stopped_by"),
                reason == null ? Optional.empty() : Optional.of(EndReason.ofStored(reason)));
    }

    private static RoundAnswer answer(ResultSet row) throws SQLException {
        return new RoundAnswer(
                row.getInt("question"),
                row.getLong("member_id"),
                row.getInt("choice"),
                row.getBoolean("correct"),
                Duration.ofMillis(row.getLong("took_millis")),
                Instant.ofEpochMilli(row.getLong("answered_at")));
    }

    private static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        OptionalLong millis = Sql.optionalLong(row, column);
        return millis.isPresent() ? Optional.of(Instant.ofEpochMilli(millis.getAsLong())) : Optional.empty();
    }
}
