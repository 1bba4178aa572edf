package studybot.progress.command;

import java.util.List;
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
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

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

    private static final String STORE_BUSY = "The store is busy, try again in a moment. Nothing was changed.";
    private static final String STORE_UNWRITABLE = "Nothing was changed: studybot cannot write its store right "
            + "now. The bot's host has been told in the log; try again once it is fixed.";

    private final ProgressService progress;
    private final ConfirmationNonces nonces;
    private final ChartRenderer charts;

    /** @param charts draws {@code /progress group}'s picture; without fonts the answer is its text alone */
    /** @param nonces tie the "Delete my read marks" button to the prompt that showed it */
    public ProgressFeature(ProgressService progress, ChartRenderer charts, ConfirmationNonces nonces) {
        this.progress = progress;
        this.charts = charts;
        this.nonces = nonces;
    }

    @Override
    public List<BotCommand> commands() {
        return List.of(
                command(
                        CommandSpec.of(
                                READ,
                                "Mark a section (20.4) or a whole chapter (20) as read",
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                OptionSpec.text(SECTION, "A section such as 20.4, or a chapter such as 20", 40)),
                        this::read),
                command(
                        CommandSpec.of(
                                UNREAD,
                                "Take back a read mark for a section (20.4) or a chapter (20)",
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                OptionSpec.text(SECTION, "A section such as 20.4, or a chapter such as 20", 40)),
                        this::unread),
                command(
                        CommandSpec.withSubcommands(
                                PROGRESS,
                                "Reading progress: yours, or the group's",
                                Access.EVERYONE,
                                Reach.EVERYWHERE,
                                new SubcommandSpec(ME, "What you have read, where the plan is, how far behind you are"),
                                new SubcommandSpec(
                                        GROUP, "How many are on track, behind or ahead, and chapters finished"),
                                new SubcommandSpec(FORGET, "Delete all your read marks here")),
                        this::progress));
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
                .aboutThemselves(ProgressReply.marked(
                        result, progress.progress(place, call.asker().userId())));
    }

    private Reply unread(CommandCall call) throws ProgressException {
        return call.asker()
                .aboutThemselves(ProgressReply.unmarked(progress.unread(
                        call.scope().place(),
                        call.asker().userId(),
                        call.options().text(SECTION))));
    }

    private Reply progress(CommandCall call) {
        Place place = call.scope().place();
        return switch (call.subcommand()) {
            case GROUP ->
                place.isShared()
                        ? group(place)
                        : Reply.problem(Text.markup("Group progress is kept per server: use `/progress group` in a"
                                + " channel of a server that has studybot. `/progress me` shows yours here."));
            case FORGET ->
                Reply.content(
                                ProgressReply.TITLE,
                                "This deletes every section you marked as read "
                                        + (place.isServer() ? "in this server" : "here")
                                        + ", and your streak. It cannot be undone.")
                        .withActions(List.of(new ReplyAction.Button(
                                "Delete my read marks",
                                FORGET_CONFIRMED + ":"
                                        + nonces.issue(
                                                forgetKey(place, call.asker().userId())),
                                ReplyAction.Style.PRIMARY,
                                "")))
                        .toAskerOnly();
            default ->
                call.asker()
                        .aboutThemselves(ProgressReply.member(
                                progress.progress(place, call.asker().userId())));
        };
    }

    /** The group's standing in text, with its picture when one can be drawn (the text then says who each line is). */
    private Reply group(Place place) {
        GroupProgress now = progress.group(place);
        Optional<GroupChart> chart = GroupChart.of(progress.history(place, GroupChart.WEEKS));
        Optional<byte[]> png = chart.flatMap(picture -> charts.png(List.of(picture.panel())));
        if (chart.isEmpty() || png.isEmpty()) {
            return ProgressReply.group(now, Map.of());
        }
        return ProgressReply.group(now, chart.get().labels())
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
            return Reply.problem(
                    Text.markup("This button is from an older version of studybot. Use `/read 20.4`" + " instead."));
        }
        return guarded(() -> {
            Place place = click.scope().place();
            MarkResult result = progress.read(place, click.asker().userId(), section.get());
            return click.asker()
                    .aboutThemselves(ProgressReply.marked(
                            result, progress.progress(place, click.asker().userId())));
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
            return Reply.problem("This button isn't valid any more. Use `/progress forget` to ask again.");
        }
        return guarded(() -> {
            int deleted = progress.forget(place, click.asker().userId());
            return Reply.content(
                    ProgressReply.TITLE,
                    deleted == 0
                            ? "You had no read marks here."
                            : "Deleted your " + (deleted == 1 ? "read mark" : deleted + " read marks") + ".");
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
                return spec;
            }

            @Override
            public Reply answer(CommandCall call) {
                return guarded(() -> answer.answer(call));
            }
        };
    }

    private static Reply guarded(Work work) {
        try {
            return work.run();
        } catch (ProgressException e) {
            return Reply.problem(e.getMessage());
        } catch (StoreBusyException e) {
            return Reply.problem(STORE_BUSY);
        } catch (StoreUnwritableException e) {
            return Reply.problem(STORE_UNWRITABLE);
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
