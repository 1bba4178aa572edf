package studybot.dailytips;

import java.util.Locale;
import java.util.Objects;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.reply.Text;

/**
 * Why a server's daily tips are paused, as the store keeps it: what went wrong ({@link Cause}) and in which channel.
 * Kept as a code and an id, not as a message, so each transport words it its own way (a channel mention on Discord, a
 * channel id on the console) and the wording can improve without touching stored rows.
 */
public record PauseReason(Cause cause, long channelId) {

    /** The reasons' wording; immutable, read once. */
    private static final Texts TEXTS = Texts.load("dailytips");

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

    /** What an admin reads in English, e.g. in the log: what is wrong, and what to do about it. */
    public Text text() {
        return text(Languages.ENGLISH);
    }

    /** What an admin reads in {@code /tips status}, in their {@code language}. */
    public Text text(Locale language) {
        String key = switch (cause) {
            case CHANNEL_GONE -> "pause.gone";
            case NO_ACCESS -> "pause.access";
            case MISSING_PERMISSIONS -> "pause.permissions";
            case CANNOT_POST -> "pause.cannot";
        };
        return Text.builder()
                .plain(TEXTS.text(language, key + ".before"))
                .channel(channelId)
                .markup(TEXTS.text(language, key + ".after"))
                .build();
    }
}
