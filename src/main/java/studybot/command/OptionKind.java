package studybot.command;

/** What an option holds. Every transport hands values over as text; the registry checks them against the kind. */
public enum OptionKind {
    /** Any text, up to the option's {@code maxLength}. */
    TEXT,
    /** A whole number between the option's {@code min} and {@code max}. */
    INTEGER,
    /** {@code true} or {@code false} (the console also takes yes/no and on/off). */
    BOOLEAN,
    /** A text channel of the server, as its id. */
    CHANNEL
}
