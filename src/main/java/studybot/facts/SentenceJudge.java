package studybot.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts sentences into those that could be a key fact, those that lean on the sentence before, and chatter. The rules
 * are linguistic cues that hold for any chatty technical book, not lists of one book's sentences: questions and
 * exclamations, greetings and discourse openers ("Right, so…", "Okay,"), the author speaking ("I", "let's"), asides
 * about the reader's state of mind ("you've probably…"), similes and metaphors ("like asking…", "the equivalent
 * of"), slang and hyperbole, hedges, talk about the book itself, and sentences too short to state anything. A sentence
 * leans on context when it opens with a pronoun or demonstrative ("It…", "This is why…", "They…") or points back with
 * "this", "these" or "those".
 */
public final class SentenceJudge {

    /** Fewer words than this never make a fact on their own ("Good call.", "Blocking."). */
    static final int MIN_WORDS = 6;
    /** A leaning sentence this short can still complete the sentence before ("This is expensive."). */
    static final int MIN_WORDS_TO_JOIN = 3;

    /** Interjections and openers that start chatter whatever follows ("Right, so…", "Okay,", "Picture this"). */
    private static final Set<String> CHATTY_OPENERS = Set.of(
            "right", "alright", "okay", "ok", "hello", "hi", "hey", "welcome", "look", "listen", "honestly",
            "seriously", "spoiler", "picture", "imagine", "think", "forget", "trust", "yikes", "whatever", "maybe",
            "perhaps", "just", "anyway", "oh", "wow", "ever", "nobody", "well");
    /** Evaluative words that are chatter when they stand as a remark of their own ("Good call.", "Simple, but…"). */
    private static final Set<String> REMARKS = Set.of(
            "good", "great", "nice", "excellent", "fun", "sure", "pretty", "simple", "chaos", "cool", "not",
            "exactly", "done", "perfect", "easy", "bad", "wrong", "true", "yes", "no");
    private static final Set<String> LEANING_OPENERS = Set.of(
            "this", "that", "these", "those", "it", "it's", "it’s", "its", "they", "they're", "they’re", "their",
            "them", "there's", "there’s", "here", "here's", "here’s", "such", "both", "neither", "either", "one",
            "another", "he", "she", "which", "thus", "hence", "therefore", "that's", "that’s", "otherwise");
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\b(?:i|i['’](?:m|ve|ll|d)|me|my|mine|myself|we['’](?:re|ll|ve|d)|let['’]s|let us|our|ourselves)\\b");
    private static final Pattern READER_ASIDE = Pattern.compile(
            "\\byou(?:['’](?:ve|re|ll|d))?\\s+(?:have\\s+|had\\s+|will\\s+|would\\s+)?(?:probably|already|just|"
                    + "decided|realized|realised|heard|want|wanted|wondered|guess|know|chose|chosen|landed|"
                    + "standing|going to|gonna|notice|won['’]t believe|might think|may think)\\b"
                    + "|\\bdear reader\\b|\\byour life\\b|\\btrust me\\b|\\bthank (?:you|goodness)\\b"
                    + "|\\bif not\\b|\\bno offen[cs]e\\b"
                    + "|\\byou['’](?:ll|d)\\b|\\byou['’]re \\p{L}+ing\\b|\\byou['’]ve (?!got\\b)\\p{L}+");
    private static final Pattern SIMILE = Pattern.compile(
            "\\blike (?:a|an|the|two|some|someone|something|it['’]s|you['’]re|asking|\\p{L}+ing)\\b"
                    + "|\\bequivalent of\\b|\\bthink of (?:it|this|them) as\\b|\\bthe difference between\\b"
                    + "|\\bas if\\b|\\bas though\\b|\\bkind of like\\b|\\bsort of like\\b|\\bin a box\\b|-in-a-box\\b");
    private static final Pattern SLANG = Pattern.compile(
            "(?<![-\\w])(?:damn|hell|heck|crap|sucks?|stupid|dumb|magic(?:al)?|nightmare|yikes|awesome|neat|"
                    + "crazy|insane|goodness|dude|folks|buddy|friend|love|hero|ridiculously|insanely|shockingly|"
                    + "stupidly|absurdly|blazingly|incredibly|amazingly|beautifully|hilariously|utterly|enemy|"
                    + "villain|nemesis|monster)(?![-\\w])");
    /** Human acts and feelings given to things: personification ("the file system finally admits…"). */
    private static final Pattern PERSONIFICATION = Pattern.compile(
            "\\b(?:admits?|decides? to|hates?|loves?|cries|cry|complains?|pretends?|begs?|whines?|panics?|sulks?|"
                    + "gossips?|screams?|shouts?|shouting|take a nap|judge)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:probably|maybe|perhaps|basically|kinda|sorta|pretty much|more or less|mostly)\\b");
    private static final Pattern META = Pattern.compile(
            "\\b(?:this|the next|the last|the previous) (?:chapter|section|book|page)\\b|\\btalk about\\b"
                    + "|\\bgoing to talk\\b|\\blet me\\b|\\bin this part\\b");
    private static final Pattern POINTS_BACK = Pattern.compile(
            "\\b(?:this|these|those(?! (?:of|who|which|that)\\b))\\b|\\bthe (?:other|former|latter)\\b"
                    + "|\\bthe (?:\\p{L}+ )?one\\b|\\bhere\\b"
                    + "|\\bthere\\b(?! (?:is|are|was|were|will|may|might|can|could|must|should)\\b)");

    /** The verdict on one sentence, judged after its leading connectives are dropped. */
    public Verdict judge(String sentence) {
        String raw = sentence.strip();
        if (chatter(raw)) {
            return Verdict.CHATTER;
        }
        String text = Connectives.drop(raw);
        if (chatter(text)) {
            return Verdict.CHATTER;
        }
        if (leans(text)) {
            return Verdict.LEANS_ON_CONTEXT;
        }
        return Words.tokens(text).size() < MIN_WORDS ? Verdict.CHATTER : Verdict.STANDS_ALONE;
    }

    /** Whether a sentence that leans on the one before is still worth joining to it: no chatter, not too short. */
    boolean joinable(String sentence) {
        String text = Connectives.drop(sentence.strip());
        return !chatter(text) && Words.tokens(text).size() >= MIN_WORDS_TO_JOIN;
    }

    private static boolean chatter(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("?") || lower.contains("!")) {
            return true;
        }
        if (chattyOpener(lower)) {
            return true;
        }
        return FIRST_PERSON.matcher(lower).find() || READER_ASIDE.matcher(lower).find()
                || SIMILE.matcher(lower).find() || SLANG.matcher(lower).find() || HEDGE.matcher(lower).find()
                || META.matcher(lower).find() || PERSONIFICATION.matcher(lower).find();
    }

    private static boolean chattyOpener(String lower) {
        List<String> tokens = Words.tokens(lower);
        String first = Words.core(tokens.get(0));
        if (first.isEmpty() || CHATTY_OPENERS.contains(first)) {
            return true;
        }
        boolean remarkStandsApart = tokens.get(0).endsWith(",") || tokens.get(0).endsWith(".")
                || tokens.size() < MIN_WORDS;
        return REMARKS.contains(first) && remarkStandsApart;
    }

    private static boolean leans(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String first = Words.tokens(lower).get(0).replaceAll("[,;:.]+$", "");
        return LEANING_OPENERS.contains(first) || POINTS_BACK.matcher(lower).find();
    }
}
