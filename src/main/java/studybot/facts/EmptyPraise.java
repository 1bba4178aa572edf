package studybot.facts;

import java.util.regex.Pattern;

/**
 * A sentence whose whole predicate is a word of praise: "Updating to the latest version is easy.", "Using a theme is
 * simple.", "The handling of the marker is smart:". It tells the reader how the author feels about something the
 * sentence does not explain, so there is nothing to learn from it; when a colon is followed by what makes it so ("List
 * markup is natural: place an asterisk…"), the sentence goes on and is judged as a whole. Praise that only names what
 * the subject is ("…is a very smart viewer.") tells no more.
 */
final class EmptyPraise {

    private static final Pattern PRAISE_ONLY = Pattern.compile("\\b(?:is|are|was|were|becomes|seems)"
            + "(?: (?:very|quite|really|pretty|fairly|rather|surprisingly|remarkably|relatively|actually|also))?"
            + " (?:easy|simple|smart|straightforward|natural|trivial|nice|neat|handy|convenient|intuitive|clever"
            + "|elegant|painless|effortless)\\s*[.:]\\s*$");

    /**
     * Praise with the noun it names the subject as: "The viewer is a very smart tool.", "Pipes were an influential
     * innovation of Unix.", "…is a great feature, and very addictive." A noun of three words at most, an "of" naming
     * whose it is, and nothing after: "…is a handy tool for counting words" says what for, and stands.
     */
    private static final Pattern PRAISE_AS_A_NOUN = Pattern.compile(
            "\\b(?:is|are|was|were|remains|remain)"
                    + " (?:a|an|the)? ?(?:(?:very|really|quite|truly|most|extremely|particularly) )?(?:great|smart|nice"
                    + "|wonderful|excellent|fantastic|amazing|brilliant|superb|impressive|influential|handy|cool|neat|elegant"
                    + "|clever|powerful)(?: (?!(?:for|to|in|on|at|by|with|when|if|because|as|than)\\b)[\\p{L}-]+){1,3}?(?: of(?: [\\p{L}/-]+){1,3})?(?:, and (?:very )?\\p{L}+)?\\s*\\.\\s*$");

    private EmptyPraise() {}

    /** Whether the lower-cased sentence only praises its subject. */
    static boolean only(String lower) {
        return PRAISE_ONLY.matcher(lower).find()
                || PRAISE_AS_A_NOUN.matcher(lower).find();
    }
}
