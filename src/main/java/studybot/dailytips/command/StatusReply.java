package studybot.dailytips.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.DailyTipStatus;
import studybot.dailytips.DiscordFormat;
import studybot.dailytips.LastPost;
import studybot.dailytips.PostTimeFormat;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;

/**
 * A server's daily-tip status as admins read it after {@code /tips status} and after every change: where and when, on
 * or off, the next and the last tip, and what is wrong if anything is. Shown only to the admin who asked.
 */
final class StatusReply {

    static final String TITLE = "Daily tips";

    private StatusReply() {}

    /**
     * @param threadsMissing what studybot lacks to open each digest's discussion thread in the tip channel, if anything
     * @param headline what just happened, e.g. "Saved.", or empty for a plain status
     */
    static Reply of(long serverId, DailyTipStatus status, Optional<Text> threadsMissing, String headline) {
        if (status.settings().isEmpty()) {
            return Reply.content(
                            TITLE,
                            Text.markup("Daily tips are not set up on this server yet. Use `/tips set`"
                                    + " with a channel, a time (24-hour HH:mm) and a timezone to start them."))
                    .toAskerOnly();
        }
        DailyTipSettings settings = status.settings().get();
        String state = status.pausedReason().isPresent() ? "paused" : settings.enabled() ? "on" : "off";
        List<ReplyField> fields = new ArrayList<>();
        fields.add(new ReplyField(
                "Channel", Text.builder().channel(settings.channelId()).build()));
        fields.add(new ReplyField(
                "Time",
                PostTimeFormat.format(settings.postTime()) + " every day ("
                        + settings.zone().getId() + ")"));
        fields.add(new ReplyField(
                "Next tip",
                status.nextPostEpochSecond().isPresent()
                        ? Text.builder()
                                .moment(status.nextPostEpochSecond().getAsLong())
                                .build()
                        : Text.plain("None while daily tips are " + state + ".")));
        fields.add(new ReplyField(
                "Last tip",
                status.lastPost().map(last -> lastPost(serverId, last)).orElse(Text.plain("None yet."))));
        status.pausedReason()
                .ifPresent(reason -> fields.add(new ReplyField(
                        "Paused",
                        reason.text()
                                .append(Text.markup(
                                        "\nOnce that is fixed, `/tips on` (or `/tips set`) resumes the tips.")))));
        status.problem().ifPresent(problem -> fields.add(new ReplyField("Problem", Text.plain(problem))));
        threadsMissing.ifPresent(missing -> fields.add(new ReplyField("Discussion threads", missing)));
        Text text = Text.builder()
                .plain((headline.isEmpty() ? "" : headline + " ") + "Daily tips are ")
                .strong(state)
                .plain(".")
                .markup(state.equals("off") ? " Use `/tips on` to turn them on." : "")
                .build();
        return Reply.content(TITLE, text).withFields(fields).toAskerOnly();
    }

    private static Text lastPost(long serverId, LastPost last) {
        return Text.builder()
                .plain(last.date() + " in ")
                .channel(last.channelId())
                .plain(": ")
                .link(
                        "tip from " + last.section(),
                        DiscordFormat.messageLink(serverId, last.channelId(), last.messageId()))
                .build();
    }
}
