package studybot.dailytips.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.DailyTipStatus;
import studybot.dailytips.DiscordFormat;
import studybot.dailytips.LastPost;
import studybot.dailytips.PostTimeFormat;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;

/**
 * A server's daily-tip status as admins read it after {@code /tips status} and after every change: where and when, on
 * or off, the next and the last tip, and what is wrong if anything is. Shown only to the admin who asked, in their
 * language.
 */
final class StatusReply {

    private StatusReply() {}

    /**
     * @param threadsMissing what studybot lacks to open each digest's discussion thread in the tip channel, if anything
     * @param headline what just happened (a key such as {@code status.saved}), or empty for a plain status
     */
    static Reply of(
            long serverId,
            DailyTipStatus status,
            Optional<Text> threadsMissing,
            String headline,
            Texts texts,
            Locale language) {
        String title = texts.text(language, "status.title");
        if (status.settings().isEmpty()) {
            return Reply.content(title, Text.markup(texts.text(language, "status.not.set.up")))
                    .toAskerOnly();
        }
        DailyTipSettings settings = status.settings().get();
        String state = status.pausedReason().isPresent() ? "paused" : settings.enabled() ? "on" : "off";
        List<ReplyField> fields = new ArrayList<>();
        fields.add(new ReplyField(
                texts.text(language, "status.channel"),
                Text.builder().channel(settings.channelId()).build()));
        fields.add(new ReplyField(
                texts.text(language, "status.time"),
                texts.format(
                        language,
                        "status.time.value",
                        Map.of(
                                "time",
                                PostTimeFormat.format(settings.postTime()),
                                "zone",
                                settings.zone().getId()))));
        fields.add(new ReplyField(
                texts.text(language, "status.next"),
                status.nextPostEpochSecond().isPresent()
                        ? Text.builder()
                                .moment(status.nextPostEpochSecond().getAsLong())
                                .build()
                        : Text.plain(texts.format(language, "status.next.none", Map.of("state", state)))));
        fields.add(new ReplyField(
                texts.text(language, "status.last"),
                status.lastPost()
                        .map(last -> lastPost(serverId, last, texts, language))
                        .orElse(Text.plain(texts.text(language, "status.last.none")))));
        status.pausedReason()
                .ifPresent(reason -> fields.add(new ReplyField(
                        texts.text(language, "status.paused"),
                        reason.text(language).append(Text.markup(texts.text(language, "status.paused.resume"))))));
        status.problem()
                .ifPresent(problem -> fields.add(
                        new ReplyField(texts.text(language, "status.problem"), Text.plain(problem.in(language)))));
        threadsMissing.ifPresent(
                missing -> fields.add(new ReplyField(texts.text(language, "status.threads"), missing)));
        Text text = Text.builder()
                .plain((headline.isEmpty() ? "" : texts.text(language, headline) + " ")
                        + texts.text(language, "status.are"))
                .strong(texts.format(language, "status.state", Map.of("state", state)))
                .plain(texts.text(language, "status.end"))
                .markup(state.equals("off") ? texts.text(language, "status.off.hint") : "")
                .build();
        return Reply.content(title, text).withFields(fields).toAskerOnly();
    }

    private static Text lastPost(long serverId, LastPost last, Texts texts, Locale language) {
        return Text.builder()
                .plain(texts.format(language, "status.last.in", Map.of("date", last.date())))
                .channel(last.channelId())
                .plain(texts.text(language, "status.last.separator"))
                .link(
                        last.section()
                                .map(section -> texts.format(
                                        language, "status.last.link", Map.of("section", section.toString())))
                                .orElseGet(() -> texts.text(language, "status.last.digest")),
                        DiscordFormat.messageLink(serverId, last.channelId(), last.messageId()))
                .build();
    }
}
