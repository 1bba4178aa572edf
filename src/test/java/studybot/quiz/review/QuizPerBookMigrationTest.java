package studybot.quiz.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.store.Dialect;
import studybot.store.Migrations;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Quiz rows from before they were kept per book keep every value through the migration (quiz V4), under {@code ""}
 * until the first start gives them their book, and are then found under that book only.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class QuizPerBookMigrationTest {

    private static final Migrations QUIZ_BEFORE_V4 = new Migrations("quiz", "db/quiz_before_v4");
    private static final long SERVER = 1_234_567_890_123_456_789L;
    private static final long MEMBER = 7;
    private static final Instant DUE = Instant.parse("2026-12-01T09:00:00Z");

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void rowsFromBeforeKeepTheirValuesAndGoToTheBookTheyAreGiven() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store old = stores.open(List.of(QUIZ_BEFORE_V4))) {
            old.inTransaction(connection -> {
                Sql sql = Sql.on(connection);
                sql.update("""
                        INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability, difficulty,
                            due_at, last_review_at)
                        VALUES (?, ?, 'card-a', 1, 0, 4.5, 5.5, ?, 100)""", SERVER, MEMBER, DUE.toEpochMilli());
                sql.update("""
                        INSERT INTO quiz_answers (scope_id, member_id, question_id, card_id, correct, rating,
                            answered_at, took_millis)
                        VALUES (?, ?, 'm1', 'card-a', TRUE, 3, 100, 2500)""", SERVER, MEMBER);
                return sql.update("""
                        INSERT INTO quiz_reports (scope_id, card_id, member_id, by_manager, reported_at, section,
                            prompt, choices, answer, fact)
                        VALUES (?, 'card-a', ?, TRUE, 100, '1.0', 'Prompt?', 'a', 'a', 'Fact.')""", SERVER, MEMBER);
            });
        }

        try (Store store = stores.open(List.of(ReviewStore.MIGRATIONS))) {
            ReviewStore reviews = new SqlReviewStore(store);
            ReportStore reports = new SqlReportStore(store);
            assertThat(reviews.books(SERVER)).containsExactly("");

            assertThat(reviews.assignBooks((scope, member, card) -> Optional.of("ledger")))
                    .isEqualTo(3);

            assertThat(reviews.books(SERVER)).containsExactly("ledger");
            CardReview review =
                    reviews.review(SERVER, "ledger", MEMBER, "card-a").orElseThrow();
            assertThat(review.memory().stability()).isEqualTo(4.5);
            assertThat(review.memory().due()).isEqualTo(DUE);
            assertThat(reviews.dueReviews(SERVER, "ledger", MEMBER, DUE).due()).isEqualTo(1);
            assertThat(reviews.dueReviews(SERVER, "storage", MEMBER, DUE).due()).isZero();
            assertThat(reviews.answers(SERVER, "ledger", MEMBER))
                    .singleElement()
                    .satisfies(answer -> assertThat(answer.took()).hasMillis(2500));
            assertThat(reports.reported(SERVER, "ledger"))
                    .singleElement()
                    .satisfies(question -> assertThat(question.dropped()).isTrue());
            assertThat(reports.dropped(SERVER)).containsExactly("card-a");
        }
    }
}
