package studybot.quiz.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** Reports of bad questions on both backends: SQLite ([1]) and the run's embedded PostgreSQL ([2]). */
@ParameterizedClass
@EnumSource(Dialect.class)
class SqlReportStoreTest {

    @Parameter
    Dialect dialect;

    private static final String BOOK = "seed";
    private static final long SERVER = 111L;
    private static final long OTHER_SERVER = 222L;
    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void threeMembersDropAQuestionForTheirServerOnlyAndEachCountsOnce() {
        try (Store store = open()) {
            ReportStore reports = new SqlReportStore(store);

            assertThat(reports.report(report(SERVER, 1, false, "b1", 0))).hasValueSatisfying(counted -> {
                assertThat(counted.reports()).isEqualTo(1);
                assertThat(counted.dropped()).isFalse();
            });
            assertThat(reports.report(report(SERVER, 1, false, "b1", 5)))
                    .as("the same member again")
                    .isEmpty();
            reports.report(report(SERVER, 2, false, "b1", 10));
            assertThat(reports.dropped(SERVER)).isEmpty();
            assertThat(reports.report(report(SERVER, 3, false, "b1", 20)))
                    .hasValueSatisfying(counted -> assertThat(counted.dropped()).isTrue());
            reports.report(report(OTHER_SERVER, 1, false, "b1", 30));

            assertThat(reports.dropped(SERVER)).containsExactly("b1");
            assertThat(reports.dropped(OTHER_SERVER)).isEmpty();
            assertThat(reports.reportedBy(OTHER_SERVER, 1)).containsExactly("b1");
            assertThat(reports.reportedBy(OTHER_SERVER, 2)).isEmpty();
        }
    }

    @Test
    void oneManagersReportDropsAQuestionButNothingIsDroppedInDirectMessages() {
        try (Store store = open()) {
            ReportStore reports = new SqlReportStore(store);

            reports.report(report(SERVER, 9, true, "s1", 0));
            for (long member = 1; member <= 4; member++) {
                reports.report(report(ReportStore.DIRECT_MESSAGES, member, true, "s2", member));
            }

            assertThat(reports.dropped(SERVER)).containsExactly("s1");
            assertThat(reports.dropped(ReportStore.DIRECT_MESSAGES)).isEmpty();
            assertThat(reports.reportedBy(ReportStore.DIRECT_MESSAGES, 3)).containsExactly("s2");
            assertThat(reports.totals()).isEqualTo(new ReportTotals(5, 2, 1));
        }
    }

    @Test
    void reportedQuestionsAreListedMostReportedFirstWithTheQuestionAsLastShown() {
        try (Store store = open()) {
            ReportStore reports = new SqlReportStore(store);
            reports.report(report(SERVER, 1, false, "once", 0));
            reports.report(report(SERVER, 1, false, "twice", 1));
            reports.report(new QuestionReport(
                    SERVER,
                    BOOK,
                    2,
                    true,
                    T0.plusSeconds(2),
                    new ReportedCard(
                            "twice", "20.4", "Edited prompt\twith a tab", List.of("a", "b", "c", "d"), "c", "Fact.")));
            reports.report(report(OTHER_SERVER, 5, false, "elsewhere", 3));

            List<ReportedQuestion> here = reports.reported(SERVER, BOOK);

            assertThat(here).extracting(question -> question.card().cardId()).containsExactly("twice", "once");
            ReportedQuestion twice = here.get(0);
            assertThat(twice.reports()).isEqualTo(2);
            assertThat(twice.byManagers()).isEqualTo(1);
            assertThat(twice.dropped()).isTrue();
            assertThat(twice.lastReportedAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(twice.card().prompt()).isEqualTo("Edited prompt\twith a tab");
            assertThat(twice.card().choices()).containsExactly("a", "b", "c", "d");
            assertThat(reports.all()).extracting(ReportedQuestion::scope).containsExactly(SERVER, SERVER, OTHER_SERVER);
        }
    }

    @Test
    void anEmptyStoreHasNoReports() {
        try (Store store = open()) {
            ReportStore reports = new SqlReportStore(store);
            assertThat(reports.all()).isEmpty();
            assertThat(reports.totals()).isEqualTo(new ReportTotals(0, 0, 0));
        }
    }

    private Store open() {
        return TestStores.of(dialect, temp).open(List.of(ReportStore.MIGRATIONS));
    }

    private static QuestionReport report(long scope, long member, boolean manager, String card, long seconds) {
        return new QuestionReport(
                scope,
                BOOK,
                member,
                manager,
                T0.plusSeconds(seconds),
                new ReportedCard(
                        card,
                        "20.1",
                        "A prompt about _____.",
                        List.of("caching", "routing", "paging", "hashing"),
                        "caching",
                        "A fact about caching."));
    }
}
