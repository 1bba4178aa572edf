package studybot.discord.fake;

/** Who clicks or types in a dispatched interaction; each is a member of the fake server. */
public enum Invoker {
    /** Owns the server, so holds every permission regardless of roles. */
    OWNER,
    /** Holds the "Moderators" role, which grants {@code MANAGE_GUILD} (permission computed from roles). */
    ADMIN,
    /** Holds no role beyond {@code @everyone}. */
    MEMBER
}
