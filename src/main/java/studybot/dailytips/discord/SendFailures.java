package studybot.dailytips.discord;

import java.io.IOException;
import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import studybot.dailytips.DiscordFormat;
import studybot.dailytips.PermanentSendFailure;
import studybot.dailytips.TipSendException;
import studybot.dailytips.TransientSendFailure;

/**
 * Sorts JDA's failures to post a tip into the two kinds the tip service acts on. Only what an admin can fix is
 * permanent (it pauses the server's tips, and the reason is shown in {@code /tips status}, so it says what to do);
 * everything else, from a 5xx to a broken connection, is retried.
 */
final class SendFailures {

    private SendFailures() {}

    static TipSendException classify(Throwable failure, long channelId) {
        String channel = DiscordFormat.channel(channelId);
        if (failure instanceof InsufficientPermissionException missing) {
            return new PermanentSendFailure(
                    "studybot needs " + missing.getPermission().getName() + " in " + channel
                            + " to post tips. Grant it to studybot's role in that channel's permissions.",
                    failure);
        }
        if (failure instanceof ErrorResponseException error) {
            return switch (error.getErrorResponse()) {
                case UNKNOWN_CHANNEL ->
                    new PermanentSendFailure(
                            "The tip channel " + channel + " was deleted or "
                                    + "studybot can no longer see it. Choose a channel with `/tips set`.",
                            failure);
                case MISSING_ACCESS ->
                    new PermanentSendFailure(
                            "studybot cannot see the tip channel " + channel
                                    + " (Discord: Missing Access). Give studybot View Channel there, or choose another channel"
                                    + " with `/tips set`.",
                            failure);
                case MISSING_PERMISSIONS ->
                    new PermanentSendFailure(
                            "studybot is not allowed to post in " + channel
                                    + " (Discord: Missing Permissions). It needs View Channel, Send Messages and Embed Links"
                                    + " there.",
                            failure);
                default ->
                    new TransientSendFailure(
                            "Discord answered HTTP " + error.getResponse().code + " (" + error.getMeaning() + ")",
                            failure);
            };
        }
        if (failure instanceof RateLimitedException limited) {
            return new TransientSendFailure(
                    "Discord asked studybot to slow down", Duration.ofMillis(limited.getRetryAfter()));
        }
        String what = failure instanceof IOException ? "Could not reach Discord: " : "Posting failed: ";
        return new TransientSendFailure(what + failure, failure);
    }
}
