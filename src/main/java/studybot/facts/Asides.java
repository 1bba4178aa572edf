package studybot.facts;

import java.util.regex.Pattern;

/**
 * Asides in brackets that point elsewhere ("(see Mapping Types — dict)", "(which we talked about in Chapter 15)",
 * "(see later in this section)"): they add nothing a student could use on their own, and would make a sentence that
 * teaches read as a pointer. Dropping them lets the rest stand alone; other brackets are kept.
 */
final class Asides {

    private static final Pattern POINTING = Pattern.compile(
            "\\s*\\((?=[^()]*\\b(?:see|chapter|section|later|earlier|above|below|listing|we|us|our)\\b)[^()]*\\)",
            Pattern.CASE_INSENSITIVE);

    private Asides() {
    }

    /** The text without its pointing asides; the text itself when it has none. */
    static String drop(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        String dropped = POINTING.matcher(text).replaceAll("");
        return dropped.isBlank() ? text : dropped;
    }
}
