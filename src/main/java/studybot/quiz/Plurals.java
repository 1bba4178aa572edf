package studybot.quiz;

import java.util.regex.Pattern;

/**
 * English plurals taken back to their singular, so that a title's "Hashes", a fact's "hash" and a distractor's "hashes"
 * count as one word wherever the quiz compares words. A spelling rule, not a dictionary: good enough for the regular
 * nouns of technical prose, and the same on both sides of every comparison.
 */
final class Plurals {

    /** A plural that adds "es" after a hissing sound ("hashes", "indexes"): {@link #singular} drops both letters. */
    private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(?:sh|ch|x|ss|z)es");

    private Plurals() {}

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (SIBILANT_PLURAL.matcher(word).matches() && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") && word.length() > 3
                ? word.substring(0, word.length() - 1)
                : word;
    }
}
