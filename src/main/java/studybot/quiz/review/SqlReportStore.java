package studybot.quiz.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studybot.store.Sql;
import studybot.store.Store;

/**
 * {@link ReportStore} over JDBC, in SQL that SQLite and PostgreSQL both run (schema: {@code db/quiz/<dialect>/}, table
 * {@code quiz_reports}). Times are epoch milliseconds; a question's choices are one per line.
 */
public final class SqlReportStore implements ReportStore {

    private static final String COLUMNS =
            "scope_id, card_id, member_id, by_manager, reported_at, section, prompt, choices, answer, fact, book_id";
    /** A scope's questions dropped there: those with a manager's report or enough reports, never in scope 0. */
    private static final String DROPPED = "SELECT scope_id, card_id FROM quiz_reports WHERE scope_id <> "
            + DIRECT_MESSAGES + " GROUP BY scope_id, card_id"
            + " HAVING SUM(CASE WHEN by_manager THEN 1 ELSE 0 END) > 0 OR COUNT(*) >= " + MEMBERS_TO_DROP;

    private final Store store;

    public SqlReportStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<ReportedQuestion> report(QuestionReport report) {
        return store.inTransaction(connection -> {
            Sql sql = Sql.on(connection);
            ReportedCard card = report.card();
            int inserted = sql.update(
                    "INSERT INTO quiz_reports (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING",
                    report.scope(),
                    card.cardId(),
                    report.memberId(),
                    report.byManager(),
                    report.reportedAt().toEpochMilli(),
                    card.section(),
                    card.prompt(),
                    String.join("\n", card.choices()),
                    card.answer(),
                    card.fact(),
                    report.book());
            if (inserted == 0) {
                return Optional.empty();
            }
            return counted(sql.query(
                                    "SELECT " + COLUMNS + " FROM quiz_reports WHERE scope_id = ? AND card_id = ?",
                                    report.scope(),
                                    card.cardId())
                            .list(SqlReportStore::report))
                    .stream()
                    .findFirst();
        });
    }

    @Override
    public Set<String> dropped(long scope) {
        return store.inTransaction(connection -> Set.copyOf(Sql.on(connection)
                .query("SELECT card_id FROM (" + DROPPED + ") d WHERE scope_id = ?", scope)
                .list(row -> row.getString(1))));
    }

    @Override
    public Set<String> reportedBy(long scope, long memberId) {
        return store.inTransaction(connection -> Set.copyOf(Sql.on(connection)
                .query("SELECT card_id FROM quiz_reports WHERE scope_id = ? AND member_id = ?", scope, memberId)
                .list(row -> row.getString(1))));
    }

    @Override
    public List<ReportedQuestion> reported(long scope, String book) {
        return store.inTransaction(connection -> counted(Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM quiz_reports WHERE scope_id = ? AND book_id = ?", scope, book)
                .list(SqlReportStore::report)));
    }

    @Override
    public List<ReportedQuestion> all() {
        return store.inTransaction(connection -> counted(Sql.on(connection)
                .query("SELECT " + COLUMNS + " FROM quiz_reports")
                .list(SqlReportStore::report)));
    }

    @Override
    public ReportTotals totals() {
        return store.inTransaction(connection -> Sql.on(connection)
                .query("SELECT"
                        + " (SELECT COUNT(*) FROM quiz_reports),"
                        + " (SELECT COUNT(*) FROM (SELECT DISTINCT scope_id, card_id FROM quiz_reports) q),"
                        + " (SELECT COUNT(*) FROM (" + DROPPED + ") d)")
                .one(row -> new ReportTotals(row.getInt(1), row.getInt(2), row.getInt(3))));
    }

    /** One member's report, as one row holds it. */
    private static ReportedQuestion report(ResultSet row) throws SQLException {
        return new ReportedQuestion(
                row.getLong(1),
                row.getString(11),
                new ReportedCard(
                        row.getString(2),
                        row.getString(6),
                        row.getString(7),
                        List.of(row.getString(8).split("\n", -1)),
                        row.getString(9),
                        row.getString(10)),
                1,
                row.getBoolean(4) ? 1 : 0,
                Instant.ofEpochMilli(row.getLong(5)));
    }

    /**
     * The selected reports counted per scope and card, the question as its latest report saw it; by scope, then most
     * reported first, then latest first.
     */
    private static List<ReportedQuestion> counted(List<ReportedQuestion> reports) {
        Map<List<Object>, ReportedQuestion> byQuestion = new LinkedHashMap<>();
        for (ReportedQuestion one : reports) {
            byQuestion.merge(List.of(one.scope(), one.card().cardId()), one, SqlReportStore::together);
        }
        List<ReportedQuestion> questions = new ArrayList<>(byQuestion.values());
        questions.sort(Comparator.comparingLong(ReportedQuestion::scope)
                .thenComparing(ReportedQuestion::reports, Comparator.reverseOrder())
                .thenComparing(ReportedQuestion::lastReportedAt, Comparator.reverseOrder())
                .thenComparing(question -> question.card().cardId()));
        return List.copyOf(questions);
    }

    private static ReportedQuestion together(ReportedQuestion a, ReportedQuestion b) {
        ReportedQuestion latest = a.lastReportedAt().isAfter(b.lastReportedAt()) ? a : b;
        return new ReportedQuestion(
                a.scope(),
                latest.book(),
                latest.card(),
                a.reports() + b.reports(),
                a.byManagers() + b.byManagers(),
                latest.lastReportedAt());
    }
}
