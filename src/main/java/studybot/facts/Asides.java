package studybot.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asides in brackets that point elsewhere or talk to the reader ("(see Mapping Types — dict)", "(which we talked about
 * in Chapter 15)", "(and reads, if you want)"): they add nothing a student could use on their own, and would make a
 * sentence that teaches read as a pointer or an aside. Dropping them lets the rest stand alone; other brackets are
 * kept. An evaluative lead-in before a colon ("The core idea is beautifully simple:") is dropped too.
 */
final class Asides {

    private static final Pattern POINTING = Pattern.compile(
            "\\s*\\((?=[^()]*\\b(?:see|chapter|section|later|earlier|above|below|listing|we|us|our|you|your)\\b)[^()]*\\)",
            Pattern.CASE_INSENSITIVE);

    /** "The core idea is (beautifully) simple:", "The point is this:", "The golden rule:". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)(?:the )?(?:core |key |main |basic |big |golden )?(?:idea|point|rule|trick|gist|catch|thing)"
                    + "(?: (?:is|here is))?(?: \\p{L}+ly)?(?: simple| this| that)?:\\s+");

    private Asides() {}

    /** The text without its pointing asides and lead-in; the text itself when it has none. */
    static String drop(String text) {
        String dropped = text.indexOf('(') < 0 ? text : POINTING.matcher(text).replaceAll("");
        Matcher leadIn = LEAD_IN.matcher(dropped);
        if (leadIn.lookingAt() && Words.count(dropped.substring(leadIn.end())) >= SentenceJudge.MIN_WORDS) {
            String rest = dropped.substring(leadIn.end()).strip();
            dropped = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return dropped.isBlank() ? text : dropped;
    }
}
