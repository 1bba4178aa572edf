package studybot.discord;

/** Where an interaction's handler runs: apart from each other, so a slow or locked store delays only store work. */
public enum HandlerPool {
    /** The general handlers, answering from the book alone ({@code /section}, {@code /search}). */
    GENERAL,
    /** The store handlers, for commands and clicks of features that read or write the store. */
    STORE
}
