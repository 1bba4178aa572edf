package studybot.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asides in brackets that point elsewhere or talk to the reader ("(see Mapping Types — dict)", "(which we talked about
 * in Chapter 15)", "(and reads, if you want)"): they add nothing a student could use on their own, and would make a
 * sentence that teaches read as a pointer or an aside. Dropping them lets the rest stand alone; other brackets are
 * kept. An evaluative lead-in before a colon ("The core idea is beautifully simple:") is dropped too, and so is a
 * hyperbolic intensifier before the word it exaggerates ("a shockingly expensive operation" is "an expensive
 * operation"): the claim under it teaches, the exaggeration is the author's voice.
 */
final class Asides {

    private static final Pattern POINTING = Pattern.compile(
            "\\s*\\((?=[^()]*\\b(?:see|chapter|section|later|earlier|above|below|listing|we|us|our|you|your)\\b)[^()]*\\)",
            Pattern.CASE_INSENSITIVE);

    /** "The core idea is (beautifully) simple:", "The point is this:", "The golden rule:". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)(?:the )?(?:core |key |main |basic |big |golden )?(?:idea|point|rule|trick|gist|catch|thing)"
                    + "(?: (?:is|here is))?(?: \\p{L}+ly)?(?: simple| this| that)?:\\s+");

    /** "shockingly expensive", "blazingly fast", with the article before it to agree with the word that follows. */
    private static final Pattern INTENSIFIER = Pattern.compile(
            "(?i)\\b(?:(a|an) )?(?:shockingly|ridiculously|insanely|stupidly|absurdly|blazingly|incredibly|amazingly"
                    + "|hilariously|utterly|wildly) (?=(\\p{L}))");

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

    /**
     * The text without hyperbolic intensifiers, for a sentence that may lead a fact. A sentence joined to a fact keeps
     * them, and with them its verdict as chatter: the exaggeration there is usually the point of the sentence ("so
     * stupidly fast it's almost unfair").
     */
    static String withoutIntensifiers(String text) {
        Matcher intensifier = INTENSIFIER.matcher(text);
        if (!intensifier.find()) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        do {
            String article = intensifier.group(1);
            String replacement = "";
            if (article != null) {
                boolean vowel = "aeiouAEIOU".indexOf(intensifier.group(2).charAt(0)) >= 0;
                replacement = (Character.isUpperCase(article.charAt(0)) ? "A" : "a") + (vowel ? "n " : " ");
            }
            intensifier.appendReplacement(kept, replacement);
        } while (intensifier.find());
        return intensifier.appendTail(kept).toString();
    }
}
