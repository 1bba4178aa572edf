package studybot.facts;

import java.util.Locale;
import java.util.Set;
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
            "\\s*\\((?=(?:[^()]|\\([^()]*\\))*?\\b(?:see|chapter|section|later|earlier|above|below|listing|we|us|our|you"
                    + "|your|here)\\b)(?:[^()]|\\([^()]*\\))*\\)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A clause that points elsewhere in the book or narrates the running example, closing the sentence or set off by
     * commas: ", which we’ll discuss in Chapter 19", " as described in the previous section", ", as we’ll do in this
     * game,".
     */
    private static final Pattern POINTING_CLAUSE = Pattern.compile("(?i),? (?:which|as(?= (?:we|you|described|discussed"
            + "|shown|mentioned|explained|seen|noted|covered|introduced|defined|explored)\\b)) (?=[^,;:()]*?(?:\\b(?:chapter|"
            + "section|appendix|listing|earlier|later|previous|previously)\\b|\\b(?:we|you)(?:’|')?(?:ll|ve|d)?"
            + " (?:will |have |already )?(?:discuss|cover|talk|saw|see|seen|learn|learned|met|mention|explain|explore"
            + "|do|did)))[^,;:()]*?(?=,|[.:;]?$)");

    /** A connective set off by commas inside the sentence: "Smart pointers, on the other hand, are…". */
    private static final Pattern PARENTHETICAL_CONNECTIVE =
            Pattern.compile("(?i), (?:however|on the other hand|in fact|in turn|in contrast),");

    /**
     * Words that cannot end a sentence, so a pointing clause after them is what the sentence says: "The definition is
     * as shown in Listing 19-12." stays whole (and a pointer).
     */
    private static final Set<String> NEEDS_WHAT_FOLLOWS = Set.of(
            "is", "are", "was", "were", "be", "been", "looks", "look", "of", "to", "with", "by", "the", "a", "an");

    /**
     * A footnote marker: "…not the value of the object). [1]", "…the same result [2].", "…of JavaScript [1] )" (never
     * code: "argv[0]").
     */
    private static final Pattern FOOTNOTE =
            Pattern.compile("\\s+\\[[1-9]\\d?\\]\\s*(?=\\))|(?:(?<=[.)])\\s*|\\s+)\\[[1-9]\\d?\\](?=[\\s.,;:]|$)");

    /**
     * What a closing colon introduces an example with: "…separated by commas, for instance:", "…, like this:". The
     * claim before it stands; the colon becomes a full stop where the sentence is made a fact.
     */
    private static final Pattern EXAMPLE_INTRODUCER =
            Pattern.compile("(?i), (?:for (?:example|instance)|like (?:this|so)|e\\.g\\.)\\s*:$");

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
        if (dropped.indexOf(',') >= 0) {
            dropped = PARENTHETICAL_CONNECTIVE.matcher(dropped).replaceAll("");
        }
        if (dropped.indexOf('[') >= 0) {
            dropped = FOOTNOTE.matcher(dropped).replaceAll("");
        }
        if (dropped.contains("which ") || dropped.contains("as ") || dropped.contains("As ")) {
            dropped = withoutPointingClause(dropped);
        }
        if (dropped.endsWith(":")) {
            dropped = EXAMPLE_INTRODUCER.matcher(dropped).replaceFirst(":");
        }
        Matcher leadIn = LEAD_IN.matcher(dropped);
        if (leadIn.lookingAt() && Words.count(dropped.substring(leadIn.end())) >= SentenceJudge.MIN_WORDS) {
            String rest = dropped.substring(leadIn.end()).strip();
            dropped = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return dropped.isBlank() ? text : dropped;
    }

    /**
     * The text without its pointing clauses ({@link #POINTING_CLAUSE}), when enough is left to state something; a
     * clause closing the sentence leaves its full stop.
     */
    private static String withoutPointingClause(String text) {
        Matcher clause = POINTING_CLAUSE.matcher(text);
        if (!clause.find() || clause.start() == 0) {
            return text;
        }
        String before = text.substring(0, clause.start()).toLowerCase(Locale.ROOT);
        if (before.isBlank() || NEEDS_WHAT_FOLLOWS.contains(Words.core(Words.lastToken(before)))) {
            return text;
        }
        String rest = clause.replaceAll("");
        return Words.count(rest) >= SentenceJudge.MIN_WORDS ? rest : text;
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
