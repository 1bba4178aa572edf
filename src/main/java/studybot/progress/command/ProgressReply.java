package studybot.progress.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanDay;
import studybot.progress.GroupProgress;
import studybot.progress.MarkResult;
import studybot.progress.MemberProgress;
import studybot.progress.NamedStanding;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.section.command.SectionActions;

/** How read marks and progress are shown. Everything about one member is shown to that member only. */
final class ProgressReply {

    static final String TITLE = "Reading progress";
    /** The most sections listed by number before the rest are only counted. */
    private static final int MAX_LISTED = 15;
    /** The most "Open" buttons for sections behind. */
    private static final int MAX_OPEN_BUTTONS = 5;

    private ProgressReply() {}

    static Reply marked(MarkResult result, MemberProgress progress) {
        List<Section> sections = result.sections();
        String what = sections.size() == 1
                ? sections.get(0).number() + " " + sections.get(0).title()
                : sections.size() + " sections of chapter "
                        + sections.get(0).number().chapter();
        String text;
        if (result.changed() == 0) {
            text = "You had already marked " + what + " as read.";
        } else if (sections.size() == 1 || result.changed() == sections.size()) {
            text = "Marked " + what + " as read.";
        } else {
            text = "Marked " + what + " as read (" + (sections.size() - result.changed()) + " already were).";
        }
        return Reply.content(TITLE, Text.plain(text + "\n" + standingLine(progress)))
                .withActions(openBehind(progress))
                .toAskerOnly();
    }

    static Reply unmarked(MarkResult result) {
        List<Section> sections = result.sections();
        String what = sections.size() == 1
                ? sections.get(0).number().toString()
                : "chapter " + sections.get(0).number().chapter();
        return Reply.content(
                        TITLE,
                        result.changed() == 0
                                ? "You had not marked " + what + " as read."
                                : "Took back "
                                        + (result.changed() == 1 ? "the read mark" : result.changed() + " read marks")
                                        + " for " + what + ".")
                .toAskerOnly();
    }

    static Reply member(MemberProgress progress) {
        Text.Builder text = Text.builder().strong("Read:").plain(" ");
        if (progress.read().isEmpty()) {
            text.markup("nothing marked yet — use the \"Mark as read\" button under a section, or `/read 20.4`");
        } else {
            text.plain(progress.read().size() + " section" + (progress.read().size() == 1 ? "" : "s") + " ("
                    + numbers(progress.read()) + ")");
        }
        text.plain("\n");
        progress.plan().ifPresent(day -> text.strong("The plan:").plain(" " + where(day) + "\n"));
        text.plain(standingLine(progress) + "\n");
        text.strong("Streak:").plain(" " + (progress.streak() == 1 ? "1 day" : progress.streak() + " days"));
        return Reply.content(TITLE, text.build())
                .withActions(openBehind(progress))
                .toAskerOnly();
    }

    /** @param chartLabels the line each named member has in the reply's picture, if it has one */
    static Reply group(GroupProgress group, Map<Long, String> chartLabels) {
        Text.Builder text = Text.builder();
        if (group.members() == 0) {
            text.plain("Nobody here has marked a section as read yet.");
        } else if (group.plan().isEmpty()) {
            text.plain((group.members() == 1 ? "1 member has" : group.members() + " members have")
                    + " marked sections as read. There is no reading plan to compare with.");
        } else {
            String members = group.members() == 1 ? "1 member who marks" : group.members() + " members who mark";
            text.plain("Of " + members + " sections as read: ")
                    .strong(group.onTrack() + " on track")
                    .plain(", ")
                    .strong(group.behind() + " behind")
                    .plain(", ")
                    .strong(group.ahead() + " ahead")
                    .plain(".");
            text.plain("\n").strong("The plan:").plain(" " + where(group.plan().get()));
        }
        List<ReplyField> fields = new ArrayList<>();
        if (!group.chapters().isEmpty() && group.members() > 0) {
            fields.add(new ReplyField(
                    "Chapters finished",
                    group.chapters().stream()
                            .map(chapter -> "Chapter " + chapter.chapter() + ": " + chapter.finished() + " of "
                                    + group.members())
                            .collect(Collectors.joining("\n"))));
        }
        if (!group.named().isEmpty()) {
            fields.add(new ReplyField(
                    "Sharing their progress",
                    Text.lines(group.named().stream()
                            .map(named -> Text.builder()
                                    .member(named.memberId())
                                    .plain(": ")
                                    .plain(describe(named))
                                    .plain(Optional.ofNullable(chartLabels.get(named.memberId()))
                                            .map(label -> " (" + label + " in the chart)")
                                            .orElse(""))
                                    .build())
                            .toList())));
        }
        return Reply.content(TITLE, text.build())
                .withFields(fields)
                .withFooter(
                        "Only members who chose to share (/quiz share visible:on) are named; everyone else is counted.");
    }

    private static String describe(NamedStanding named) {
        return switch (named.standing()) {
            case ON_TRACK -> "on track";
            case AHEAD -> "ahead";
            case BEHIND -> named.behind() + " behind";
            case NO_PLAN -> "reading";
        };
    }

    private static String where(PlanDay day) {
        if (!day.today().isEmpty()) {
            return "today's reading is " + numbers(day.today());
        }
        if (day.finished()) {
            return "finished";
        }
        return day.nextReading().isPresent()
                ? "no reading today; next is " + numbers(day.upcoming().subList(0, 1)) + " and on"
                : "paused";
    }

    private static String standingLine(MemberProgress progress) {
        return switch (progress.standing()) {
            case NO_PLAN -> "There is no reading plan here to compare with.";
            case ON_TRACK -> "You're on track.";
            case AHEAD ->
                "You're ahead of the plan by " + count(progress.ahead().size()) + ".";
            case BEHIND -> "You're " + count(progress.behind().size()) + " behind: " + numbers(progress.behind()) + ".";
        };
    }

    private static List<ReplyAction> openBehind(MemberProgress progress) {
        return progress.behind().stream()
                .limit(MAX_OPEN_BUTTONS)
                .map(section -> SectionActions.openButton(
                        "Open " + section.number(), section.number(), ReplyAction.Style.SECONDARY))
                .toList();
    }

    private static String count(int sections) {
        return sections == 1 ? "1 section" : sections + " sections";
    }

    private static String numbers(List<Section> sections) {
        List<String> listed = sections.stream()
                .limit(MAX_LISTED)
                .map(Section::number)
                .map(SectionNumber::toString)
                .toList();
        String more = sections.size() > MAX_LISTED ? " and " + (sections.size() - MAX_LISTED) + " more" : "";
        return String.join(", ", listed) + more;
    }
}
