package studybot.remind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studybot.command.Place;
import studybot.posting.Nonces;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * The reminder tables through JDBC, in SQL that SQLite and PostgreSQL both accept ({@code ON CONFLICT} upserts,
 * {@code TRUE}/{@code FALSE} flags, instants as epoch milliseconds).
 */
public final class SqlReminderStore implements ReminderStore {

    private static final String COLUMNS = "member_id, place_kind, place_id, remind_time, zone_id, locale, status,"
            + " dm_channel_id, active_since, snoozes, snoozed_until, idle_notice, revision";
    private static final String SEND_COLUMNS =
            "member_id, local_date, snooze, nonce, attempts, next_attempt_at, message_id, outcome";

    private final Store database;

    public SqlReminderStore(Store database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<Reminder> find(long memberId) {
        return database.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM reminders WHERE member_id = ?", memberId)
                .optional(SqlReminderStore::reminder));
    }

    @Override
    public List<Reminder> active() {
        return database.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM reminders WHERE status = ? ORDER BY member_id", "ON")
                .list(SqlReminderStore::reminder));
    }

    @Override
    public Reminder turnOn(long memberId, Place place, LocalTime time, ZoneId zone, Locale locale, Instant now) {
        String upsert = """
                INSERT INTO reminders
                    (member_id, place_kind, place_id, remind_time, zone_id, locale, status, active_since, revision,
                     updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'ON', ?, 1, ?)
                ON CONFLICT (member_id) DO UPDATE SET
                    place_kind = excluded.place_kind, place_id = excluded.place_id,
                    remind_time = excluded.remind_time, zone_id = excluded.zone_id, locale = excluded.locale,
                    status = 'ON',
                    active_since = excluded.active_since, snoozed_until = NULL, idle_notice = FALSE,
                    revision = reminders.revision + 1, updated_at = excluded.updated_at""";
        return database.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            sql.update(
                    upsert,
                    memberId,
                    place.kind().name(),
                    place.id(),
                    time.toString(),
                    zone.getId(),
                    locale.toLanguageTag(),
                    now.toEpochMilli(),
                    now.toEpochMilli());
            return sql.query("SELECT " + COLUMNS + " FROM reminders WHERE member_id = ?", memberId)
                    .one(SqlReminderStore::reminder);
        });
    }

    @Override
    public boolean setStatus(long memberId, ReminderStatus status, Instant now) {
        String update = """
                UPDATE reminders SET status = ?, snoozed_until = NULL, revision = revision + 1, updated_at = ?
                WHERE member_id = ?""";
        return database.inTransaction(
                connection -> Sql.on(connection).update(update, status.name(), now.toEpochMilli(), memberId) == 1);
    }

    @Override
    public boolean stop(long memberId, long revision, ReminderStatus status, boolean idleNotice, Instant now) {
        String update = """
                UPDATE reminders SET status = ?, idle_notice = ?, snoozed_until = NULL, revision = revision + 1,
                    updated_at = ?
                WHERE member_id = ? AND revision = ? AND status = 'ON'""";
        return database.inTransaction(connection ->
                Sql.on(connection).update(update, status.name(), idleNotice, now.toEpochMilli(), memberId, revision)
                        == 1);
    }

    @Override
    public void keepDmChannel(long memberId, long channelId) {
        database.inTransaction(connection -> Sql.on(connection)
                .update("UPDATE reminders SET dm_channel_id = ? WHERE member_id = ?", channelId, memberId));
    }

    @Override
    public Optional<Integer> snooze(long memberId, Instant until, Instant now) {
        String update = """
                UPDATE reminders SET snoozes = snoozes + 1, snoozed_until = ?, updated_at = ?
                WHERE member_id = ? AND status = 'ON'
                RETURNING snoozes""";
        return database.inTransaction(connection -> Sql.on(connection)
                .query(update, until.toEpochMilli(), now.toEpochMilli(), memberId)
                .optional(row -> row.getInt(1)));
    }

    @Override
    public boolean takeIdleNotice(long memberId) {
        return database.inTransaction(connection -> Sql.on(connection)
                        .update(
                                "UPDATE reminders SET idle_notice = FALSE WHERE member_id = ? AND idle_notice = TRUE",
                                memberId)
                == 1);
    }

    @Override
    public Map<Long, List<ReminderSend>> recentOrOpenSends(LocalDate since) {
        List<ReminderSend> sends = database.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + SEND_COLUMNS + " FROM reminder_sends WHERE local_date >= ? OR outcome IS NULL"
                                + " ORDER BY member_id, local_date, snooze",
                        since.toString())
                .list(SqlReminderStore::send));
        Map<Long, List<ReminderSend>> byMember = new LinkedHashMap<>();
        for (ReminderSend send : sends) {
            byMember.computeIfAbsent(send.memberId(), member -> new ArrayList<>())
                    .add(send);
        }
        return byMember;
    }

    @Override
    public List<ReminderSend> claim(List<Claim> claims, Instant now, Instant claimedUntil) {
        String insert = """
                INSERT INTO reminder_sends (member_id, local_date, snooze, nonce, next_attempt_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (member_id, local_date, snooze) DO NOTHING""";
        String takeOver = """
                UPDATE reminder_sends SET next_attempt_at = ?
                WHERE member_id = ? AND local_date = ? AND snooze = ? AND outcome IS NULL AND next_attempt_at <= ?""";
        return database.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            List<ReminderSend> won = new ArrayList<>();
            for (Claim claim : claims) {
                String date = claim.date().toString();
                boolean mine = claim.resumed()
                        ? sql.update(
                                        takeOver,
                                        claimedUntil.toEpochMilli(),
                                        claim.memberId(),
                                        date,
                                        claim.snooze(),
                                        now.toEpochMilli())
                                == 1
                        : sql.update(
                                        insert,
                                        claim.memberId(),
                                        date,
                                        claim.snooze(),
                                        Nonces.reminder(claim.memberId(), claim.date(), claim.snooze()),
                                        claimedUntil.toEpochMilli())
                                == 1;
                if (mine) {
                    won.add(sql.query(
                                    "SELECT " + SEND_COLUMNS + " FROM reminder_sends"
                                            + " WHERE member_id = ? AND local_date = ? AND snooze = ?",
                                    claim.memberId(),
                                    date,
                                    claim.snooze())
                            .one(SqlReminderStore::send));
                }
            }
            return won;
        });
    }

    @Override
    public void recordSent(List<Sent> sent) {
        if (sent.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> Sql.on(connection)
                .updateEach(
                        """
                        UPDATE reminder_sends SET message_id = ?, outcome = 'SENT', attempts = attempts + 1,
                            last_error = NULL
                        WHERE member_id = ? AND local_date = ? AND snooze = ?""",
                        sent,
                        dm -> List.of(dm.messageId(), dm.memberId(), dm.date().toString(), dm.snooze())));
    }

    @Override
    public void finish(long memberId, LocalDate date, int snooze, ReminderSend.Outcome outcome, String why) {
        String update = """
                UPDATE reminder_sends SET outcome = ?, last_error = ?, attempts = attempts + 1
                WHERE member_id = ? AND local_date = ? AND snooze = ? AND outcome IS NULL""";
        database.inTransaction(connection ->
                Sql.on(connection).update(update, outcome.name(), why, memberId, date.toString(), snooze));
    }

    @Override
    public void recordFailure(long memberId, LocalDate date, int snooze, String error, Instant nextAttemptAt) {
        String update = """
                UPDATE reminder_sends SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                WHERE member_id = ? AND local_date = ? AND snooze = ?""";
        database.inTransaction(connection -> Sql.on(connection)
                .update(update, error, nextAttemptAt.toEpochMilli(), memberId, date.toString(), snooze));
    }

    @Override
    public int giveUpBefore(long memberId, LocalDate today) {
        String update = """
                UPDATE reminder_sends SET outcome = 'MISSED'
                WHERE member_id = ? AND local_date < ? AND outcome IS NULL""";
        return database.inTransaction(connection -> Sql.on(connection).update(update, memberId, today.toString()));
    }

    @Override
    public Optional<ReminderSend> lastSent(long memberId) {
        return database.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + SEND_COLUMNS + " FROM reminder_sends WHERE member_id = ? AND outcome = 'SENT'"
                                + " ORDER BY local_date DESC, snooze DESC",
                        memberId)
                .optional(SqlReminderStore::send));
    }

    private static Reminder reminder(ResultSet row) throws SQLException {
        long snoozedUntil = row.getLong("snoozed_until");
        Optional<Instant> snoozed = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(snoozedUntil));
        return new Reminder(
                row.getLong("member_id"),
                new Place(Place.Kind.valueOf(row.getString("place_kind")), row.getLong("place_id")),
                LocalTime.parse(row.getString("remind_time")),
                ZoneId.of(row.getString("zone_id")),
                Locale.forLanguageTag(row.getString("locale")),
                ReminderStatus.valueOf(row.getString("status")),
                Sql.optionalLong(row, "dm_channel_id"),
                Instant.ofEpochMilli(row.getLong("active_since")),
                row.getInt("snoozes"),
                snoozed,
                row.getBoolean("idle_notice"),
                row.getLong("revision"));
    }

    private static ReminderSend send(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        return new ReminderSend(
                row.getLong("member_id"),
                LocalDate.parse(row.getString("local_date")),
                row.getInt("snooze"),
                row.getString("nonce"),
                row.getInt("attempts"),
                Instant.ofEpochMilli(row.getLong("next_attempt_at")),
                Sql.optionalLong(row, "message_id"),
                Optional.ofNullable(outcome).map(ReminderSend.Outcome::valueOf));
    }
}
