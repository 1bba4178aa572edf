package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import studybot.command.Place;
import studybot.library.SectionNumber;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.store.Dialect;
import studybot.store.Migrations;
import studybot.store.Sql;
import studybot.store.Store;
import studybot.store.TestStores;

/**
 * Plans and read marks made before they were kept per book belong to the default book ({@code ""}) once the tables are
 * migrated, so a server reading the default book finds them where they were.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class BookDataMigrationTest {

    private static final Migrations PLANS_BEFORE_V3 = new Migrations("reading_plans", "db/reading_plans_before_v3");
    private static final Migrations MARKS_BEFORE_V4 = new Migrations("read_marks", "db/read_marks_before_v4");
    private static final long SERVER = 1_234_567_890_123_456_789L;
    private static final Instant MARKED = Instant.parse("2026-12-01T09:00:00Z");

    @Parameter
    Dialect dialect;

    @TempDir
    Path temp;

    @Test
    void rowsFromBeforeBelongToTheDefaultBook() {
        TestStores stores = TestStores.of(dialect, temp);
        try (Store old = stores.open(List.of(PLANS_BEFORE_V3, MARKS_BEFORE_V4))) {
            old.inTransaction(connection -> {
                Sql sql = Sql.on(connection);
                sql.update("""
                        INSERT INTO reading_plans (server_id, start_section, pace_kind, pace_sections, pace_days,
                            set_on, anchor_section, reading_offset, count_from, state, updated_at, anchor_key)
                        VALUES (?, '1.0', 'per-day', 2, '1,2,3,4,5,6,7', '2026-12-01', '1.0', 0, '2026-12-01',
                            'ACTIVE', 0, '')""", SERVER);
                return sql.update("""
                        INSERT INTO read_marks (place_kind, place_id, member_id, chapter, section, subsection,
                            marked_at, section_key)
                        VALUES ('SERVER', ?, 7, 1, 0, '', ?, '')""", SERVER, MARKED.toEpochMilli());
            });
        }

        try (Store store = stores.open(List.of(PlanStore.MIGRATIONS, ReadMarkStore.MIGRATIONS))) {
            PlanStore plans = new SqlPlanStore(store);
            ReadMarkStore marks = new SqlReadMarkStore(store);

            assertThat(plans.books(SERVER)).containsExactly("");
            assertThat(plans.find(SERVER, "").orElseThrow().pace()).isEqualTo(new Pace.SectionsPerDay(2));
            assertThat(marks.marks(Place.server(SERVER), "", 7))
                    .extracting(mark -> mark.section() + " " + mark.markedAt())
                    .containsExactly(new SectionNumber(1, 0) + " " + MARKED);
            assertThat(marks.marks(Place.server(SERVER), "other-book", 7)).isEmpty();
        }
    }
}
