package studybot.dailytips;

/**
 * Links to Discord messages, which admins' replies about their tips point to. Nothing about channels is kept as Discord
 * markup: a pause keeps a {@link PauseReason} code and channel id, worded by each transport.
 */
public final class DiscordFormat {

    private DiscordFormat() {}

    /** A link that jumps to a message. */
    public static String messageLink(long serverId, long channelId, long messageId) {
        return "https://discord.com/channels/" + Long.toUnsignedString(serverId) + "/"
                + Long.toUnsignedString(channelId) + "/" + Long.toUnsignedString(messageId);
    }
}
