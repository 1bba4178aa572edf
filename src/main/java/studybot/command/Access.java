package studybot.command;

/**
 * Who may use a command. The registry checks it for every call, whatever the transport, so no command checks it again;
 * Discord also hides commands from members who may not use them, but clients can be stale.
 */
public enum Access {
    /** Anyone, in a server, a direct message or the console. */
    EVERYONE,
    /** Anyone in a Discord server; not in direct messages, nor in the console (there is no server there). */
    SERVERS_ONLY,
    /**
     * Members with Manage Server, in a server. In the console the person at the terminal runs the bot, so they may use
     * these too; the command sees that no server is involved ({@link Asker#serverId()} is empty).
     */
    SERVER_MANAGERS
}
