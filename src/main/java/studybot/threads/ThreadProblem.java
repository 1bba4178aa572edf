package studybot.threads;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import studybot.i18n.Lists;
import studybot.i18n.Texts;
import studybot.reply.Text;

/**
 * Why studybot cannot open or reach a discussion thread, as the transport found it. Kept as a cause, the channel and
 * the permissions studybot lacks rather than as a sentence, so the transport words nothing and each member reads it in
 * their own language (from the {@code threads} bundle).
 *
 * @param missing what studybot lacks in the channel; empty unless {@link Cause#MISSING_PERMISSIONS}
 * @param detail Discord's own words for {@link Cause#DISCORD_REFUSED} and {@link Cause#DISCORD_ERROR}, the seconds
 *     waited for {@link Cause#NO_ANSWER}; empty otherwise
 */
public record ThreadProblem(Cause cause, long channelId, List<ThreadPermission> missing, String detail) {

    /** What went wrong. */
    public enum Cause {
        /** studybot is not connected to Discord (yet, or at all on the console). */
        NOT_CONNECTED,
        /** The channel is no text channel studybot can see. */
        NO_CHANNEL,
        /** studybot lacks {@link #missing()} in the channel. */
        MISSING_PERMISSIONS,
        /** Discord refused, saying studybot lacks access or a permission. */
        DISCORD_REFUSED,
        /** Discord answered with an error that may pass (5xx, rate limit). */
        DISCORD_ERROR,
        /** Discord did not answer in time. */
        NO_ANSWER,
        /** studybot is stopping. */
        STOPPING
    }

    public ThreadProblem {
        Objects.requireNonNull(cause, "cause");
        missing = List.copyOf(missing);
        Objects.requireNonNull(detail, "detail");
    }

    /** A problem that is only its cause, in {@code channelId} (0 when no channel is concerned). */
    public static ThreadProblem of(Cause cause, long channelId) {
        return new ThreadProblem(cause, channelId, List.of(), "");
    }

    /** studybot lacks {@code missing} in {@code channelId}. */
    public static ThreadProblem lacking(long channelId, List<ThreadPermission> missing) {
        return new ThreadProblem(Cause.MISSING_PERMISSIONS, channelId, missing, "");
    }

    /** Discord's own answer for {@code cause}, or the seconds waited for {@link Cause#NO_ANSWER}. */
    public static ThreadProblem told(Cause cause, String detail) {
        return new ThreadProblem(cause, 0, List.of(), detail);
    }

    /**
     * What an admin must do for threads to open in the channel, as a whole sentence in {@code reader}'s language (for
     * {@code /discuss}, {@code /tips status} and {@code /plan status}).
     *
     * @param texts the {@code threads} bundle
     */
    public Text advice(Texts texts, Locale reader) {
        return texts.markup(reader, "advice." + key(), arguments(reader, texts), spans());
    }

    /**
     * Why an attempt failed, as a clause to follow "Could not open the thread:" in {@code reader}'s language.
     *
     * @param texts the {@code threads} bundle
     */
    public Text reason(Texts texts, Locale reader) {
        return texts.markup(reader, "reason." + key(), arguments(reader, texts), spans());
    }

    private String key() {
        return switch (cause) {
            case NOT_CONNECTED -> "notConnected";
            case NO_CHANNEL -> "noChannel";
            case MISSING_PERMISSIONS -> "permissions";
            case DISCORD_REFUSED -> "refused";
            case DISCORD_ERROR -> "error";
            case NO_ANSWER -> "noAnswer";
            case STOPPING -> "stopping";
        };
    }

    private Map<String, Object> arguments(Locale reader, Texts texts) {
        return Map.of("count", missing.size(), "permissions", Lists.and(reader, texts, "permission.", missing));
    }

    private Map<String, Text> spans() {
        // Discord's words are shown as they are, never read as markup
        return Map.of("channel", Text.builder().channel(channelId).build(), "detail", Text.plain(detail));
    }
}
