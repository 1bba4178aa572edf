package studybot.dailytips;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.reply.Text;

/**
 * How admins' messages about their tips refer to Discord things when they are kept as text (a pause reason in the
 * store, a posting problem): channels as {@code <#id>}, and {@link #text} to turn such a message back into structure
 * for a reply.
 */
public final class DiscordFormat {

    private static final Pattern CHANNEL = Pattern.compile("<#(\\d{1,20})>");

    private DiscordFormat() {}

    /** {@code <#id>}, shown as the channel's name. */
    public static String channel(long channelId) {
        return "<#" + Long.toUnsignedString(channelId) + ">";
    }

    /** A link that jumps to a message. */
    public static String messageLink(long serverId, long channelId, long messageId) {
        return "https://discord.com/channels/" + Long.toUnsignedString(serverId) + "/"
                + Long.toUnsignedString(channelId) + "/" + Long.toUnsignedString(messageId);
    }

    /**
     * A message studybot wrote about tips (with {@code `code`} marked and channels as {@code <#id>}), as structured
     * text.
     */
    public static Text text(String message) {
        Text.Builder text = Text.builder();
        Matcher channel = CHANNEL.matcher(message);
        int at = 0;
        while (channel.find()) {
            text.markup(message.substring(at, channel.start())).channel(Long.parseUnsignedLong(channel.group(1)));
            at = channel.end();
        }
        return text.markup(message.substring(at)).build();
    }
}
