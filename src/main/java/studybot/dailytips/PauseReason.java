package studybot.dailytips;

import java.util.Objects;
import studybot.reply.Text;

/**
 * Why a server's daily tips are paused, as the store keeps it: what went wrong ({@link Cause}) and in which channel.
 * Kept as a code and an id, not as a message, so each transport words it its own way (a channel mention on Discord, a
 * channel id on the console) and the wording can improve without touching stored rows.
 */
public record PauseReason(Cause cause, long channelId) {

    /** What an admin has to fix before tips resume; the code is stored, so names are never reused. */
    public enum Cause {
        /** The channel is gone, or studybot can no longer see it. */
        CHANNEL_GONE,
        /** Discord answered Missing Access: studybot lacks View Channel there. */
        NO_ACCESS,
        /** studybot lacks a permission it needs to post there. */
        MISSING_PERMISSIONS,
        /** Any other refusal only an admin can lift (a reason kept from before codes, that named none of the above). */
        CANNOT_POST
    }

    public PauseReason {
        Objects.requireNonNull(cause, "cause");
    }

    /** What an admin reads in {@code /tips status}: what is wrong, and what to do about it. */
    public Text text() {
        Text.Builder text = Text.builder();
        switch (cause) {
            case CHANNEL_GONE ->
                text.plain("The tip channel ")
                        .channel(channelId)
                        .markup(" was deleted or studybot can no longer see it. Choose a channel with `/tips set`.");
            case NO_ACCESS ->
                text.plain("studybot cannot see the tip channel ")
                        .channel(channelId)
                        .markup(" (Discord: Missing Access). Give studybot View Channel there, or choose another"
                                + " channel with `/tips set`.");
            case MISSING_PERMISSIONS ->
                text.plain("studybot needs View Channel, Send Messages and Embed Links in ")
                        .channel(channelId)
                        .plain(" to post tips. Grant them to studybot's role in that channel's permissions.");
            case CANNOT_POST ->
                text.plain("studybot could not post in ")
                        .channel(channelId)
                        .markup(". Check that it can see the channel and has Send Messages and Embed Links there, or"
                                + " choose another channel with `/tips set`.");
        }
        return text.build();
    }
}
