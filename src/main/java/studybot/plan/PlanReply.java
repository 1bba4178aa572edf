package studybot.plan;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import studybot.i18n.Texts;
import studybot.library.Section;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.section.SectionActions;

/**
 * How a plan is shown: today's reading, where it started, its pace, how much is left and when it should end, in the
 * reader's language. Dates are Discord timestamps (each reader sees them in their own zone); the console, which cannot
 * show those, gets the server's dates.
 */
public final class PlanReply {

    /** The most "Open" buttons a list of sections gets. */
    static final int MAX_OPEN_BUTTONS = 10;
    /** The most sections of the next reading named after "Next:" (a chapter a week reads more at once). */
    private static final int MAX_NEXT = 3;

    private final Texts texts;

    /** @param texts the {@code plan} bundle */
    public PlanReply(Texts texts) {
        this.texts = texts;
    }

    /** The title of every {@code /plan} answer. */
    public String title(Locale reader) {
        return texts.text(reader, "title");
    }

    /** The plan on its day, with {@code note} (such as "Plan set.") first when not empty. */
    public Reply of(PlanDay day, String note, boolean console, Locale reader) {
        Text.Builder text = Text.builder();
        if (!note.isEmpty()) {
            text.plain(note + "\n\n");
        }
        ReadingPlan plan = day.plan();
        if (plan.state() == PlanState.PAUSED) {
            text.markup(texts.text(reader, "paused") + "\n");
        }
        if (!day.today().isEmpty()) {
            text.append(texts.markup(
                            reader,
                            "today",
                            Map.of("minutes", ReadingTime.minutes(day.today())),
                            Map.of("sections", headings(day.today()))))
                    .plain("\n");
        } else if (day.finished()) {
            text.markup(texts.text(reader, "finished") + "\n");
        } else if (plan.state() == PlanState.ACTIVE) {
            text.markup(texts.text(reader, "noReading")).plain(" ");
            day.nextReading()
                    .ifPresent(next -> text.append(texts.markup(
                            reader,
                            "next",
                            Map.of("more", String.valueOf(day.next().size() > MAX_NEXT)),
                            Map.of(
                                    "date",
                                    date(day, next, console, reader),
                                    "sections",
                                    headings(day.next()
                                            .subList(0, Math.min(day.next().size(), MAX_NEXT)))))));
            text.plain("\n");
        }
        text.append(texts.markup(
                        reader,
                        "started",
                        Map.of("start", plan.start().toString()),
                        Map.of("date", date(day, plan.setOn(), console, reader))))
                .plain("\n");
        text.markup(texts.format(reader, "pace", Map.of("pace", pace(plan.pace(), reader))) + "\n");
        text.markup(texts.format(reader, "left", Map.of("count", day.left().size())));
        day.expectedEnd()
                .ifPresent(end -> text.plain("\n")
                        .append(texts.markup(
                                reader, "expectedEnd", Map.of(), Map.of("date", date(day, end, console, reader)))));
        List<ReplyAction> actions = new ArrayList<>();
        day.today().stream()
                .limit(MAX_OPEN_BUTTONS)
                .forEach(section -> actions.add(SectionActions.openButton(
                        texts.format(
                                reader,
                                "button.open",
                                Map.of("section", section.number().toString())),
                        section.number(),
                        ReplyAction.Style.PRIMARY)));
        return Reply.content(title(reader), text.build()).withActions(actions);
    }

    /**
     * The pace as {@code /plan status} shows it, e.g. {@code 2 sections on Mon, Wed, Fri} or {@code a chapter a week,
     * every Monday}.
     */
    private String pace(Pace pace, Locale reader) {
        if (pace instanceof Pace.SectionsPerDay perDay) {
            return texts.format(reader, "pace.perDay", Map.of("sections", perDay.sections()));
        }
        if (pace instanceof Pace.ChapterPerWeek weekly) {
            // its one day in full ("every Monday"), never a plural made of a short name ("on Mons")
            return texts.format(
                    reader, "pace.chapter", Map.of("day", weekly.day().getDisplayName(TextStyle.FULL, reader)));
        }
        String days = pace.week().days().stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, reader))
                .collect(Collectors.joining(", "));
        return texts.format(
                reader, "pace.onDays", Map.of("sections", ((Pace.SectionsOnDays) pace).sections(), "days", days));
    }

    /** {@code date} as a day Discord shows in each reader's zone, or as the server's date on the console. */
    private Text date(PlanDay day, LocalDate date, boolean console, Locale reader) {
        return console
                ? Text.plain(texts.format(reader, "date.console", Map.of("date", date)))
                : Text.builder().day(day.epochSecondOf(date)).build();
    }

    /** The sections as {@code 20.3} (emphasised) and title, separated by commas. */
    static Text headings(List<Section> sections) {
        Text.Builder text = Text.builder();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            text.plain(i == 0 ? "" : ", ").strong(section.number().toString()).plain(" " + section.title());
        }
        return text.build();
    }
}
