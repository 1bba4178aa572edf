package studybot.dailytips;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import studybot.i18n.Lists;
import studybot.i18n.Texts;
import studybot.reply.Text;

/**
 * What keeps studybot from posting tips in a channel, as the transport found it. Kept as what is wrong and which
 * permissions are missing rather than as a sentence, so the transport words nothing and the admin who asked reads it in
 * their own language.
 *
 * @param missing what studybot lacks there, in the order Discord lists permissions; empty unless
 *     {@link Kind#MISSING_PERMISSIONS}
 */
public record PostingProblem(Kind kind, long channelId, List<Permission> missing) {

    /** The problems' wording; immutable, read once. */
    private static final Texts TEXTS = Texts.load("dailytips");

    /** What is wrong. */
    public enum Kind {
        /** studybot is not connected to Discord at all (the console), so it cannot check the channel. */
        OFFLINE,
        /** studybot is still connecting to Discord: asking again in a moment will do. */
        CONNECTING,
        /** The channel is no text channel of this server that studybot can see. */
        NOT_A_CHANNEL,
        /** studybot lacks {@link #missing()} there. */
        MISSING_PERMISSIONS
    }

    /** What posting a tip needs in its channel (without Embed Links Discord drops the tip's embed). */
    public enum Permission {
        VIEW_CHANNEL,
        SEND_MESSAGES,
        EMBED_LINKS
    }

    public PostingProblem {
        Objects.requireNonNull(kind, "kind");
        missing = List.copyOf(missing);
    }

    /** For where no channel can be checked, such as the offline console. */
    public static PostingProblem offline(long channelId) {
        return new PostingProblem(Kind.OFFLINE, channelId, List.of());
    }

    /** What an admin must fix (or wait for), in {@code reader}'s language. */
    public Text text(Locale reader) {
        Map<String, Text> channel =
                Map.of("channel", Text.builder().channel(channelId).build());
        return switch (kind) {
            case OFFLINE -> Text.markup(TEXTS.text(reader, "access.offline"));
            case CONNECTING -> Text.markup(TEXTS.text(reader, "access.connecting"));
            case NOT_A_CHANNEL -> TEXTS.markup(reader, "access.notChannel", Map.of(), channel);
            case MISSING_PERMISSIONS ->
                TEXTS.markup(
                        reader,
                        "access.permissions",
                        Map.of(
                                "count",
                                missing.size(),
                                "permissions",
                                Lists.and(reader, TEXTS, "permission.", missing)),
                        channel);
        };
    }
}
