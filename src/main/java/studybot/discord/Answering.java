package studybot.discord;

/**
 * How an interaction is acknowledged and answered, fixed before its handler runs (a slow handler is deferred the same
 * way). Whatever the strategy, a problem reply is shown only to the asker.
 */
public enum Answering {
    /** A new message, public for content; a slow answer's "thinking" is public too. */
    PUBLIC_MESSAGE,
    /** A new message only the asker sees, "thinking" included (commands for server managers, quiz answers). */
    PRIVATE_MESSAGE,
    /** The clicked message is replaced (previous/next, a confirmation); a slow answer is deferred as an edit. */
    EDIT_CLICKED
}
