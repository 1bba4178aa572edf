package studybot.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import studybot.library.SectionKey;
import studybot.library.SectionNumber;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.StoreException;

/**
 * {@link PlanStore} on the {@code reading_plans} table, in SQL that SQLite and PostgreSQL both run; each method is one
 * transaction.
 */
public final class SqlPlanStore implements PlanStore {

    private static final String COLUMNS = "server_id, start_section, pace_kind, pace_sections, pace_days, set_on, "
            + "anchor_section, reading_offset, count_from, state, anchor_key";

    private final Store store;

    public SqlPlanStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<ReadingPlan> find(long serverId, String book) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM reading_plans WHERE server_id = ? AND book_id = ?", serverId, book)
                .optional(SqlPlanStore::plan));
    }

    @Override
    public void save(long serverId, String book, ReadingPlan plan, Instant now) {
        String upsert = """
                INSERT INTO reading_plans (server_id, book_id, start_section, pace_kind, pace_sections, pace_days, set_on,
                    anchor_section, reading_offset, count_from, state, updated_at, anchor_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (server_id, book_id) DO UPDATE SET
                    start_section = excluded.start_section, pace_kind = excluded.pace_kind,
                    pace_sections = excluded.pace_sections, pace_days = excluded.pace_days,
                    set_on = excluded.set_on, anchor_section = excluded.anchor_section,
                    reading_offset = excluded.reading_offset, count_from = excluded.count_from,
                    state = excluded.state, updated_at = excluded.updated_at, anchor_key = excluded.anchor_key""";
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        upsert,
                        serverId,
                        book,
                        plan.start().toString(),
                        kind(plan.pace()),
                        sections(plan.pace()),
                        days(plan.pace().week().days()),
                        plan.setOn().toString(),
                        plan.anchor().toString(),
                        plan.offset(),
                        plan.countFrom().toString(),
                        plan.state().name(),
                        now.toEpochMilli(),
                        plan.anchorKey().map(SectionKey::toString).orElse("")));
    }

    @Override
    public void remove(long serverId, String book) {
        store.inTransaction(connection -> Sql.on(connection)
                .update("DELETE FROM reading_plans WHERE server_id = ? AND book_id = ?", serverId, book));
    }

    @Override
    public Set<String> books(long serverId) {
        return store.inTransaction(connection -> Set.copyOf(Sql.on(connection)
                .query("SELECT DISTINCT book_id FROM reading_plans WHERE server_id = ?", serverId)
                .list(row -> row.getString("book_id"))));
    }

    @Override
    public int assignBook(String book) {
        return store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "UPDATE reading_plans SET book_id = ? WHERE book_id = '' AND NOT EXISTS (SELECT 1 FROM"
                                + " reading_plans kept WHERE kept.server_id = reading_plans.server_id"
                                + " AND kept.book_id = ?)",
                        book,
                        book));
    }

    @Override
    public void removeServer(long serverId) {
        store.inTransaction(
                connection -> Sql.on(connection).update("DELETE FROM reading_plans WHERE server_id = ?", serverId));
    }

    private static String kind(Pace pace) {
        if (pace instanceof Pace.SectionsPerDay) {
            return "per-day";
        }
        return pace instanceof Pace.SectionsOnDays ? "on-days" : "chapter-per-week";
    }

    private static int sections(Pace pace) {
        if (pace instanceof Pace.SectionsPerDay perDay) {
            return perDay.sections();
        }
        return pace instanceof Pace.SectionsOnDays onDays ? onDays.sections() : 0;
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(","));
    }

    private static ReadingPlan plan(ResultSet row) throws SQLException {
        String kind = row.getString("pace_kind");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : row.getString("pace_days").split(",")) {
            days.add(DayOfWeek.of(Integer.parseInt(day)));
        }
        Pace pace = switch (kind) {
            case "per-day" -> new Pace.SectionsPerDay(row.getInt("pace_sections"));
            case "on-days" -> new Pace.SectionsOnDays(row.getInt("pace_sections"), new ReadingWeek(days));
            case "chapter-per-week" -> new Pace.ChapterPerWeek(days.iterator().next());
            default -> throw new StoreException("reading_plans holds an unknown pace: " + kind);
        };
        return new ReadingPlan(
                section(row, "start_section"),
                pace,
                LocalDate.parse(row.getString("set_on")),
                section(row, "anchor_section"),
                row.getLong("reading_offset"),
                LocalDate.parse(row.getString("count_from")),
                PlanState.valueOf(row.getString("state")),
                SectionKey.parse(row.getString("anchor_key")));
    }

    private static SectionNumber section(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return SectionNumber.parse(text)
                .orElseThrow(() -> new StoreException(
                        "reading_plans holds a malformed section number in " + column + ": " + text));
    }
}
