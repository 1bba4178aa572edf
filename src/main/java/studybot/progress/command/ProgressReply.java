package studybot.progress.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import studybot.i18n.Texts;
import studybot.library.BookExample;
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
import studybot.section.SectionActions;

/**
 * How read marks and progress are shown. Everything about one member is shown to that member only, in their language;
 * the group's progress is the place's.
 */
final class ProgressReply {

    /** The most sections listed by number before the rest are only counted. */
    private static final int MAX_LISTED = 15;
    /** The most "Open" buttons for sections behind. */
    private static final int MAX_OPEN_BUTTONS = 5;

    private final Texts texts;

    /** @param texts the {@code progress} bundle */
    ProgressReply(Texts texts) {
        this.texts = texts;
    }

    String title(Locale reader) {
        return texts.text(reader, "title");
    }

    Reply marked(MarkResult result, MemberProgress progress, Locale reader) {
        List<Section> sections = result.sections();
        String what = sections.size() == 1
                ? texts.format(
                        reader,
                        "marked.what.one",
                        Map.of(
                                "section",
                                sections.get(0).number().toString(),
                                "title",
                                sections.get(0).title()))
                : texts.format(
                        reader,
                        "marked.what.many",
                        Map.of(
                                "count",
                                sections.size(),
                                "chapter",
                                String.valueOf(sections.get(0).number().chapter())));
        String text;
        if (result.changed() == 0) {
            text = texts.format(reader, "marked.already", Map.of("what", what));
        } else if (sections.size() == 1 || result.changed() == sections.size()) {
            text = texts.format(reader, "marked.done", Map.of("what", what));
        } else {
            text = texts.format(
                    reader, "marked.partly", Map.of("what", what, "already", sections.size() - result.changed()));
        }
        return Reply.content(title(reader), Text.plain(text + "\n" + standingLine(progress, reader)))
                .withActions(openBehind(progress, reader))
                .toAskerOnly();
    }

    Reply unmarked(MarkResult result, Locale reader) {
        List<Section> sections = result.sections();
        String what = sections.size() == 1
                ? sections.get(0).number().toString()
                : texts.format(
                        reader,
                        "unmarked.what.chapter",
                        Map.of(
                                "chapter",
                                String.valueOf(sections.get(0).number().chapter())));
        return Reply.content(
                        title(reader),
                        result.changed() == 0
                                ? texts.format(reader, "unmarked.none", Map.of("what", what))
                                : texts.format(
                                        reader, "unmarked.done", Map.of("count", result.changed(), "what", what)))
                .toAskerOnly();
    }

    /** The member's own standing; with nothing read yet, how to mark {@code example} read. */
    Reply member(MemberProgress progress, BookExample example, Locale reader) {
        Text.Builder text = Text.builder();
        if (progress.read().isEmpty()) {
            text.markup(texts.format(reader, "member.read.none", example.with(Map.of())));
        } else {
            text.markup(texts.format(
                    reader,
                    "member.read",
                    Map.of("count", progress.read().size(), "sections", numbers(progress.read(), reader))));
        }
        text.plain("\n");
        progress.plan()
                .ifPresent(day -> text.markup(texts.format(reader, "member.plan", Map.of("where", where(day, reader))))
                        .plain("\n"));
        text.plain(standingLine(progress, reader) + "\n");
        text.markup(texts.format(reader, "member.streak", Map.of("days", progress.streak())));
        return Reply.content(title(reader), text.build())
                .withActions(openBehind(progress, reader))
                .toAskerOnly();
    }

