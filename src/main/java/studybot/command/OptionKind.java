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
    CHANNEL,
    /**
     * A file the asker sends along, at most the option's {@code max} bytes. The transport hands it over as the path of
     * a local copy, named as the sender named it: Discord's downloads the attachment (after checking its size), the
     * console takes the path typed.
     */
    ATTACHMENT
}
