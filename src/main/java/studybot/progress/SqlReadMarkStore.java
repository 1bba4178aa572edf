package studybot.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import studybot.command.Place;
import studybot.library.SectionKey;
import studybot.library.SectionNumber;
import studybot.store.Sql;
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
    public int mark(Place place, String book, long memberId, Collection<ReadMark> marks) {
        return store.inTransaction(connection -> insert(Sql.on(connection), place, book, memberId, marks));
    }

    @Override
    public void move(Place place, String book, long memberId, Collection<ReadMark> from, Collection<ReadMark> to) {
        store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            delete(sql, place, book, memberId, from);
            return insert(sql, place, book, memberId, to);
        });
    }

    @Override
    public int unmark(Place place, String book, long memberId, Collection<ReadMark> marks) {
        return store.inTransaction(connection -> delete(Sql.on(connection), place, book, memberId, marks));
    }

    private static int insert(Sql sql, Place place, String book, long memberId, Collection<ReadMark> marks)
            throws SQLException {
        String insert = """
                INSERT INTO read_marks
                    (place_kind, place_id, book_id, member_id, chapter, section, subsection, marked_at, section_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (place_kind, place_id, book_id, member_id, chapter, section, subsection, section_key)
                DO NOTHING""";
        return sql.updateEach(
                insert,
                marks,
                mark -> List.of(
                        storedKind(place),
                        storedId(place),
                        book,
                        memberId,
                        mark.section().chapter(),
                        mark.section().section(),
                        subsection(mark.section()),
                        mark.markedAt().toEpochMilli(),
                        storedKey(mark)));
    }

    private static int delete(Sql sql, Place place, String book, long memberId, Collection<ReadMark> marks)
            throws SQLException {
        return sql.updateEach(
                """
                DELETE FROM read_marks
                WHERE place_kind = ? AND place_id = ? AND book_id = ? AND member_id = ? AND chapter = ? AND section = ?
                  AND subsection = ? AND section_key = ?""",
                marks,
                mark -> List.of(
                        storedKind(place),
                        storedId(place),
                        book,
                        memberId,
                        mark.section().chapter(),
                        mark.section().section(),
                        subsection(mark.section()),
                        storedKey(mark)));
    }

    @Override
    public List<ReadMark> marks(Place place, String book, long memberId) {
        String select = """
                SELECT chapter, section, subsection, marked_at, section_key FROM read_marks
                WHERE place_kind = ? AND place_id = ? AND book_id = ? AND member_id = ?
                ORDER BY marked_at, chapter, section, subsection""";
        return store.inTransaction(connection -> Sql.on(connection)
                .query(select, storedKind(place), storedId(place), book, memberId)
                .list(SqlReadMarkStore::mark));
    }

    @Override
    public Map<Long, List<ReadMark>> marksByMember(Place place, String book) {
        String select = """
                SELECT member_id, chapter, section, subsection, marked_at, section_key FROM read_marks
                WHERE place_kind = ? AND place_id = ? AND book_id = ?
                ORDER BY member_id, marked_at, chapter, section, subsection""";
        return store.inTransaction(connection -> {
            Map<Long, List<ReadMark>> byMember = new LinkedHashMap<>();
            Sql.on(connection)
                    .query(select, storedKind(place), storedId(place), book)
                    .list(row -> Map.entry(row.getLong("member_id"), mark(row)))
                    .forEach(entry -> byMember.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                            .add(entry.getValue()));
            return byMember;
        });
    }

    @Override
    public int forgetMember(Place place, long memberId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "DELETE FROM read_marks WHERE place_kind = ? AND place_id = ? AND member_id = ?",
                        storedKind(place),
                        storedId(place),
                        memberId));
    }

    @Override
    public Set<String> books(Place place) {
        return store.inTransaction(connection -> Set.copyOf(Sql.on(connection)
                .query(
                        "SELECT DISTINCT book_id FROM read_marks WHERE place_kind = ? AND place_id = ?",
                        storedKind(place),
                        storedId(place))
                .list(row -> row.getString("book_id"))));
    }

    @Override
    public int forgetBook(Place place, String book) {
        return store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "DELETE FROM read_marks WHERE place_kind = ? AND place_id = ? AND book_id = ?",
                        storedKind(place),
                        storedId(place),
                        book));
    }

    @Override
    public int assignBook(String book) {
        return store.inTransaction(connection -> Sql.on(connection).update("""
                        UPDATE read_marks SET book_id = ? WHERE book_id = ''
                            AND NOT EXISTS (SELECT 1 FROM read_marks kept
                            WHERE kept.place_kind = read_marks.place_kind AND kept.place_id = read_marks.place_id
                            AND kept.member_id = read_marks.member_id AND kept.chapter = read_marks.chapter
                            AND kept.section = read_marks.section AND kept.subsection = read_marks.subsection
                            AND kept.book_id = ?)""", book, book));
    }

    @Override
    public void forgetPlace(Place place) {
        store.inTransaction(connection -> Sql.on(connection)
                .update(
                        "DELETE FROM read_marks WHERE place_kind = ? AND place_id = ?",
                        storedKind(place),
                        storedId(place)));
    }

    /**
     * The {@code place_kind} column: {@code DIRECT} for a member's own marks, else {@code SERVER} (the console's marks
     * are its local server's, id 0). These are the values stored before places were shared by every feature.
     */
    private static String storedKind(Place place) {
        return place.isPersonal() ? "DIRECT" : "SERVER";
    }

    /** The {@code place_id} column of {@code place}'s marks: its {@link Place#storageKey()}. */
    private static long storedId(Place place) {
        return place.storageKey();
    }

    /** The parts of a sub-section's number after its section, dotted: {@code 1.2} for 20.4.1.2; empty for 20.4. */
    private static String subsection(SectionNumber number) {
        return number.parts().stream().skip(2).map(String::valueOf).collect(Collectors.joining("."));
    }

    /** The {@code section_key} column: the key's stored form, {@code ""} for a mark from before keys. */
    private static String storedKey(ReadMark mark) {
        return mark.key().map(SectionKey::toString).orElse("");
    }

    private static ReadMark mark(ResultSet row) throws SQLException {
        List<Integer> parts = new ArrayList<>(List.of(row.getInt("chapter"), row.getInt("section")));
        String subsection = row.getString("subsection");
        if (!subsection.isEmpty()) {
            for (String part : subsection.split("\\.")) {
                parts.add(Integer.parseInt(part));
            }
        }
        return new ReadMark(
                SectionNumber.of(parts),
                Instant.ofEpochMilli(row.getLong("marked_at")),
                SectionKey.parse(row.getString("section_key")));
    }
}
