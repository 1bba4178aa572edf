package studybot.progress.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.chart.ChartRenderer;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.progress.GroupProgress;
import studybot.progress.MarkResult;
import studybot.progress.ProgressException;
import studybot.progress.ProgressService;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyAttachment;
import studybot.reply.Text;
import studybot.section.command.SectionIds;

/**
 * Members' reading progress: {@code /read}, {@code /unread}, {@code /progress me|group|forget}, and the "Mark as read"
 * button under every section. Read marks count per server (per member in direct messages); the console user keeps
 * theirs for the console's local plan.
 */
public final class ProgressFeature implements Feature {

    public static final String READ = "read";
    public static final String UNREAD = "unread";
    public static final String PROGRESS = "progress";
    public static final String ME = "me";
    public static final String GROUP = "group";
    public static final String FORGET = "forget";
    public static final String SECTION = "section";
    /** The confirmation button of {@code /progress forget}. */
    static final String FORGET_CONFIRMED = "progress-forget";

    private final ProgressService progress;
    private final ConfirmationNonces nonces;
    private final ChartRenderer charts;
    private final Texts texts;
    private final ProgressReply replies;

    /**
     * @param charts draws {@code /progress group}'s picture; without fonts the answer is its text alone
     * @param nonces tie the "Delete my read marks" button to the prompt that showed it
     * @param texts the {@code progress} bundle
     */
    public ProgressFeature(ProgressService progress, ChartRenderer charts, ConfirmationNonces nonces, Texts texts) {
        this.progress = progress;
        this.charts = charts;
        this.nonces = nonces;
        this.texts = texts;
        this.replies = new ProgressReply(texts);
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(
                command(
                        CommandSpec.of(
                                READ,
                                english("describe.read"),
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                OptionSpec.text(SECTION, english("describe.read.section"), 40)),
                        this::read),
                command(
                        CommandSpec.of(
                                UNREAD,
                                english("describe.unread"),
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                OptionSpec.text(SECTION, english("describe.unread.section"), 40)),
                        this::unread),
                command(
                        CommandSpec.withSubcommands(
                                PROGRESS,
                                english("describe.progress"),
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                new SubcommandSpec(ME, english("describe.progress.me")),
                                new SubcommandSpec(GROUP, english("describe.progress.group")),
                                new SubcommandSpec(FORGET, english("describe.progress.forget"))),
                        this::progress));
    }

    /** A description as Discord shows it in English, from the bundle that also has its translations. */
    private String english(String key) {
        return texts.text(Languages.ENGLISH, key);
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(
                new ClickRoute(SectionIds.MARK_READ, ClickMode.NEW_MESSAGE, this::markRead),
                new ClickRoute(FORGET_CONFIRMED, ClickMode.EDIT_MESSAGE, this::forgetConfirmed));
    }

    private Reply read(CommandCall call) throws ProgressException {
        Place place = call.scope().place();
        MarkResult result =
                progress.read(place, call.asker().userId(), call.options().text(SECTION));
        return call.asker()
                .aboutThemselves(replies.marked(
                        result, progress.progress(place, call.asker().userId()), call.privateLocale()));
    }

    private Reply unread(CommandCall call) throws ProgressException {
        return call.asker()
                .aboutThemselves(replies.unmarked(
                        progress.unread(
                                call.scope().place(),
                                call.asker().userId(),
                                call.options().text(SECTION)),
                        call.privateLocale()));
    }

