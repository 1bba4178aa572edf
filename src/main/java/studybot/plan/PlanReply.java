package studybot.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import studybot.library.Section;
import studybot.reply.DiscordMarkdown;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.section.SectionActions;

/**
 * How a plan is shown: today's reading, where it started, its pace, how much is left and when it should end.
 * Dates are Discord timestamps (each reader sees them in their own zone); the console, which cannot show those,
 * gets the server's dates.
 */
public final class PlanReply {

    /** The title of every {@code /plan} answer. */
    public static final String TITLE = "Reading plan";
    /** The most "Open" buttons a list of sections gets. */
    static final int MAX_OPEN_BUTTONS = 10;

    private PlanReply() {
    }

    /** The plan on its day, with {@code note} (such as "Plan set.") first when not empty. */
    public static Reply of(PlanDay day, String note, boolean console) {
        StringBuilder text = new StringBuilder();
        if (!note.isEmpty()) {
            text.append(note).append("\n\n");
        }
        ReadingPlan plan = day.plan();
        if (plan.state() == PlanState.PAUSED) {
            text.append("**Paused.** `/plan resume` continues it; the days it is paused shift the schedule.\n");
        }
        if (!day.today().isEmpty()) {
            text.append("**Today's reading** (about ").append(ReadingTime.minutes(day.today())).append(" min): ")
                    .append(headings(day.today())).append('\n');
        } else if (day.finished()) {
            text.append("**Finished:** every reading's day has passed.\n");
        } else if (plan.state() == PlanState.ACTIVE) {
            text.append("**No reading today.** ");
            day.nextReading().ifPresent(next -> text.append("Next: ").append(date(day, next, console))
                    .append(", ").append(headings(day.upcoming().subList(0, Math.min(day.upcoming().size(),
                            3)))).append(day.upcoming().size() > 3 ? " …" : ""));
            text.append('\n');
        }
        text.append("**Started** at ").append(plan.start()).append(" on ").append(date(day, plan.setOn(), console))
                .append('\n');
        text.append("**Pace:** ").append(plan.pace().describe()).append('\n');
        text.append("**Sections left:** ").append(day.left().size());
        day.expectedEnd().ifPresent(end -> text.append("\n**Expected end:** ").append(date(day, end, console)));
        List<ReplyAction> actions = new ArrayList<>();
        day.today().stream().limit(MAX_OPEN_BUTTONS).forEach(section -> actions.add(
                SectionActions.openButton("Open " + section.number(), section.number(), ReplyAction.Style.PRIMARY)));
        return Reply.content(TITLE, text.toString()).withActions(actions);
    }

    /** {@code date} as a Discord date timestamp, or as the server's date on the console. */
    static String date(PlanDay day, LocalDate date, boolean console) {
        return console ? date.toString() : "<t:" + day.epochSecondOf(date) + ":D>";
    }

    static String headings(List<Section> sections) {
        return sections.stream().map(section -> "**" + section.number() + "** "
                + DiscordMarkdown.escape(section.title())).collect(Collectors.joining(", "));
    }
}
