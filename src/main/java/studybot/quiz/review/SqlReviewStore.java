package studybot.quiz.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import studybot.fsrs.CardMemory;
import studybot.fsrs.Phase;
import studybot.fsrs.Rating;
import studybot.store.Dialect;
import studybot.store.Store;

/**
 * {@link ReviewStore} over JDBC, in SQL that SQLite and PostgreSQL both run (schema: {@code db/quiz/<dialect>/}). Times
 * are epoch milliseconds; a card never reviewed has no row.
 */
public final class SqlReviewStore implements ReviewStore {

    private static final String REVIEW_COLUMNS =
            "scope_id, member_id, card_id, phase, step, stability, difficulty, due_at, last_review_at";
    private static final String ANSWER_COLUMNS =
            "scope_id, member_id, question_id, card_id, correct, rating, answered_at, took_millis";

    private final Store store;

    public SqlReviewStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<CardReview> review(long scope, long memberId, String cardId) {
        return store.inTransaction(connection -> find(connection, scope, memberId, cardId, ""));
    }

    @Override
    public Optional<CardMemory> recordAnswer(Answer answer, Function<Optional<CardMemory>, CardMemory> next) {
        return store.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quiz_answers (" + ANSWER_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, answer.scope());
                insert.setLong(2, answer.memberId());
                insert.setString(3, answer.questionId());
                insert.setString(4, answer.cardId());
                insert.setBoolean(5, answer.correct());
                insert.setInt(6, answer.rating().grade());
                insert.setLong(7, answer.answeredAt().toEpochMilli());
                if (answer.took() == null) {
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(8, answer.took().toMillis());
                }
                if (insert.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            // held until the commit, so a concurrent answer to the card reviews this one's result; SQLite already
            // holds the whole store since the insert
            String lock = store.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
            Optional<CardMemory> current = find(connection, answer.scope(), answer.memberId(), answer.cardId(), lock)
                    .map(CardReview::memory);
            CardMemory memory = next.apply(current);
            save(connection, new CardReview(answer.scope(), answer.memberId(), answer.cardId(), memory));
            return Optional.of(memory);
        });
    }

    @Override
    public int answerCount(long scope, String questionId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM quiz_answers WHERE scope_id = ? AND question_id = ?")) {
                count.setLong(1, scope);
                count.setString(2, questionId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public List<CardReview> due(long scope, long memberId, Instant now, int limit) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + REVIEW_COLUMNS
                    + " FROM quiz_reviews WHERE scope_id = ? AND member_id = ? AND due_at <= ?"
                    + " ORDER BY due_at, card_id LIMIT ?")) {
                select.setLong(1, scope);
                select.setLong(2, memberId);
                select.setLong(3, now.toEpochMilli());
                select.setInt(4, limit);
                return reviews(select);
            }
        });
    }

    @Override
    public List<CardReview> reviews(long scope, long memberId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + REVIEW_COLUMNS
                    + " FROM quiz_reviews WHERE scope_id = ? AND member_id = ? ORDER BY card_id")) {
                select.setLong(1, scope);
                select.setLong(2, memberId);
                return reviews(select);
            }
        });
    }

    @Override
    public List<Answer> answers(long scope, long memberId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ANSWER_COLUMNS
                    + " FROM quiz_answers WHERE scope_id = ? AND member_id = ? ORDER BY answered_at, question_id")) {
                select.setLong(1, scope);
                select.setLong(2, memberId);
                return answers(select);
            }
        });
    }

    @Override
    public List<Answer> answersSince(long scope, Instant since) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + ANSWER_COLUMNS
                    + " FROM quiz_answers WHERE scope_id = ? AND answered_at >= ?"
                    + " ORDER BY answered_at, member_id, question_id")) {
                select.setLong(1, scope);
                select.setLong(2, since.toEpochMilli());
                return answers(select);
            }
        });
    }

    @Override
    public int forget(long scope, long memberId) {
        return store.inTransaction(connection -> {
            int answers;
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM quiz_answers WHERE scope_id = ? AND member_id = ?")) {
                delete.setLong(1, scope);
                delete.setLong(2, memberId);
                answers = delete.executeUpdate();
            }
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM quiz_reviews WHERE scope_id = ? AND member_id = ?")) {
                delete.setLong(1, scope);
                delete.setLong(2, memberId);
                delete.executeUpdate();
            }
            return answers;
        });
    }

    /** @param lock {@code ""}, or {@code " FOR UPDATE"} to hold the row until the commit */
    private static Optional<CardReview> find(
            Connection connection, long scope, long memberId, String cardId, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + REVIEW_COLUMNS
                + " FROM quiz_reviews WHERE scope_id = ? AND member_id = ? AND card_id = ?" + lock)) {
            select.setLong(1, scope);
            select.setLong(2, memberId);
            select.setString(3, cardId);
            List<CardReview> found = reviews(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static void save(Connection connection, CardReview review) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO quiz_reviews (" + REVIEW_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (scope_id, member_id, card_id) DO UPDATE SET"
                + " phase = excluded.phase, step = excluded.step, stability = excluded.stability,"
                + " difficulty = excluded.difficulty, due_at = excluded.due_at,"
                + " last_review_at = excluded.last_review_at")) {
            CardMemory memory = review.memory();
            upsert.setLong(1, review.scope());
            upsert.setLong(2, review.memberId());
            upsert.setString(3, review.cardId());
            upsert.setInt(4, memory.phase().ordinal());
            upsert.setInt(5, memory.step());
            upsert.setDouble(6, memory.stability());
            upsert.setDouble(7, memory.difficulty());
            upsert.setLong(8, memory.due().toEpochMilli());
            upsert.setLong(9, memory.lastReview().toEpochMilli());
            upsert.executeUpdate();
        }
    }

    private static List<CardReview> reviews(PreparedStatement select) throws SQLException {
        List<CardReview> reviews = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                CardMemory memory = new CardMemory(
                        Phase.values()[rows.getInt(4)],
                        rows.getInt(5),
                        rows.getDouble(6),
                        rows.getDouble(7),
                        Instant.ofEpochMilli(rows.getLong(8)),
                        Instant.ofEpochMilli(rows.getLong(9)));
                reviews.add(new CardReview(rows.getLong(1), rows.getLong(2), rows.getString(3), memory));
            }
        }
        return reviews;
    }

    private static List<Answer> answers(PreparedStatement select) throws SQLException {
        List<Answer> answers = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long took = rows.getLong(8);
                Duration duration = rows.wasNull() ? null : Duration.ofMillis(took);
                answers.add(new Answer(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getBoolean(5),
                        Rating.values()[rows.getInt(6) - 1],
                        Instant.ofEpochMilli(rows.getLong(7)),
                        duration));
            }
        }
        return answers;
    }
}
