package studybot.command;

/**
 * Where a command may be used, declared once per top-level command: Discord sets where a command shows (its contexts
 * and install types) per top-level command, not per subcommand, so this is decided here, for the whole command. The
 * registry refuses a command used where it does not reach, whatever the transport.
 */
public enum Reach {
    /**
     * Wherever a member is: a server with studybot, their own place (studybot's DM, and, through the member's own
     * install, servers without studybot and DMs and group DMs between people) and the console.
     */
    EVERYWHERE,
    /**
     * Only where members meet as a group: a server with studybot, or the console standing in for one. For what a server
     * shares: its daily tips, its reading plan, its rounds.
     */
    SERVERS
}
