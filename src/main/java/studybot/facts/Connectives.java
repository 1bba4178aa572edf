package studybot.facts;

import java.util.List;
import java.util.Locale;

/**
 * Leading connectives and discourse markers that tie a sentence to the one before without adding to what it says ("But
 * the standard psycopg2 driver…", "However, huge pages…", "You see, opening a connection…"). Dropping them lets the
 * sentence stand alone; the first remaining letter is capitalised.
 */
final class Connectives {

    private static final List<String> LEADING = List.of(
            "first things first",
            "first and foremost",
            "first of all",
            "after all",
            "in fact",
            "whatever the reason",
            "you see",
            "in other words",
            "on top of that",
            "but",
            "and",
            "so",
            "also",
            "however",
            "yet",
            "still",
            "now",
            "plus",
            "then",
            "besides",
            "moreover",
            "furthermore",
            "additionally",
            "actually",
            "indeed",
            "first",
            "second",
            "third",
            "finally",
            "next",
            "meanwhile",
            "note that",
            "interestingly",
            "unfortunately",
            "in general",
            "generally",
            "more precisely",
            "specifically",
            "in particular",
            "overall");
    /**
     * Openers that are connectives only when a comma closes them: "As you can see, the finally clause runs…", "In
     * addition, dict comprehensions…" ("In addition to…" opens a phrase the sentence needs).
     */
    private static final List<String> LEADING_WITH_COMMA = List.of("as you can see,", "as you see,", "in addition,");

    private static final int MAX_DROPPED = 2;

    private Connectives() {}

    /** The sentence without its leading connectives, capitalised; the sentence itself if it has none. */
    static String drop(String sentence) {
        String text = sentence;
        for (int dropped = 0; dropped < MAX_DROPPED; dropped++) {
            String next = dropOne(text);
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        if (text.equals(sentence) || text.isEmpty()) {
            return sentence;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String dropOne(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String connective : LEADING_WITH_COMMA) {
            if (lower.startsWith(connective)) {
                String rest = text.substring(connective.length()).strip();
                if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                    return rest;
                }
            }
        }
        for (String connective : LEADING) {
            if (lower.startsWith(connective) && lower.length() > connective.length()) {
                char after = lower.charAt(connective.length());
                if (after == ',' || after == ' ') {
                    String rest = text.substring(connective.length() + (after == ',' ? 1 : 0))
                            .strip();
                    if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                        return rest;
                    }
                }
            }
        }
        return text;
    }
}
