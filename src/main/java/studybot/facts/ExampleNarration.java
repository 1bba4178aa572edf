package studybot.facts;

import java.util.regex.Pattern;

/**
 * Sentences that narrate one run of the running example rather than state something true of the subject. Two cues:
 *
 * <ul>
 *   <li>"now" inside the sentence, telling how far the example or the reader has got ("The run function now contains
 *       all the logic…", "Your directory should now have these files.", "You can now run make doctest."): the next step
 *       of the tutorial changes it. "Now that…", "by now", "until now", "from now on" and a leading "Now," (a
 *       connective) are other uses; a sentence about a version ("Since version 3.9, … now accepts…") or with a
 *       participle after "now" ("…are now supported") says what the library does today, and is left to the other rules.
 *   <li>a counterfactual run: "If num had been Some(5) instead, the guard would have been false", "…it would have
 *       printed B, B, B": what the example would have done with other values. "Would have to" (a necessity) and "could
 *       have" with a noun are no such run.
 * </ul>
 */
final class ExampleNarration {

    private static final Pattern NOW_INSIDE =
            Pattern.compile("(?<!^)(?<![.\\w])(?<!\\b(?:by|until|till|from|right|for) )"
                    + "now\\b(?! that\\b)(?! \\p{L}+ed\\b)(?![(\\w])");
    private static final Pattern VERSION = Pattern.compile("\\bversions?\\b|\\bdeprecat");
    private static final Pattern COUNTERFACTUAL = Pattern.compile(
            "\\bhad been\\b" + "|\\b(?:would|could|might)(?:n't)? have (?:been|(?!to\\b)\\p{L}+(?:ed|en))\\b");

    private ExampleNarration() {}

    /** Whether the lower-cased sentence (straight apostrophes) narrates a run of the example. */
    static boolean narrates(String lower) {
        String stripped = lower.strip();
        return stripped.contains("now")
                        && NOW_INSIDE.matcher(stripped).find()
                        && !VERSION.matcher(stripped).find()
                || stripped.contains(" have")
                        && COUNTERFACTUAL.matcher(stripped).find();
    }
}
