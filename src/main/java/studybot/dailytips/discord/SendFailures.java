package studybot.dailytips.discord;

import java.io.IOException;
import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import studybot.dailytips.PauseReason;
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
        if (failure instanceof InsufficientPermissionException) {
            return new PermanentSendFailure(new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, channelId), failure);
        }
        if (failure instanceof ErrorResponseException error) {
            return switch (error.getErrorResponse()) {
                case UNKNOWN_CHANNEL ->
                    new PermanentSendFailure(new PauseReason(PauseReason.Cause.CHANNEL_GONE, channelId), failure);
                case MISSING_ACCESS ->
                    new PermanentSendFailure(new PauseReason(PauseReason.Cause.NO_ACCESS, channelId), failure);
                case MISSING_PERMISSIONS ->
                    new PermanentSendFailure(
                            new PauseReason(PauseReason.Cause.MISSING_PERMISSIONS, channelId), failure);
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
