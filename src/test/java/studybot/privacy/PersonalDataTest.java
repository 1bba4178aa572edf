package studybot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.progress.ReadMarkStore;
import studybot.quiz.review.ReviewStore;
import studybot.round.RoundStore;
import studybot.sharing.SqlShareOptInStore;
import studybot.store.Dialect;
import studybot.store.Migrations;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.TestStores;

/** A member's export and deletion on both backends: SQLite ([1]) and PostgreSQL ([2]). */
@ParameterizedClass
@EnumSource(Dialect.class)
class PersonalDataTest {

    private static final List<Migrations> SCHEMAS = List.of(
            SqlShareOptInStore.MIGRATIONS, ReadMarkStore.MIGRATIONS, ReviewStore.MIGRATIONS, RoundStore.MIGRATIONS);
    private static final long ME = 10;
    private static final long OTHER = 11;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void anExportHoldsEveryRowNamingTheMemberAndNoOneElses() {
        try (Store store = TestStores.of(dialect, temp).open(SCHEMAS)) {
            fill(store);

            MemberRecord mine = new PersonalData(store, SCHEMAS, clock).export(ME);

            assertThat(mine.memberId()).isEqualTo(ME);
            assertThat(mine.exportedAt()).isEqualTo(clock.instant());
            assertThat(mine.tables())
                    .containsOnlyKeys(
                            "share_opt_ins", "read_marks", "quiz_reviews", "quiz_answers", "round_answers", "rounds");
            assertThat(mine.tables().get("read_marks"))
                    .singleElement()
                    .satisfies(row -> assertThat(row)
                            .containsEntry("member_id", ME)
                            .containsEntry("chapter", 20L)
                            .containsEntry("section", 4L)
                            .containsEntry("subsection", ""));
            assertThat(mine.tables().get("quiz_answers"))
                    .singleElement()
                    .satisfies(row ->
                            assertThat(row).containsEntry("card_id", "b-abc").containsEntry("correct", 1L));
            assertThat(mine.tables().get("quiz_reviews"))
                    .singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("book_id", "redis"));
            assertThat(mine.tables().get("rounds")).hasSize(2);
            assertThat(mine.rowCount()).isEqualTo(7);
        }
    }

    @Test
    void exportAndForgetTakeTheMembersQuizDataOfEveryBook() {
        try (Store store = TestStores.of(dialect, temp).open(SCHEMAS)) {
            fill(store);
            store.inTransaction(connection -> Sql.on(connection)
                    .update(
                            "INSERT INTO quiz_reviews (scope_id, book_id, member_id, card_id, phase, step, stability,"
                                    + " difficulty, due_at, last_review_at) VALUES (1, 'postgresql', ?, 'b-abc', 1, 0,"
                                    + " 2.5, 5.0, 100, 50)",
                            ME));
            PersonalData data = new PersonalData(store, SCHEMAS, clock);

            assertThat(data.export(ME).tables().get("quiz_reviews"))
                    .extracting(row -> row.get("book_id"))
                    .containsExactlyInAnyOrder("redis", "postgresql");
            assertThat(data.forget(ME)).containsEntry("quiz_reviews", 2);
            assertThat(data.export(ME).tables()).isEmpty();
        }
    }

    @Test
    void forgettingDeletesTheMembersOwnRowsAndTakesTheirNameOffTheGroupsRounds() {
        try (Store store = TestStores.of(dialect, temp).open(SCHEMAS)) {
            fill(store);
            PersonalData data = new PersonalData(store, SCHEMAS, clock);
            int othersBefore = data.export(OTHER).rowCount();

            Map<String, Integer> changed = data.forget(ME);

            assertThat(changed)
                    .containsEntry("share_opt_ins", 1)
                    .containsEntry("read_marks", 1)
                    .containsEntry("quiz_reviews", 1)
                    .containsEntry("quiz_answers", 1)
                    .containsEntry("round_answers", 1)
                    .containsEntry("rounds", 2);
            assertThat(data.export(ME).tables()).isEmpty();
            assertThat(data.export(OTHER).rowCount()).isEqualTo(othersBefore);
            assertThat(data.export(0).tables().get("rounds"))
                    .as("the round the member started stays for the group, started by nobody now")
                    .singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("started_at", 40L));
            assertThat(data.export(OTHER).tables().get("rounds"))
                    .filteredOn(row -> row.get("started_at").equals(60L))
                    .singleElement()
                    .as("the round the member stopped no longer says who stopped it")
                    .satisfies(row -> assertThat(row).containsEntry("stopped_by", null));
            assertThat(data.forget(ME)).as("forgetting twice changes nothing").isEmpty();
        }
    }

    private static void fill(Store store) {
        store.inTransaction(connection -> {
            try (Statement sql = connection.createStatement()) {
                for (long member : new long[] {ME, OTHER}) {
                    sql.executeUpdate(
                            "INSERT INTO share_opt_ins (server_id, member_id, since) VALUES (1, " + member + ", 5)");
                    sql.executeUpdate("INSERT INTO read_marks (place_kind, place_id, member_id, chapter, section,"
                            + " subsection, marked_at) VALUES ('SERVER', 1, " + member + ", 20, 4, '', 7)");
                    sql.executeUpdate("INSERT INTO quiz_reviews (scope_id, member_id, card_id, phase, step, stability,"
                            + " difficulty, due_at, last_review_at, book_id) VALUES (1, " + member
                            + ", 'b-abc', 1, 0, 2.5, 5.0, 100, 50, 'redis')");
                    sql.executeUpdate("INSERT INTO quiz_answers (scope_id, member_id, question_id, card_id, correct,"
                            + " rating, answered_at, took_millis, book_id) VALUES (1, " + member
                            + ", 'q1', 'b-abc', TRUE, 3, 50, 1200, 'redis')");
                    sql.executeUpdate("INSERT INTO round_answers (channel_id, started_at, question, member_id, choice,"
                            + " correct, took_millis, answered_at) VALUES (3, 40, 0, " + member
                            + ", 1, TRUE, 900, 41)");
                }
                sql.executeUpdate(round(40, "starter_id", ME, "stopped_by", OTHER));
                sql.executeUpdate(round(60, "starter_id", OTHER, "stopped_by", ME));
            }
            return null;
        });
    }

    private static String round(long startedAt, String starter, long starterId, String stopper, long stopperId) {
        return "INSERT INTO rounds (channel_id, started_at, server_id, " + starter + ", card_ids, seconds, source,"
                + " question, phase, next_at, silent, " + stopper + ", end_reason, ended_at) VALUES (3, " + startedAt
                + ", 1, " + starterId + ", 'b-abc', 20, 'book', 0, 'ended', 0, 0, " + stopperId + ", 'stopped', 99)";
    }
}
