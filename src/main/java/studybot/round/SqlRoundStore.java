package studybot.round;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import studybot.store.Dialect;
import studybot.store.Store;

/**
 * {@link RoundStore} over JDBC, in SQL that SQLite and PostgreSQL both run (schema: {@code db/round/<dialect>/}). Times
 * are epoch milliseconds; card ids are stored joined by commas (they are letters and digits only).
 */
public final class SqlRoundStore implements RoundStore {

    private static final String COLUMNS = "channel_id, started_at, server_id, starter_id, card_ids, seconds, source,"
            + " question, phase, message_id, asked_at, deadline_at, next_at, silent, stopped_by, end_reason";
    private static final String ANSWER_COLUMNS = "question, member_id, choice, correct, took_millis, answered_at";
    private static final String NOT_ENDED = "phase <> 'ended'";

    private final Store store;

    public SqlRoundStore(Store store) {
        this.store = store;
    }

    @Override
    public Begin begin(Round round, int maxPerServer, Duration cooldown) {
        return store.inTransaction(connection -> {
            if (one(
                            connection,
                            "SELECT " + COLUMNS + " FROM rounds WHERE channel_id = ? AND " + NOT_ENDED,
                            round.key().channelId())
                    .isPresent()) {
                return new Begin.RunningHere();
            }
            int running = count(
                    connection, "SELECT COUNT(*) FROM rounds WHERE server_id = ? AND " + NOT_ENDED, round.serverId());
            if (running >= maxPerServer) {
                return new Begin.ServerFull(running);
            }
            OptionalLong lastEnded = lastEnded(connection, round.key().channelId());
            if (lastEnded.isPresent()) {
                Instant until = Instant.ofEpochMilli(lastEnded.getAsLong()).plus(cooldown);
                if (round.key().started().isBefore(until)) {
                    return new Begin.CoolingDown(until);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rounds (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                bind(insert, round);
                return insert.executeUpdate() == 1 ? new Begin.Started() : new Begin.RunningHere();
            }
        });
    }

    @Override
    public Optional<Round> running(long channelId) {
        return store.inTransaction(connection ->
                one(connection, "SELECT " + COLUMNS + " FROM rounds WHERE channel_id = ? AND " + NOT_ENDED, channelId));
    }

    @Override
    public Optional<Round> find(RoundKey key) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM rounds WHERE channel_id = ? AND started_at = ?")) {
                select.setLong(1, key.channelId());
                select.setLong(2, key.started().toEpochMilli());
                List<Round> found = rounds(select);
                return found.stream().findFirst();
            }
        });
    }

    @Override
    public List<Round> unfinished() {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM rounds WHERE " + NOT_ENDED + " ORDER BY next_at, channel_id")) {
                return rounds(select);
            }
        });
    }

    @Override
    public List<Round> due(Instant now) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM rounds WHERE "
                    + NOT_ENDED + " AND next_at <= ? ORDER BY next_at, channel_id")) {
                select.setLong(1, now.toEpochMilli());
                return rounds(select);
            }
        });
    }

    @Override
    public boolean advance(Round from, Round to) {
        return store.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE rounds SET question = ?, phase = ?,"
                    + " message_id = ?, asked_at = ?, deadline_at = ?, next_at = ?, silent = ?, end_reason = ?,"
                    + " ended_at = ? WHERE channel_id = ? AND started_at = ? AND question = ? AND phase = ?")) {
                update.setInt(1, to.question());
                update.setString(2, to.phase().stored());
                setLong(update, 3, to.messageId());
                setInstant(update, 4, to.askedAt());
                setInstant(update, 5, to.deadline());
                update.setLong(6, to.nextAt().toEpochMilli());
                update.setInt(7, to.silent());
                setText(update, 8, to.endReason().map(EndReason::stored));
                setInstant(update, 9, to.phase() == Phase.ENDED ? Optional.of(to.nextAt()) : Optional.empty());
                update.setLong(10, from.key().channelId());
                update.setLong(11, from.key().started().toEpochMilli());
                update.setInt(12, from.question());
                update.setString(13, from.phase().stored());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean requestStop(RoundKey key, long memberId, Instant now) {
        return store.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE rounds SET stopped_by = ?, next_at = ?"
                    + " WHERE channel_id = ? AND started_at = ? AND stopped_by IS NULL"
                    + " AND phase IN ('waiting', 'open')")) {
                update.setLong(1, memberId);
                update.setLong(2, now.toEpochMilli());
                update.setLong(3, key.channelId());
                update.setLong(4, key.started().toEpochMilli());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean addAnswer(RoundKey key, RoundAnswer answer) {
        return store.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO round_answers (channel_id,"
                    + " started_at, " + ANSWER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, key.channelId());
                insert.setLong(2, key.started().toEpochMilli());
                insert.setInt(3, answer.question());
                insert.setLong(4, answer.memberId());
                insert.setInt(5, answer.choice());
                insert.setBoolean(6, answer.correct());
                insert.setLong(7, answer.took().toMillis());
                insert.setLong(8, answer.answeredAt().toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<RoundAnswer> answer(RoundKey key, int question, long memberId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ANSWER_COLUMNS
                    + " FROM round_answers"
                    + " WHERE channel_id = ? AND started_at = ? AND question = ? AND member_id = ?")) {
                select.setLong(1, key.channelId());
                select.setLong(2, key.started().toEpochMilli());
                select.setInt(3, question);
                select.setLong(4, memberId);
                return answers(select).stream().findFirst();
            }
        });
    }

    @Override
    public int answerCount(RoundKey key, int question) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM round_answers"
                    + " WHERE channel_id = ? AND started_at = ? AND question = ?")) {
                select.setLong(1, key.channelId());
                select.setLong(2, key.started().toEpochMilli());
                select.setInt(3, question);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public List<RoundAnswer> answers(RoundKey key) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ANSWER_COLUMNS
                    + " FROM round_answers WHERE channel_id = ? AND started_at = ?"
                    + " ORDER BY question, answered_at, member_id")) {
                select.setLong(1, key.channelId());
                select.setLong(2, key.started().toEpochMilli());
                return answers(select);
            }
        });
    }

    @Override
    public RoundAccess access(long serverId) {
        return store.inTransaction(connection -> access(connection, serverId, ""));
    }

    @Override
    public RoundAccess changeAccess(long serverId, UnaryOperator<RoundAccess> change) {
        return store.inTransaction(connection -> {
            RoundAccess changed = change.apply(
                    access(connection, serverId, store.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : ""));
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO round_settings (server_id,"
                    + " managers_only, channel_ids) VALUES (?, ?, ?) ON CONFLICT (server_id) DO UPDATE SET"
                    + " managers_only = excluded.managers_only, channel_ids = excluded.channel_ids")) {
                upsert.setLong(1, serverId);
                upsert.setBoolean(2, changed.managersOnly());
                upsert.setString(
                        3,
                        changed.channels().stream()
                                .sorted()
                                .map(String::valueOf)
                                .collect(Collectors.joining(",")));
                upsert.executeUpdate();
            }
            return changed;
        });
    }

    /** @param lock {@code " FOR UPDATE"} to hold the row until the transaction ends (PostgreSQL), or empty */
    private static RoundAccess access(Connection connection, long serverId, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT managers_only, channel_ids FROM round_settings WHERE server_id = ?" + lock)) {
            select.setLong(1, serverId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return RoundAccess.ANYONE_ANYWHERE;
                }
                String channels = rows.getString("channel_ids");
                return new RoundAccess(
                        rows.getBoolean("managers_only"),
                        channels.isEmpty()
                                ? Set.of()
                                : Arrays.stream(channels.split(","))
                                        .map(Long::valueOf)
                                        .collect(Collectors.toSet()));
            }
        }
    }

    private static Optional<Round> one(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            return rounds(select).stream().findFirst();
        }
    }

    private static int count(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static OptionalLong lastEnded(Connection connection, long channelId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(ended_at) FROM rounds WHERE channel_id = ? AND phase = 'ended'")) {
            select.setLong(1, channelId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long ended = rows.getLong(1);
                return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(ended);
            }
        }
    }

    private static void bind(PreparedStatement insert, Round round) throws SQLException {
        insert.setLong(1, round.key().channelId());
        insert.setLong(2, round.key().started().toEpochMilli());
        insert.setLong(3, round.serverId());
        insert.setLong(4, round.starterId());
        insert.setString(5, String.join(",", round.cardIds()));
        insert.setInt(6, round.seconds());
        insert.setString(7, round.source());
        insert.setInt(8, round.question());
        insert.setString(9, round.phase().stored());
        setLong(insert, 10, round.messageId());
        setInstant(insert, 11, round.askedAt());
        setInstant(insert, 12, round.deadline());
        insert.setLong(13, round.nextAt().toEpochMilli());
        insert.setInt(14, round.silent());
        setLong(insert, 15, round.stoppedBy());
        setText(insert, 16, round.endReason().map(EndReason::stored));
    }

    private static List<Round> rounds(PreparedStatement select) throws SQLException {
        List<Round> rounds = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String reason = rows.getString("end_reason");
                rounds.add(new Round(
                        new RoundKey(rows.getLong("channel_id"), Instant.ofEpochMilli(rows.getLong("started_at"))),
                        rows.getLong("server_id"),
                        rows.getLong("starter_id"),
                        Arrays.asList(rows.getString("card_ids").split(",")),
                        rows.getInt("seconds"),
                        rows.getString("source"),
                        rows.getInt("question"),
                        Phase.ofStored(rows.getString("phase")),
                        optionalLong(rows, "message_id"),
                        optionalInstant(rows, "asked_at"),
                        optionalInstant(rows, "deadline_at"),
                        Instant.ofEpochMilli(rows.getLong("next_at")),
                        rows.getInt("silent"),
                        optionalLong(rows, "stopped_by"),
                        reason == null ? Optional.empty() : Optional.of(EndReason.ofStored(reason))));
            }
        }
        return rounds;
    }

    private static List<RoundAnswer> answers(PreparedStatement select) throws SQLException {
        List<RoundAnswer> answers = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                answers.add(new RoundAnswer(
                        rows.getInt("question"),
                        rows.getLong("member_id"),
                        rows.getInt("choice"),
                        rows.getBoolean("correct"),
                        Duration.ofMillis(rows.getLong("took_millis")),
                        Instant.ofEpochMilli(rows.getLong("answered_at"))));
            }
        }
        return answers;
    }

    private static OptionalLong optionalLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Optional<Instant> optionalInstant(ResultSet rows, String column) throws SQLException {
        OptionalLong millis = optionalLong(rows, column);
        return millis.isPresent() ? Optional.of(Instant.ofEpochMilli(millis.getAsLong())) : Optional.empty();
    }

    private static void setLong(PreparedStatement statement, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.getAsLong());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        setLong(
                statement,
                index,
                value.map(at -> OptionalLong.of(at.toEpochMilli())).orElse(OptionalLong.empty()));
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
