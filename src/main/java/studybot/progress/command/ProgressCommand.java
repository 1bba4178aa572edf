package studybot.progress.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.chart.ChartRenderer;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.ConfirmationNonces;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.progress.GroupProgress;
import studybot.progress.ProgressService;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyAttachment;
import studybot.reply.Text;

/**
 * {@code /progress me|group|forget}: where the member stands, the group's standing (with its picture), and the prompt
 * to delete the member's read marks, whose button {@link ProgressFeature} routes.
 */
final class ProgressCommand implements BotCommand {

    private final ProgressService progress;
    private final ProgressReply replies;
    private final ChartRenderer charts;
    private final ConfirmationNonces nonces;
    private final Texts texts;

    ProgressCommand(
            ProgressService progress,
            ProgressReply replies,
            ChartRenderer charts,
            ConfirmationNonces nonces,
            Texts texts) {
        this.progress = progress;
        this.replies = replies;
        this.charts = charts;
        this.nonces = nonces;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        ProgressFeature.PROGRESS,
                        texts.english("describe.progress"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        new SubcommandSpec(ProgressFeature.ME, texts.english("describe.progress.me")),
                        new SubcommandSpec(ProgressFeature.GROUP, texts.english("describe.progress.group")),
                        new SubcommandSpec(ProgressFeature.FORGET, texts.english("describe.progress.forget")))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return Refusable.answer(call.privateLocale(), () -> progress(call));
    }

    private Reply progress(CommandCall call) {
        Place place = call.scope().place();
        Locale reader = call.privateLocale();
        return switch (call.subcommand()) {
            case ProgressFeature.GROUP ->
                place.isShared()
                        ? group(place, call.publicLocale())
                        : Reply.problem(Text.markup(texts.text(reader, "problem.groupPerServer")));
            case ProgressFeature.FORGET ->
                Reply.content(
                                replies.title(reader),
                                texts.format(
                                        reader, "forget.prompt", Map.of("where", place.isServer() ? "server" : "here")))
                        .withActions(List.of(new ReplyAction.Button(
                                texts.text(reader, "forget.button"),
                                ProgressFeature.FORGET_CONFIRMED + ":"
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

    /** Whose "Delete my read marks" prompt a nonce belongs to: the member, in the place the marks are kept. */
    static String forgetKey(Place place, long member) {
        return "progress-forget/" + place.kind() + "/" + place.id() + "/" + member;
    }
}
