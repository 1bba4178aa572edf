package studybot.facts;

import java.util.regex.Pattern;

/**
 * A sentence that tells how far the running example or the reader has got: "now" inside it, after its subject ("The run
 * function now contains all the logic…", "Your directory should now have these files.", "You can now run make
 * doctest."). It describes the state of one program at one step of a tutorial, which the next step changes, not
 * something true of the subject. "Now that…", "by now", "until now", "from now on" and a leading "Now," (a connective)
 * are other uses; a sentence about a version ("Changed in version 3.9: this method now accepts…") says what the library
 * does today, and is left to the other rules.
 */
final class NarratedProgress {

    private static final Pattern NOW_INSIDE =
            Pattern.compile("(?<!^)(?<![.\\w])(?<!\\b(?:by|until|till|from|right|for) )"
                    + "now\\b(?! that\\b)(?! \\p{L}+ed\\b)(?![(\\w])");
    private static final Pattern VERSION = Pattern.compile("\\bversions?\\b|\\bdeprecat");

    private NarratedProgress() {}

    /** Whether the lower-cased sentence narrates the progress of the example or the reader. */
    static boolean narrates(String lower) {
        String stripped = lower.strip();
        return stripped.contains("now")
                && NOW_INSIDE.matcher(stripped).find()
                && !VERSION.matcher(stripped).find();
    }
}
