package studybot.quiz.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import studybot.fsrs.CardMemory;
import studybot.fsrs.Phase;
import studybot.fsrs.Rating;
import studybot.store.Dialect;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * {@link ReviewStore} over JDBC, in SQL that SQLite and PostgreSQL both run (schema: {@code db/quiz/<dialect>/}). Times
 * are epoch milliseconds; a card never reviewed has no row.
 */
public final class SqlReviewStore implements ReviewStore {

    private static final String REVIEW_COLUMNS =
            "scope_id, book_id, member_id, card_id, phase, step, stability, difficulty, due_at, last_review_at";
    private static final String ANSWER_COLUMNS =
            "scope_id, book_id, member_id, question_id, card_id, correct, rating, answered_at, took_millis";
    /** The WHERE of one member's rows on one book, the key every table of the quiz starts with. */
    private static final String MEMBER_ON_BOOK = " WHERE scope_id = ? AND book_id = ? AND member_id = ?";
    /** One member's reviews on one book: a query adds its own conditions and order. */
    private static final String MEMBER_REVIEWS = "SELECT " + REVIEW_COLUMNS + " FROM quiz_reviews" + MEMBER_ON_BOOK;
    /** One member's answers on one book: a query adds its own conditions and order. */
    private static final String MEMBER_ANSWERS = "SELECT " + ANSWER_COLUMNS + " FROM quiz_answers" + MEMBER_ON_BOOK;
    /** The (scope, member, card) triples kept under {@code ""}, in every quiz table. */
    private static final String UNASSIGNED = "SELECT scope_id, member_id, card_id FROM quiz_reviews WHERE book_id = ''"
            + " UNION SELECT scope_id, member_id, card_id FROM quiz_answers WHERE book_id = ''"
            + " UNION SELECT scope_id, member_id, card_id FROM quiz_reports WHERE book_id = ''";

    private final Store store;

    public SqlReviewStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<CardReview> review(long scope, String book, long memberId, String cardId) {
        return store.inTransaction(connection -> find(Sql.on(connection), scope, book, memberId, cardId, ""));
    }

    @Override
    public Optional<CardMemory> recordAnswer(Answer answer, Function<Optional<CardMemory>, CardMemory> next) {
        return store.inSharedTransaction(connection -> {
            Sql sql = Sql.on(connection);
            int inserted = sql.update(
                    "INSERT INTO quiz_answers (" + ANSWER_COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    answer.scope(),
                    answer.book(),
                    answer.memberId(),
                    answer.questionId(),
                    answer.cardId(),
                    answer.correct(),
                    answer.rating().grade(),
                    answer.answeredAt().toEpochMilli(),
                    Sql.orNull(Optional.ofNullable(answer.took()).map(Duration::toMillis), Types.BIGINT));
            if (inserted == 0) {
                return Optional.empty();
            }
            // held until the commit, so a concurrent answer to the card reviews this one's result; SQLite already
            // holds the whole store since the insert
            String lock = store.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
            Optional<CardMemory> current = find(
                            sql, answer.scope(), answer.book(), answer.memberId(), answer.cardId(), lock)
                    .map(CardReview::memory);
            CardMemory memory = next.apply(current);
            save(sql, new CardReview(answer.scope(), answer.book(), answer.memberId(), answer.cardId(), memory));
            return Optional.of(memory);
        });
    }

