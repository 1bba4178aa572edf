package studybot.search;

/**
 * Why a search has no hits to show, worded for the person who typed it. Bad input is answered with one of these, never
 * an exception, so a command can always reply.
 */
public enum SearchProblem {

    /** Nothing but whitespace was typed. */
    EMPTY("Type a word or two to search for, for example `/search pooling`."),
    /** Longer than {@link #MAX_QUERY_LENGTH} characters; refused rather than silently cut. */
    TOO_LONG("Searches are limited to " + SearchProblem.MAX_QUERY_LENGTH
            + " characters. Try the two or three words that matter most."),
    /** Only punctuation, symbols, emoji or control characters: nothing that could be in the book. */
    NO_WORDS("There are no words to search for in that. Try plain words, for example `replication`."),
    /** Only words like "the", "of", "and", which every section has. */
    ONLY_STOP_WORDS("Words like \"the\", \"of\" and \"and\" are in every section. Add a word that says what you are"
            + " looking for."),
    /** A fine query that no section matches, even after correcting typos. */
    NO_MATCHES("Nothing in the book matches that. Try fewer or different words.");

    /** The longest query accepted, in characters (code points) after trimming. */
    public static final int MAX_QUERY_LENGTH = 100;

    private final String message;

    SearchProblem(String message) {
        this.message = message;
    }

    /** What to tell the user, in Discord markdown. */
    public String message() {
        return message;
    }
}
