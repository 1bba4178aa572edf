package studybot.facts;

import java.util.regex.Pattern;

/**
 * A sentence whose whole predicate is a word of praise: "Updating to the latest version is easy.", "Using a theme is
 * simple.", "The handling of the marker is smart:". It tells the reader how the author feels about something the
 * sentence does not explain, so there is nothing to learn from it; when a colon is followed by what makes it so ("List
 * markup is natural: place an asterisk…"), the sentence goes on and is judged as a whole.
 */
final class EmptyPraise {

    private static final Pattern PRAISE_ONLY = Pattern.compile("\\b(?:is|are|was|were|becomes|seems)"
            + "(?: (?:very|quite|really|pretty|fairly|rather|surprisingly|remarkably|relatively|actually|also))?"
            + " (?:easy|simple|smart|straightforward|natural|trivial|nice|neat|handy|convenient|intuitive|clever"
            + "|elegant|painless|effortless)\\s*[.:]\\s*$");

    private EmptyPraise() {}

    /** Whether the lower-cased sentence only praises its subject. */
    static boolean only(String lower) {
        return PRAISE_ONLY.matcher(lower).find();
    }
}
