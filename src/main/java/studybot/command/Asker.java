package studybot.command;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Who is asking, and where, in plain values: every handler gets one, whatever the transport, so features that keep data
 * per member or per server need nothing from Discord.
 *
 * @param userId Discord's user id; {@link #CONSOLE_USER} for the person at the console
 * @param displayName how to address them (their server nickname, else their name)
 * @param serverId the Discord server, empty in direct messages and in the console
 * @param channelId the channel asked in, empty in the console
 * @param managesServer whether they hold Manage Server in that server (always true in the console, whose user runs the
 *     bot; false in direct messages)
 * @param transport where the question came from
 */
public record Asker(
        long userId,
        String displayName,
        OptionalLong serverId,
        OptionalLong channelId,
        boolean managesServer,
        Transport transport) {

    /** The user id of whoever types into the console. */
    public static final long CONSOLE_USER = 0;

    /** Where a question came from. */
    public enum Transport {
        DISCORD,
        CONSOLE
    }

    public Asker {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(transport, "transport");
    }

    /** The person at the offline console: no server, no channel, and in charge of the bot. */
    public static Asker console(String displayName) {
        return new Asker(
                CONSOLE_USER, displayName, OptionalLong.empty(), OptionalLong.empty(), true, Transport.CONSOLE);
    }

    public boolean onConsole() {
        return transport == Transport.CONSOLE;
    }
}
