package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.command.Asker;
import studybot.command.Place;
import studybot.library.SectionKey;
import studybot.library.SectionNumber;
import studybot.progress.ReadMark;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.store.Dialect;
import studybot.store.Store;
import studybot.store.TestStores;

/** The plan and read-mark tables on both backends: what is written is read back, and survives a reopen. */
@ParameterizedClass
@EnumSource(Dialect.class)
class PlanStoresTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final long SNOWFLAKE = 1_234_567_890_123_456_789L;

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void everyPaceAndStateIsStoredAndReadBack() {
        TestStores location = TestStores.of(dialect, temp);
        List<ReadingPlan> plans = List.of(
                ReadingPlan.starting(new SectionNumber(20, 1), new Pace.SectionsPerDay(3), LocalDate.of(2026, 12, 1)),
                new ReadingPlan(
                        new SectionNumber(62, 2),
                        new Pace.SectionsOnDays(1, ReadingWeek.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                        LocalDate.of(2026, 11, 2),
                        new SectionNumber(62, 5),
                        -2,
                        LocalDate.of(2026, 11, 20),
                        PlanState.PAUSED,
                        SectionKey.parse("0123456789ab.cdef01234567")),
                ReadingPlan.starting(
                                new SectionNumber(20, 10),
                                new Pace.ChapterPerWeek(DayOfWeek.SUNDAY),
                                LocalDate.of(2026, 12, 6))
                        .switchedOff());
        try (Store store = location.open(List.of(PlanStore.MIGRATIONS))) {
            PlanStore planStore = new SqlPlanStore(store);
            for (int i = 0; i < plans.size(); i++) {
                planStore.save(SNOWFLAKE + i, "", plans.get(0), NOW);
                planStore.save(SNOWFLAKE + i, "", plans.get(i), NOW);
            }
        }
        try (Store store = location.open(List.of(PlanStore.MIGRATIONS))) {
            PlanStore planStore = new SqlPlanStore(store);
            for (int i = 0; i < plans.size(); i++) {
                assertThat(planStore.find(SNOWFLAKE + i, "")).contains(plans.get(i));
            }
            planStore.remove(SNOWFLAKE + 1, "");
            planStore.remove(SNOWFLAKE + 1, "");
            assertThat(planStore.find(SNOWFLAKE + 1, "")).isEmpty();
            assertThat(planStore.find(SNOWFLAKE + 2, "")).contains(plans.get(2));
        }
    }

    @Test
    void readMarksCountOncePerMemberAndPlace() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReadMarkStore.MIGRATIONS))) {
            ReadMarkStore marks = new SqlReadMarkStore(store);
            Place server = Place.server(SNOWFLAKE);
            SectionNumber s20_4 = new SectionNumber(20, 4);
            SectionNumber s20_10 = new SectionNumber(20, 10);
            assertThat(marks.mark(server, "", SNOWFLAKE, at(NOW, s20_4, s20_10)))
                    .isEqualTo(2);
            assertThat(marks.mark(server, "", SNOWFLAKE, at(NOW.plusSeconds(60), s20_4)))
                    .isZero();
            assertThat(marks.mark(Place.personal(SNOWFLAKE), "", SNOWFLAKE, at(NOW, s20_4)))
                    .isEqualTo(1);
            assertThat(marks.mark(server, "", 7, at(NOW, s20_10))).isEqualTo(1);

            assertThat(marks.marks(server, "", SNOWFLAKE))
                    .containsExactly(new ReadMark(s20_4, NOW), new ReadMark(s20_10, NOW));
            assertThat(marks.marksByMember(server, "")).containsOnlyKeys(SNOWFLAKE, 7L);
            assertThat(marks.unmark(server, "", SNOWFLAKE, at(NOW, s20_4, new SectionNumber(1, 1))))
                    .isEqualTo(1);
            assertThat(marks.forgetMember(server, SNOWFLAKE)).isEqualTo(1);
            assertThat(marks.marks(Place.personal(SNOWFLAKE), "", SNOWFLAKE)).hasSize(1);
            marks.forgetPlace(server);
            assertThat(marks.marksByMember(server, "")).isEmpty();
            assertThat(marks.marks(Place.personal(SNOWFLAKE), "", SNOWFLAKE)).hasSize(1);
        }
    }

    @Test
    void eachKindOfPlaceKeepsTheStoredKeysItHadBeforePlacesWereShared() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReadMarkStore.MIGRATIONS))) {
            ReadMarkStore marks = new SqlReadMarkStore(store);
            SectionNumber section = new SectionNumber(20, 4);
            marks.mark(Place.server(SNOWFLAKE), "", 7, at(NOW, section));
            marks.mark(Place.personal(8), "", 8, at(NOW, section));
            marks.mark(Place.console(), "", Asker.CONSOLE_USER, at(NOW, section));

            List<String> rows = store.inTransaction(connection -> {
                List<String> found = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                                "SELECT place_kind, place_id, member_id FROM read_marks ORDER BY member_id");
                        ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        found.add(row.getString(1) + " " + row.getLong(2) + " " + row.getLong(3));
                    }
                }
                return found;
            });

            assertThat(rows)
                    .as("a server by its id; direct messages and the console's local server as id 0")
                    .containsExactly("SERVER 0 0", "SERVER " + SNOWFLAKE + " 7", "DIRECT 0 8");
        }
    }

    @Test
    void aMarkMovesOntoTheNumberOfAHiddenMarkAndBothStay() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReadMarkStore.MIGRATIONS))) {
            ReadMarkStore marks = new SqlReadMarkStore(store);
            Place server = Place.server(SNOWFLAKE);
            ReadMark match = new ReadMark(
                    new SectionNumber(4, 6), NOW, Optional.of(new SectionKey("aaaaaaaaaaaa", "bbbbbbbbbbbb")));
            ReadMark functions = new ReadMark(
                    new SectionNumber(4, 7), NOW, Optional.of(new SectionKey("cccccccccccc", "dddddddddddd")));
            ReadMark functionsMoved = new ReadMark(new SectionNumber(4, 6), NOW, functions.key());
            marks.mark(server, "", SNOWFLAKE, List.of(match, functions));

            marks.move(server, "", SNOWFLAKE, List.of(functions), List.of(functionsMoved));

            assertThat(marks.marks(server, "", SNOWFLAKE)).containsExactlyInAnyOrder(match, functionsMoved);
            assertThat(marks.unmark(server, "", SNOWFLAKE, List.of(functionsMoved)))
                    .isEqualTo(1);
            assertThat(marks.marks(server, "", SNOWFLAKE)).containsExactly(match);
        }
    }

    @Test
    void subSectionsHaveReadMarksOfTheirOwn() {
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReadMarkStore.MIGRATIONS))) {
            ReadMarkStore marks = new SqlReadMarkStore(store);
            Place server = Place.server(SNOWFLAKE);
            SectionNumber section = SectionNumber.of(20, 4);
            SectionNumber sub = SectionNumber.of(20, 4, 1);
            SectionNumber deeper = SectionNumber.of(20, 4, 1, 12);

            assertThat(marks.mark(server, "", SNOWFLAKE, at(NOW, section, sub, deeper)))
                    .isEqualTo(3);
            assertThat(marks.marks(server, "", SNOWFLAKE))
                    .extracting(ReadMark::section)
                    .containsExactly(section, sub, deeper);
            assertThat(marks.unmark(server, "", SNOWFLAKE, at(NOW, sub))).isEqualTo(1);
            assertThat(marks.marks(server, "", SNOWFLAKE))
                    .extracting(ReadMark::section)
                    .containsExactly(section, deeper);
        }
    }

    @Test
    void aServerKeepsAPlanPerBookAndLeavingForgetsThemAll() {
        ReadingPlan ledger =
                ReadingPlan.starting(new SectionNumber(1, 0), new Pace.SectionsPerDay(1), LocalDate.of(2026, 12, 1));
        ReadingPlan storage =
                ReadingPlan.starting(new SectionNumber(2, 0), new Pace.SectionsPerDay(2), LocalDate.of(2026, 12, 2));
        try (Store store = TestStores.of(dialect, temp).open(List.of(PlanStore.MIGRATIONS))) {
            PlanStore planStore = new SqlPlanStore(store);
            planStore.save(SNOWFLAKE, "", ledger, NOW);
            planStore.save(SNOWFLAKE, "storage", storage, NOW);
            planStore.save(SNOWFLAKE + 1, "storage", storage, NOW);

            assertThat(planStore.find(SNOWFLAKE, "")).contains(ledger);
            assertThat(planStore.find(SNOWFLAKE, "storage")).contains(storage);
            assertThat(planStore.find(SNOWFLAKE, "other")).isEmpty();

            planStore.remove(SNOWFLAKE, "storage");
            assertThat(planStore.find(SNOWFLAKE, "storage")).isEmpty();
            assertThat(planStore.find(SNOWFLAKE, "")).contains(ledger);

            planStore.removeServer(SNOWFLAKE);
            assertThat(planStore.find(SNOWFLAKE, "")).isEmpty();
            assertThat(planStore.find(SNOWFLAKE + 1, "storage")).contains(storage);
        }
    }

    @Test
    void readMarksBelongToTheBookTheyWereMadeIn() {
        Place server = Place.server(SNOWFLAKE);
        SectionNumber section = new SectionNumber(1, 0);
        try (Store store = TestStores.of(dialect, temp).open(List.of(ReadMarkStore.MIGRATIONS))) {
            ReadMarkStore marks = new SqlReadMarkStore(store);
            assertThat(marks.mark(server, "", 7, at(NOW, section))).isEqualTo(1);
            assertThat(marks.mark(server, "storage", 7, at(NOW.plusSeconds(60), section)))
                    .isEqualTo(1);

            assertThat(marks.marks(server, "", 7))
                    .extracting(ReadMark::markedAt)
                    .containsExactly(NOW);
            assertThat(marks.marksByMember(server, "storage").get(7L))
                    .extracting(ReadMark::markedAt)
                    .containsExactly(NOW.plusSeconds(60));
            assertThat(marks.unmark(server, "storage", 7, at(NOW, section))).isEqualTo(1);
            assertThat(marks.marks(server, "", 7)).hasSize(1);
            assertThat(marks.marks(server, "other", 7)).isEmpty();

            marks.mark(server, "storage", 7, at(NOW, section));
            assertThat(marks.forgetMember(server, 7)).isEqualTo(2);
        }
    }

    @Test
    void aPlanAnchoredInASubSectionIsReadBack() {
        ReadingPlan plan =
                ReadingPlan.starting(SectionNumber.of(20, 4, 1), new Pace.SectionsPerDay(2), LocalDate.of(2026, 12, 1));
        try (Store store = TestStores.of(dialect, temp).open(List.of(PlanStore.MIGRATIONS))) {
            PlanStore planStore = new SqlPlanStore(store);
            planStore.save(SNOWFLAKE, "", plan, NOW);
            assertThat(planStore.find(SNOWFLAKE, "")).contains(plan);
        }
    }

    private static List<ReadMark> at(Instant when, SectionNumber... sections) {
        return Arrays.stream(sections)
                .map(section -> new ReadMark(section, when))
                .toList();
    }
}