    @Override
    public int answerCount(long scope, String questionId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT COUNT(*) FROM quiz_answers WHERE scope_id = ? AND question_id = ?", scope, questionId)
                .one(row -> row.getInt(1)));
    }

    @Override
    public List<CardReview> due(long scope, String book, long memberId, Instant now, int limit) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        MEMBER_REVIEWS + " AND due_at <= ? ORDER BY due_at, card_id LIMIT ?",
                        scope,
                        book,
                        memberId,
                        now.toEpochMilli(),
                        limit)
                .list(SqlReviewStore::review));
    }

    @Override
    public List<CardReview> reviews(long scope, String book, long memberId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(MEMBER_REVIEWS + " ORDER BY card_id", scope, book, memberId)
                .list(SqlReviewStore::review));
    }

    @Override
    public List<Answer> answers(long scope, String book, long memberId) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(MEMBER_ANSWERS + " ORDER BY answered_at, question_id", scope, book, memberId)
                .list(SqlReviewStore::answer));
    }

    @Override
    public List<Answer> answersSince(long scope, String book, Instant since) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT " + ANSWER_COLUMNS
                                + " FROM quiz_answers WHERE scope_id = ? AND book_id = ? AND answered_at >= ?"
                                + " ORDER BY answered_at, member_id, question_id",
                        scope,
                        book,
                        since.toEpochMilli())
                .list(SqlReviewStore::answer));
    }

    @Override
    public int forget(long scope, String book, long memberId) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            int answers = sql.update("DELETE FROM quiz_answers" + MEMBER_ON_BOOK, scope, book, memberId);
            sql.update("DELETE FROM quiz_reviews" + MEMBER_ON_BOOK, scope, book, memberId);
            return answers;
        });
    }

    @Override
    public Set<String> books(long scope) {
        return store.inTransaction(connection -> Set.copyOf(Sql.on(connection)
                .query(
                        "SELECT book_id FROM quiz_reviews WHERE scope_id = ?"
                                + " UNION SELECT book_id FROM quiz_answers WHERE scope_id = ?"
                                + " UNION SELECT book_id FROM quiz_reports WHERE scope_id = ?",
                        scope,
                        scope,
                        scope)
                .list(row -> row.getString(1))));
    }

    @Override
    public int forgetBook(long scope, String book) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            int changed = 0;
            for (String table : List.of("quiz_answers", "quiz_reviews", "quiz_reports")) {
                changed += sql.update("DELETE FROM " + table + " WHERE scope_id = ? AND book_id = ?", scope, book);
            }
            return changed;
        });
    }

    @Override
    public int assignBooks(UnassignedBooks books) {
        List<Unassigned> rows = store.inTransaction(connection -> Sql.on(connection)
                .query(UNASSIGNED)
                .list(row -> new Unassigned(row.getLong(1), row.getLong(2), row.getString(3))));
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Unassigned, String> assigned = new LinkedHashMap<>();
        for (Unassigned row : rows) {
            books.bookOf(row.scope(), row.memberId(), row.cardId()).ifPresent(book -> assigned.put(row, book));
        }
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            return assign(sql, "quiz_reviews", "card_id", assigned)
                    + assign(sql, "quiz_answers", "question_id", assigned)
                    + assign(sql, "quiz_reports", "card_id", assigned);
        });
    }

    @Override
    public Map<String, Integer> schedulesByCard(String book) {
        return store.inTransaction(connection -> {
            Map<String, Integer> counts = new TreeMap<>();
            Sql.on(connection)
                    .query("SELECT card_id, COUNT(*) FROM quiz_reviews WHERE book_id = ? GROUP BY card_id", book)
                    .list(row -> counts.put(row.getString(1), row.getInt(2)));
            return counts;
        });
    }

    @Override
    public MovedCards moveCards(String book, Map<String, String> successors) {
        if (successors.isEmpty()) {
            return new MovedCards(0, 0);
        }
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            // writers first: a second process moving the same cards waits here, then finds them moved (on SQLite a
            // write that changes nothing takes the file's write lock, so the reads below can't go stale)
            sql.update(
                    store.dialect() == Dialect.POSTGRESQL
                            ? "LOCK TABLE quiz_reviews IN SHARE ROW EXCLUSIVE MODE"
                            : "UPDATE quiz_reviews SET card_id = card_id WHERE 1 = 0");
            int schedules = 0;
            Set<List<Long>> members = new HashSet<>();
            for (Map.Entry<String, String> move : new TreeMap<>(successors).entrySet()) {
                List<List<Long>> movers = sql.query(
                                "SELECT scope_id, member_id FROM quiz_reviews WHERE book_id = ? AND card_id = ?"
                                        + " AND NOT EXISTS (SELECT 1 FROM quiz_reviews kept WHERE kept.scope_id ="
                                        + " quiz_reviews.scope_id AND kept.book_id = quiz_reviews.book_id AND"
                                        + " kept.member_id = quiz_reviews.member_id AND kept.card_id = ?)",
                                book,
                                move.getKey(),
                                move.getValue())
                        .list(row -> List.of(row.getLong(1), row.getLong(2)));
                for (List<Long> member : movers) {
                    for (String table : List.of("quiz_reviews", "quiz_answers")) {
                        sql.update(
                                "UPDATE " + table + " SET card_id = ?" + MEMBER_ON_BOOK + " AND card_id = ?",
                                move.getValue(),
                                member.get(0),
                                book,
                                member.get(1),
                                move.getKey());
                    }
                    members.add(member);
                }
                schedules += movers.size();
            }
            return new MovedCards(schedules, members.size());
        });
    }

    /** A (scope, member, card) kept under {@code ""}. */
    private record Unassigned(long scope, long memberId, String cardId) {}

    /**
     * Gives {@code table}'s rows kept under {@code ""} their book, unless the book already holds a row of the same key
     * ({@code key}: the key's column besides scope, book and member).
     */
    private static int assign(Sql sql, String table, String key, Map<Unassigned, String> assigned) throws SQLException {
        return sql.updateEach(
                "UPDATE " + table + " SET book_id = ? WHERE book_id = '' AND scope_id = ? AND member_id = ?"
                        + " AND card_id = ? AND NOT EXISTS (SELECT 1 FROM " + table + " kept"
                        + " WHERE kept.scope_id = " + table + ".scope_id AND kept.member_id = " + table
                        + ".member_id AND kept." + key + " = " + table + "." + key + " AND kept.book_id = ?)",
                assigned.entrySet(),
                entry -> List.of(
                        entry.getValue(),
                        entry.getKey().scope(),
                        entry.getKey().memberId(),
                        entry.getKey().cardId(),
                        entry.getValue()));
    }

    /** @param lock {@code ""}, or {@code " FOR UPDATE"} to hold the row until the commit */
    private static Optional<CardReview> find(
            Sql sql, long scope, String book, long memberId, String cardId, String lock) throws SQLException {
        return sql.query(MEMBER_REVIEWS + " AND card_id = ?" + lock, scope, book, memberId, cardId)
                .optional(SqlReviewStore::review);
    }

    private static void save(Sql sql, CardReview review) throws SQLException {
        CardMemory memory = review.memory();
        sql.update(
                "INSERT INTO quiz_reviews (" + REVIEW_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (scope_id, book_id, member_id, card_id) DO UPDATE SET"
                        + " phase = excluded.phase, step = excluded.step, stability = excluded.stability,"
                        + " difficulty = excluded.difficulty, due_at = excluded.due_at,"
                        + " last_review_at = excluded.last_review_at",
                review.scope(),
                review.book(),
                review.memberId(),
                review.cardId(),
                memory.phase().ordinal(),
                memory.step(),
                memory.stability(),
                memory.difficulty(),
                memory.due().toEpochMilli(),
                memory.lastReview().toEpochMilli());
    }

    @Override
    public DueReviews dueReviews(long scope, String book, long memberId, Instant now) {
        return store.inTransaction(connection -> Sql.on(connection)
                .query(
                        "SELECT COALESCE(SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), 0), MAX(last_review_at)"
                                + " FROM quiz_reviews" + MEMBER_ON_BOOK,
                        now.toEpochMilli(),
                        scope,
                        book,
                        memberId)
                .one(row -> new DueReviews(
                        row.getInt(1),
                        Sql.optionalLong(row, 2).stream()
                                .mapToObj(Instant::ofEpochMilli)
                                .findFirst())));
    }

    private static CardReview review(ResultSet row) throws SQLException {
        CardMemory memory = new CardMemory(
                Phase.values()[row.getInt(5)],
                row.getInt(6),
                row.getDouble(7),
                row.getDouble(8),
                Instant.ofEpochMilli(row.getLong(9)),
                Instant.ofEpochMilli(row.getLong(10)));
        return new CardReview(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), memory);
    }

    private static Answer answer(ResultSet row) throws SQLException {
        OptionalLong took = Sql.optionalLong(row, 9);
        return new Answer(
                row.getLong(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                row.getBoolean(6),
                Rating.values()[row.getInt(7) - 1],
                Instant.ofEpochMilli(row.getLong(8)),
                took.isPresent() ? Duration.ofMillis(took.getAsLong()) : null);
    }
}
