package studybot.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static studybot.plan.PlanBooks.seedShape;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.reply.Text;

/** What {@code /plan status} names as the next reading on a day without one. */
class PlanReplyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final PlanReply reply = new PlanReply(Texts.load("plan"));

    /** The emphasised section numbers of the "Next:" line. */
    private List<String> nextNamed(ReadingPlan plan, LocalDate date) {
        Text text = reply.of(PlanDay.of(plan, seedShape(), date, BERLIN), "", true, Locale.ENGLISH)
                .text();
        int next = text.spans()
                .indexOf(text.spans().stream()
                        .filter(span ->
                                span instanceof Text.Plain plain && plain.text().contains("Next:"))
                        .findFirst()
                        .orElseThrow());
        return text.spans().subList(next, text.spans().size()).stream()
                .takeWhile(span ->
                        !(span instanceof Text.Plain plain && plain.text().contains("\n")))
                .filter(Text.Strong.class::isInstance)
                .map(span -> ((Text.Strong) span).text())
                .toList();
    }

    private static ReadingPlan onDays(String start, int sections, DayOfWeek... days) {
        return ReadingPlan.starting(
                SectionNumber.parse(start).orElseThrow(),
                new Pace.SectionsOnDays(sections, new ReadingWeek(EnumSet.copyOf(List.of(days)))),
                MONDAY);
    }

    @Test
    void theNextReadingIsNamedWithItsOwnSectionsOnly() {
        assertThat(nextNamed(onDays("62.1", 1, DayOfWeek.WEDNESDAY), MONDAY)).containsExactly("62.1");
        assertThat(nextNamed(onDays("62.1", 2, DayOfWeek.TUESDAY), MONDAY)).containsExactly("62.1", "62.2");
        assertThat(nextNamed(onDays("20.1", 1, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), MONDAY))
                .containsExactly("20.1");
    }

    @Test
    void aChapterAWeekNamesItsDayInFullInEnglishAndGerman() {
        ReadingPlan weekly = ReadingPlan.starting(
                SectionNumber.parse("20.1").orElseThrow(), new Pace.ChapterPerWeek(DayOfWeek.MONDAY), MONDAY);
        PlanDay day = PlanDay.of(weekly, seedShape(), MONDAY, BERLIN);

        assertThat(reply.of(day, "", true, Locale.ENGLISH).text().plainText())
                .contains("a chapter a week, every Monday")
                .doesNotContain("Mons");
        assertThat(reply.of(day, "", true, Locale.GERMAN).text().plainText())
                .contains("ein Kapitel pro Woche, jeden Montag")
                .doesNotContain("am Mo.");
    }
}
