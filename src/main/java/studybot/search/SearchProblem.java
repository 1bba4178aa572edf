package studybot.search;

import java.util.Locale;
import java.util.Map;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * Why a search has no hits to show, worded for the person who typed it. Bad input is answered with one of these, never
 * an exception, so a command can always reply.
 */
public enum SearchProblem {

    /** Nothing but whitespace was typed. */
    EMPTY("problem.empty"),
    /** Longer than {@link #MAX_QUERY_LENGTH} characters; refused rather than silently cut. */
    TOO_LONG("problem.tooLong"),
    /** Only punctuation, symbols, emoji or control characters: nothing that could be in the book. */
    NO_WORDS("problem.noWords"),
    /** Only words like "the", "of", "and", which every section has. */
    ONLY_STOP_WORDS("problem.onlyStopWords"),
    /** A fine query that no section matches, even after correcting typos. */
    NO_MATCHES("problem.noMatches");

    /** The longest query accepted, in characters (code points) after trimming. */
    public static final int MAX_QUERY_LENGTH = 100;

    /** The word suggested when no book gives one: the seed book's. */
    private static final String SEED_EXAMPLE = "replication";

    /** The {@code search} bundle, which words the problems. */
    private static final Texts TEXTS = Texts.load("search");

    private final String key;

    SearchProblem(String key) {
        this.key = key;
    }

    /** What to tell the user, in Discord markdown, in English (as the log has it). */
    public String message() {
        return message(Languages.ENGLISH);
    }

    /** What to tell the user, in Discord markdown, in {@code reader}'s language, with the seed's example word. */
    public String message(Locale reader) {
        return message(reader, SEED_EXAMPLE);
    }

    /**
     * What to tell the user, in Discord markdown, in {@code reader}'s language; a problem that suggests a word to
     * search for suggests {@code exampleWord}, a word of the book searched (the seed's when blank), so a French book is
     * not offered an English word.
     */
    public String message(Locale reader, String exampleWord) {
        return TEXTS.format(
                reader,
                key,
                Map.of(
                        "max",
                        String.valueOf(MAX_QUERY_LENGTH),
                        "exampleWord",
                        exampleWord.isBlank() ? SEED_EXAMPLE : exampleWord));
    }
}
