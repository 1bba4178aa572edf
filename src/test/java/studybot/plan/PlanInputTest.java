package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SectionNumber;

class PlanInputTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);
    private final PlanInput input = new PlanInput();
    private final Library book = PlanBooks.seedShape();

    @Test
    void startIsASectionOrAChaptersFirstSection() throws PlanException {
        assertThat(input.start("20.4", book)).isEqualTo(new SectionNumber(20, 4));
        assertThat(input.start(" §62,3 ", book)).isEqualTo(new SectionNumber(62, 3));
        assertThat(input.start("20", book)).isEqualTo(new SectionNumber(20, 1));
        Library withoutFirst = PlanBooks.minus(book, "62.1");
        assertThat(input.start("62", withoutFirst)).isEqualTo(new SectionNumber(62, 2));
    }

    @Test
    void anUnknownStartSaysWhatExists() {
        assertThatThrownBy(() -> input.start("20.9", book))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("no section 20.9")
                .hasMessageContaining("Chapter 20 has 7 sections, 20.1–20.7.");
        assertThatThrownBy(() -> input.start("99", book))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("no chapter 99")
                .hasMessageContaining("20, 62");
        assertThatThrownBy(() -> input.start("replication", book))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("start:20.4, or a chapter such as start:20.");
        assertThatThrownBy(() -> input.start("", book)).isInstanceOf(PlanException.class);
    }

    @Test
    void aGermanAdminReadsTheHintInGermanToo() {
        assertThatThrownBy(() -> input.start("20.9", book))
                .isInstanceOfSatisfying(
                        PlanException.class,
                        refusal -> assertThat(refusal.message(Locale.GERMAN))
                                .isEqualTo(
                                        "Im Buch gibt es keinen Abschnitt 20.9, daher kann der Plan dort nicht beginnen."
                                                + " Kapitel 20 hat 7 Abschnitte, 20.1–20.7."));
    }

    @Test
    void sectionsPerDayOrOnChosenDays() throws PlanException {
        assertThat(input.pace("2", "", THURSDAY)).isEqualTo(new Pace.SectionsPerDay(2));
        assertThat(input.pace("3 sections per day", "", THURSDAY)).isEqualTo(new Pace.SectionsPerDay(3));
        assertThat(input.pace("50", "", THURSDAY)).isEqualTo(new Pace.SectionsPerDay(50));
        assertThat(input.pace("1", "mon,wed,fri", THURSDAY))
                .isEqualTo(new Pace.SectionsOnDays(
                        1, ReadingWeek.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
    }

    @Test
    void aChapterAWeekFallsOnTheGivenDayOrToday() throws PlanException {
        assertThat(input.pace("chapter", "", THURSDAY)).isEqualTo(new Pace.ChapterPerWeek(DayOfWeek.THURSDAY));
        assertThat(input.pace("chapter per week", "mon", THURSDAY))
                .isEqualTo(new Pace.ChapterPerWeek(DayOfWeek.MONDAY));
        assertThat(input.pace("Chapter-a-week", "", THURSDAY)).isInstanceOf(Pace.ChapterPerWeek.class);
        assertThat(input.pace("weekly", "", THURSDAY)).isInstanceOf(Pace.ChapterPerWeek.class);
        assertThatThrownBy(() -> input.pace("chapter", "mon,thu", THURSDAY))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("one day");
    }

    @Test
    void aPaceOfZeroOrOverFiftyIsRefused() {
        for (String pace : new String[] {"0", "51", "1000000000000"}) {
            assertThatThrownBy(() -> input.pace(pace, "", THURSDAY))
                    .as(pace)
                    .isInstanceOf(PlanException.class)
                    .hasMessageContaining("from 1 to 50");
        }
        assertThatThrownBy(() -> input.pace("fast", "", THURSDAY))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("can't read the pace \"fast\"");
        assertThatThrownBy(() -> input.pace("", "", THURSDAY))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("Give a pace");
        assertThatThrownBy(() -> input.pace("-2", "", THURSDAY)).isInstanceOf(PlanException.class);
    }

    @Test
    void daysAreReadForgivingly() throws PlanException {
        assertThat(input.days("Monday, Wednesday and fri"))
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(input.days("tu th")).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(input.days("weekdays")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(input.days("weekends")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(input.days("sundays")).containsExactly(DayOfWeek.SUNDAY);
    }

    @Test
    void daysWithNoValidDayAreRefused() {
        assertThatThrownBy(() -> input.days(" , ;"))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("No day given");
        assertThatThrownBy(() -> input.days("mon,funday"))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("\"funday\" is not a day of the week");
        assertThatThrownBy(() -> input.days("t")).isInstanceOf(PlanException.class);
        assertThatThrownBy(() -> input.pace("2", "xyz", THURSDAY))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("days:mon,wed,fri");
    }

    @Test
    void aHiddenCharacterInDaysIsShownNotDropped() {
        assertThatThrownBy(() -> input.days("mon,fr\u202Eiday"))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("\"fr\uFFFDiday\" is not a day of the week");
        assertThatThrownBy(() -> input.days("mon,👩‍💻"))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("\"👩‍💻\" is not a day of the week");
    }
}
