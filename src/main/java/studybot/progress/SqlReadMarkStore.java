package studybot.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studybot.command.Place;
import studybot.library.SectionNumber;
import studybot.store.Store;

/**
 * {@link ReadMarkStore} on the {@code read_marks} table, in SQL that SQLite and PostgreSQL both run; each method is one
 * transaction. A sub-section's number is its chapter and section columns plus its deeper parts in {@code subsection}
 * ({@code '1'} for 20.4.1, {@code ''} for 20.4).
 */
public final class SqlReadMarkStore implements ReadMarkStore {

    private final Store store;

    public SqlReadMarkStore(Store store) {
        this.store = store;
    }

    @Override
    public int mark(Place place, long memberId, Collection<SectionNumber> sections, Instant at) {
        return store.inTransaction(connection -> {
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO read_marks (place_kind, place_id, member_id, chapter, section, subsection, marked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (place_kind, place_id, member_id, chapter, section, subsection) DO NOTHING""")) {
                for (SectionNumber section : sections) {
                    bindMember(insert, place, memberId);
                    insert.setInt(4, section.chapter());
                    insert.setInt(5, section.section());
                    insert.setString(6, subsection(section));
                    insert.setLong(7, at.toEpochMilli());
                    added += insert.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public int unmark(Place place, long memberId, Collection<SectionNumber> sections) {
        return store.inTransaction(connection -> {
            int removed = 0;
            try (PreparedStatement delete = connection.prepareStatement("""
                    DELETE FROM read_marks
                    WHERE place_kind = ? AND place_id = ? AND member_id = ? AND chapter = ? AND section = ?
                      AND subsection = ?""")) {
                for (SectionNumber section : sections) {
                    bindMember(delete, place, memberId);
                    delete.setInt(4, section.chapter());
                    delete.setInt(5, section.section());
                    delete.setString(6, subsection(section));
                    removed += delete.executeUpdate();
                }
            }
            return removed;
        });
    }

    @Override
    public List<ReadMark> marks(Place place, long memberId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT chapter, section, subsection, marked_at FROM read_marks
                    WHERE place_kind = ? AND place_id = ? AND member_id = ?
                    ORDER BY marked_at, chapter, section, subsection""")) {
                bindMember(select, place, memberId);
                try (ResultSet rows = select.executeQuery()) {
                    List<ReadMark> marks = new ArrayList<>();
                    while (rows.next()) {
                        marks.add(mark(rows));
                    }
                    return marks;
                }
            }
        });
    }

    @Override
    public Map<Long, List<ReadMark>> marksByMember(Place place) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT member_id, chapter, section, subsection, marked_at FROM read_marks
                    WHERE place_kind = ? AND place_id = ?
                    ORDER BY member_id, marked_at, chapter, section, subsection""")) {
                bindPlace(select, place);
                try (ResultSet rows = select.executeQuery()) {
                    Map<Long, List<ReadMark>> byMember = new LinkedHashMap<>();
                    while (rows.next()) {
                        byMember.computeIfAbsent(rows.getLong("member_id"), id -> new ArrayList<>())
                                .add(mark(rows));
                    }
                    return byMember;
                }
            }
        });
    }

    @Override
    public int forgetMember(Place place, long memberId) {
        return store.inTransaction(connection -> delete(
                connection,
                "DELETE FROM read_marks WHERE place_kind = ? AND place_id = ? AND member_id = ?",
                place,
                memberId));
    }

    @Override
    public void forgetPlace(Place place) {
        store.inTransaction(connection ->
                delete(connection, "DELETE FROM read_marks WHERE place_kind = ? AND place_id = ?", place, null));
    }

    private static int delete(Connection connection, String sql, Place place, Long memberId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            if (memberId == null) {
                bindPlace(delete, place);
            } else {
                bindMember(delete, place, memberId);
            }
            return delete.executeUpdate();
        }
    }

    private static void bindPlace(PreparedStatement statement, Place place) throws SQLException {
        statement.setString(1, storedKind(place));
        statement.setLong(2, place.storageKey());
    }

    /**
     * The {@code place_kind} column: {@code DIRECT} for a member's own marks, else {@code SERVER} (the console's marks
     * are its local server's, id 0). These are the values stored before places were shared by every feature.
     */
    private static String storedKind(Place place) {
        return place.isPersonal() ? "DIRECT" : "SERVER";
    }

    private static void bindMember(PreparedStatement statement, Place place, long memberId) throws SQLException {
        bindPlace(statement, place);
        statement.setLong(3, memberId);
    }

    /** The parts of a sub-section's number after its section, dotted: {@code 1.2} for 20.4.1.2; empty for 20.4. */
    private static String subsection(SectionNumber number) {
        return number.parts().stream().skip(2).map(String::valueOf).collect(Collectors.joining("."));
    }

    private static ReadMark mark(ResultSet row) throws SQLException {
        List<Integer> parts = new ArrayList<>(List.of(row.getInt("chapter"), row.getInt("section")));
        String subsection = row.getString("subsection");
        if (!subsection.isEmpty()) {
            for (String part : subsection.split("\\.")) {
                parts.add(Integer.parseInt(part));
            }
        }
        return new ReadMark(SectionNumber.of(parts), Instant.ofEpochMilli(row.getLong("marked_at")));
    }
}
