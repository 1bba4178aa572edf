package studybot.progress.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.chart.ChartRenderer;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.command.Place;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.progress.MarkResult;
import studybot.progress.ProgressService;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.section.SectionIds;

/**
 * Members' reading progress: its commands ({@link ReadCommand} {@code /read}, {@link UnreadCommand} {@code /unread},
 * {@link ProgressCommand} {@code /progress me|group|forget}), the "Mark as read" button under every section and the
 * confirmation of {@code /progress forget}. Read marks count per server (per member in direct messages); the console
 * user keeps theirs for the console's local plan.
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
                new ReadCommand(progress, replies, texts),
                new UnreadCommand(progress, replies, texts),
                new ProgressCommand(progress, replies, charts, nonces, texts));
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(
                new ClickRoute(SectionIds.MARK_READ, ClickMode.NEW_MESSAGE, this::markRead),
                new ClickRoute(FORGET_CONFIRMED, ClickMode.EDIT_MESSAGE, this::forgetConfirmed));
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
        return Refusable.answer(click.privateLocale(), () -> {
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
                        ProgressCommand.forgetKey(place, click.asker().userId()),
                        click.args().get(0))) {
            return Reply.problem(texts.text(click.privateLocale(), "forget.invalid"));
        }
        Locale reader = click.privateLocale();
        return Refusable.answer(reader, () -> {
            int deleted = progress.forget(place, click.asker().userId());
            return Reply.content(
                    replies.title(reader),
                    deleted == 0
                            ? texts.text(reader, "forget.none")
                            : texts.format(reader, "forget.done", Map.of("count", deleted)));
        });
    }
}