    private Reply progress(CommandCall call) {
        Place place = call.scope().place();
        Locale reader = call.privateLocale();
        return switch (call.subcommand()) {
            case GROUP ->
                place.isShared()
                        ? group(place, call.publicLocale())
                        : Reply.problem(Text.markup(texts.text(reader, "problem.groupPerServer")));
            case FORGET ->
                Reply.content(
                                replies.title(reader),
                                texts.format(
                                        reader, "forget.prompt", Map.of("where", place.isServer() ? "server" : "here")))
                        .withActions(List.of(new ReplyAction.Button(
                                texts.text(reader, "forget.button"),
                                FORGET_CONFIRMED + ":"
                                        + nonces.issue(
                                                forgetKey(place, call.asker().userId())),
                                ReplyAction.Style.PRIMARY,
                                "")))
                        .toAskerOnly();
            default ->
                call.asker()
                        .aboutThemselves(replies.member(
                                progress.progress(place, call.asker().userId()), progress.example(place), reader));
        };
    }

    /** The group's standing in text, with its picture when one can be drawn (the text then says who each line is). */
    private Reply group(Place place, Locale reader) {
        GroupProgress now = progress.group(place);
        Optional<GroupChart> chart = GroupChart.of(progress.history(place, GroupChart.WEEKS), texts, reader);
        Optional<byte[]> png = chart.flatMap(picture -> charts.png(List.of(picture.panel())));
        if (chart.isEmpty() || png.isEmpty()) {
            return replies.group(now, Map.of(), reader);
        }
        return replies.group(now, chart.get().labels(), reader)
                .withAttachment(new ReplyAttachment(
                        GroupChart.FILE_NAME,
                        png.get(),
                        chart.get().altText(),
                        chart.get().glance()));
    }

    private Reply markRead(ClickCall click) {
        Optional<SectionNumber> section =
                click.args().size() == 1 ? SectionNumber.parse(click.args().get(0)) : Optional.empty();
        if (section.isEmpty()) {
            return Reply.problem(Text.markup(texts.format(
                    click.privateLocale(),
                    "problem.oldButton",
                    progress.example(click.scope().place()).with(Map.of()))));
        }
        return guarded(click.privateLocale(), () -> {
            Place place = click.scope().place();
            MarkResult result = progress.read(place, click.asker().userId(), section.get());
            return click.asker()
                    .aboutThemselves(replies.marked(
                            result, progress.progress(place, click.asker().userId()), click.privateLocale()));
        });
    }

    /**
     * Replaces the prompt it was clicked on (private already, being the answer to {@code /progress forget}), so the
     * button is gone; a reply for the asker only would be a new message beside a prompt still clickable.
     */
    private Reply forgetConfirmed(ClickCall click) {
        Place place = click.scope().place();
        if (click.args().size() != 1
                || !nonces.redeem(
                        forgetKey(place, click.asker().userId()), click.args().get(0))) {
            return Reply.problem(texts.text(click.privateLocale(), "forget.invalid"));
        }
        Locale reader = click.privateLocale();
        return guarded(reader, () -> {
            int deleted = progress.forget(place, click.asker().userId());
            return Reply.content(
                    replies.title(reader),
                    deleted == 0
                            ? texts.text(reader, "forget.none")
                            : texts.format(reader, "forget.done", Map.of("count", deleted)));
        });
    }

    /** Whose "Delete my read marks" prompt a nonce belongs to: the member, in the place the marks are kept. */
    private static String forgetKey(Place place, long member) {
        return "progress-forget/" + place.kind() + "/" + place.id() + "/" + member;
    }

    private BotCommand command(CommandSpec spec, Answer answer) {
        return new BotCommand() {
            @Override
            public CommandSpec spec() {
                return spec.translatedBy(Translations.from(texts));
            }

            @Override
            public Reply answer(CommandCall call) {
                return guarded(call.privateLocale(), () -> answer.answer(call));
            }
        };
    }

    private Reply guarded(Locale reader, Work work) {
        try {
            return work.run();
        } catch (ProgressException e) {
            return Reply.problem(e.message(reader));
        }
    }

    /** One command's answer, which may refuse. */
    @FunctionalInterface
    private interface Answer {
        Reply answer(CommandCall call) throws ProgressException;
    }

    /** Work that may refuse. */
    @FunctionalInterface
    private interface Work {
        Reply run() throws ProgressException;
    }
}
