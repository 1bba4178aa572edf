package studybot.quiz.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studybot.store.Store;

/**
 * {@link ReportStore} over JDBC, in SQL that SQLite and PostgreSQL both run (schema: {@code db/quiz/<dialect>/}, table
 * {@code quiz_reports}). Times are epoch milliseconds; a question's choices are one per line.
 */
public final class SqlReportStore implements ReportStore {

    private static final String COLUMNS =
            "scope_id, card_id, member_id, by_manager, reported_at, section, prompt, choices, answer, fact";
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
            ReportedCard card = report.card();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quiz_reports (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, report.scope());
                insert.setString(2, card.cardId());
                insert.setLong(3, report.memberId());
                insert.setBoolean(4, report.byManager());
                insert.setLong(5, report.reportedAt().toEpochMilli());
                insert.setString(6, card.section());
                insert.setString(7, card.prompt());
                insert.setString(8, String.join("\n", card.choices()));
                insert.setString(9, card.answer());
                insert.setString(10, card.fact());
                if (insert.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM quiz_reports WHERE scope_id = ? AND card_id = ?")) {
                select.setLong(1, report.scope());
                select.setString(2, card.cardId());
                return counted(select).stream().findFirst();
            }
        });
    }

    @Override
    public Set<String> dropped(long scope) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT card_id FROM (" + DROPPED + ") d WHERE scope_id = ?")) {
                select.setLong(1, scope);
                return cardIds(select);
            }
        });
    }

    @Override
    public Set<String> reportedBy(long scope, long memberId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT card_id FROM quiz_reports WHERE scope_id = ? AND member_id = ?")) {
                select.setLong(1, scope);
                select.setLong(2, memberId);
                return cardIds(select);
            }
        });
    }

    @Override
    public List<ReportedQuestion> reported(long scope) {
        return store.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM quiz_reports WHERE scope_id = ?")) {
                select.setLong(1, scope);
                return counted(select);
            }
        });
    }

    @Override
    public List<ReportedQuestion> all() {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM quiz_reports")) {
                return counted(select);
            }
        });
    }

    @Override
    public ReportTotals totals() {
        return store.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT"
                    + " (SELECT COUNT(*) FROM quiz_reports),"
                    + " (SELECT COUNT(*) FROM (SELECT DISTINCT scope_id, card_id FROM quiz_reports) q),"
                    + " (SELECT COUNT(*) FROM (" + DROPPED + ") d)")) {
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return new ReportTotals(rows.getInt(1), rows.getInt(2), rows.getInt(3));
                }
            }
        });
    }

    private static Set<String> cardIds(PreparedStatement select) throws SQLException {
        Set<String> cards = new HashSet<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cards.add(rows.getString(1));
            }
        }
        return Set.copyOf(cards);
    }

    /**
     * The selected reports counted per scope and card, the question as its latest report saw it; by scope, then most
     * reported first, then latest first.
     */
    private static List<ReportedQuestion> counted(PreparedStatement select) throws SQLException {
        Map<List<Object>, ReportedQuestion> byQuestion = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long scope = rows.getLong(1);
                Instant at = Instant.ofEpochMilli(rows.getLong(5));
                ReportedQuestion one = new ReportedQuestion(
                        scope,
                        new ReportedCard(
                                rows.getString(2),
                                rows.getString(6),
                                rows.getString(7),
                                List.of(rows.getString(8).split("\n", -1)),
                                rows.getString(9),
                                rows.getString(10)),
                        1,
                        rows.getBoolean(4) ? 1 : 0,
                        at);
                byQuestion.merge(List.of(scope, one.card().cardId()), one, SqlReportStore::together);
            }
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
                latest.card(),
                a.reports() + b.reports(),
                a.byManagers() + b.byManagers(),
                latest.lastReportedAt());
    }
}
