package studybot.command;

/**
 * Who may use a command, where it {@link Reach reaches}. The registry checks it for every call, whatever the transport,
 * so no command checks it again; Discord also hides commands from members who may not use them, but clients can be
 * stale.
 */
public enum Access {
    /** Anyone. */
    EVERYONE,
    /**
     * Members with Manage Server, in a server (so only for commands that reach {@link Reach#SERVERS}). In the console
     * the person at the terminal runs the bot, so they may use these too.
     */
    SERVER_MANAGERS
}