    /**
     * @param chartLabels the line each named member has in the reply's picture, if it has one
     * @param place the language of the group's progress, which everyone sees
     */
    Reply group(GroupProgress group, Map<Long, String> chartLabels, Locale place) {
        Text.Builder text = Text.builder();
        if (group.members() == 0) {
            text.plain(texts.text(place, "group.nobody"));
        } else if (group.plan().isEmpty()) {
            text.plain(texts.format(place, "group.noPlan", Map.of("members", group.members())));
        } else {
            text.markup(texts.format(
                    place,
                    "group.standing",
                    Map.of(
                            "members", group.members(),
                            "onTrack", group.onTrack(),
                            "behind", group.behind(),
                            "ahead", group.ahead())));
            text.plain("\n")
                    .markup(texts.format(
                            place,
                            "member.plan",
                            Map.of("where", where(group.plan().get(), place))));
        }
        List<ReplyField> fields = new ArrayList<>();
        if (!group.chapters().isEmpty() && group.members() > 0) {
            fields.add(new ReplyField(
                    texts.text(place, "group.chapters"),
                    group.chapters().stream()
                            .map(chapter -> texts.format(
                                    place,
                                    "group.chapter",
                                    Map.of(
                                            "chapter", String.valueOf(chapter.chapter()),
                                            "finished", chapter.finished(),
                                            "members", group.members())))
                            .collect(Collectors.joining("\n"))));
        }
        if (!group.named().isEmpty()) {
            fields.add(new ReplyField(
                    texts.text(place, "group.sharing"),
                    Text.lines(group.named().stream()
                            .map(named -> Text.builder()
                                    .member(named.memberId())
                                    .plain(texts.format(
                                            place,
                                            "group.named",
                                            Map.of(
                                                    "standing",
                                                    describe(named, place),
                                                    "inChart",
                                                    String.valueOf(chartLabels.containsKey(named.memberId())),
                                                    "label",
                                                    Optional.ofNullable(chartLabels.get(named.memberId()))
                                                            .orElse(""))))
                                    .build())
                            .toList())));
        }
        return Reply.content(title(place), text.build())
                .withFields(fields)
                .withFooter(texts.text(place, "group.footer"));
    }

    private String describe(NamedStanding named, Locale place) {
        return switch (named.standing()) {
            case ON_TRACK -> texts.text(place, "named.onTrack");
            case AHEAD -> texts.text(place, "named.ahead");
            case BEHIND -> texts.format(place, "named.behind", Map.of("count", named.behind()));
            case NO_PLAN -> texts.text(place, "named.reading");
        };
    }

    private String where(PlanDay day, Locale reader) {
        if (!day.today().isEmpty()) {
            return texts.format(reader, "where.today", Map.of("sections", numbers(day.today(), reader)));
        }
        if (day.finished()) {
            return texts.text(reader, "where.finished");
        }
        return day.nextReading().isPresent()
                ? texts.format(
                        reader,
                        "where.next",
                        Map.of("sections", numbers(day.upcoming().subList(0, 1), reader)))
                : texts.text(reader, "where.paused");
    }

    private String standingLine(MemberProgress progress, Locale reader) {
        return switch (progress.standing()) {
            case NO_PLAN -> texts.text(reader, "standing.noPlan");
            case ON_TRACK -> texts.text(reader, "standing.onTrack");
            case AHEAD ->
                texts.format(
                        reader,
                        "standing.ahead",
                        Map.of("count", progress.ahead().size()));
            case BEHIND ->
                texts.format(
                        reader,
                        "standing.behind",
                        Map.of("count", progress.behind().size(), "sections", numbers(progress.behind(), reader)));
        };
    }

    private List<ReplyAction> openBehind(MemberProgress progress, Locale reader) {
        return progress.behind().stream()
                .limit(MAX_OPEN_BUTTONS)
                .map(section -> SectionActions.openButton(
                        texts.format(
                                reader,
                                "button.open",
                                Map.of("section", section.number().toString())),
                        section.number(),
                        ReplyAction.Style.SECONDARY))
                .toList();
    }

    private String numbers(List<Section> sections, Locale reader) {
        String listed = sections.stream()
                .limit(MAX_LISTED)
                .map(Section::number)
                .map(SectionNumber::toString)
                .collect(Collectors.joining(", "));
        return sections.size() > MAX_LISTED
                ? texts.format(reader, "list.more", Map.of("listed", listed, "more", sections.size() - MAX_LISTED))
                : listed;
    }
}
