package studybot.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import studybot.library.Section;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.Text;
import studybot.section.command.SectionActions;

/**
 * How a plan is shown: today's reading, where it started, its pace, how much is left and when it should end. Dates are
 * Discord timestamps (each reader sees them in their own zone); the console, which cannot show those, gets the server's
 * dates.
 */
public final class PlanReply {

    /** The title of every {@code /plan} answer. */
    public static final String TITLE = "Reading plan";
    /** The most "Open" buttons a list of sections gets. */
    static final int MAX_OPEN_BUTTONS = 10;

    private PlanReply() {}

    /** The plan on its day, with {@code note} (such as "Plan set.") first when not empty. */
    public static Reply of(PlanDay day, String note, boolean console) {
        Text.Builder text = Text.builder();
        if (!note.isEmpty()) {
            text.plain(note + "\n\n");
        }
        ReadingPlan plan = day.plan();
        if (plan.state() == PlanState.PAUSED) {
            text.markup("**Paused.** `/plan resume` continues it; the days it is paused shift the schedule.\n");
        }
        if (!day.today().isEmpty()) {
            text.strong("Today's reading")
                    .plain(" (about " + ReadingTime.minutes(day.today()) + " min): ")
                    .append(headings(day.today()))
                    .plain("\n");
        } else if (day.finished()) {
            text.markup("**Finished:** every reading's day has passed.\n");
        } else if (plan.state() == PlanState.ACTIVE) {
            text.strong("No reading today.").plain(" ");
            day.nextReading()
                    .ifPresent(next -> text.plain("Next: ")
                            .append(date(day, next, console))
                            .plain(", ")
                            .append(headings(day.upcoming()
                                    .subList(0, Math.min(day.upcoming().size(), 3))))
                            .plain(day.upcoming().size() > 3 ? " …" : ""));
            text.plain("\n");
        }
        text.strong("Started")
                .plain(" at " + plan.start() + " on ")
                .append(date(day, plan.setOn(), console))
                .plain("\n");
        text.strong("Pace:").plain(" " + plan.pace().describe() + "\n");
        text.strong("Sections left:").plain(" " + day.left().size());
        day.expectedEnd()
                .ifPresent(end ->
                        text.plain("\n").strong("Expected end:").plain(" ").append(date(day, end, console)));
        List<ReplyAction> actions = new ArrayList<>();
        day.today().stream()
                .limit(MAX_OPEN_BUTTONS)
                .forEach(section -> actions.add(SectionActions.openButton(
                        "Open " + section.number(), section.number(), ReplyAction.Style.PRIMARY)));
        return Reply.content(TITLE, text.build()).withActions(actions);
    }

    /** {@code date} as a day Discord shows in each reader's zone, or as the server's date on the console. */
    static Text date(PlanDay day, LocalDate date, boolean console) {
        return console
                ? Text.plain(date.toString())
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
