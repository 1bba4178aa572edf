package studybot.dailytips;

/**
 * Discord's own markup for what admins read about their tips: channel mentions, timestamps every reader sees in
 * their own timezone, and message links.
 */
public final class DiscordFormat {

    private DiscordFormat() {
    }

    /** {@code <#id>}, shown as the channel's name. */
    public static String channel(long channelId) {
        return "<#" + Long.toUnsignedString(channelId) + ">";
    }

    /** The full date and time in the reader's timezone, then how far away it is: {@code <t:E:F> (<t:E:R>)}. */
    public static String timestamp(long epochSecond) {
        return "<t:" + epochSecond + ":F> (<t:" + epochSecond + ":R>)";
    }

    /** A link that jumps to a message. */
    public static String messageLink(long serverId, long channelId, long messageId) {
        return "https://discord.com/channels/" + Long.toUnsignedString(serverId) + "/"
                + Long.toUnsignedString(channelId) + "/" + Long.toUnsignedString(messageId);
    }
}
