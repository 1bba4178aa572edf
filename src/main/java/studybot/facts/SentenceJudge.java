package studybot.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sorts sentences into those that could be a key fact, those that lean on the sentence before, and chatter. A sentence
 * is judged after its asides and leading connectives are dropped. Markup or code kept as text is chatter; a headword
 * with its definition ("list.append(x): Add an item…") is judged by its definition. Otherwise the cues of chatter
 * ({@link ChatterCues}) are asked first, then the cues that it leans on the sentence before ({@link LeaningCues}, with
 * a definition without its headword and a reference entry's pointers, {@link Definitions} and
 * {@link ReferenceEntries}); a sentence that passes both stands alone when it has at least {@link #MIN_WORDS} words.
 */
public final class SentenceJudge {

    /** Fewer words than this never make a fact on their own ("Good call.", "Blocking."). */
    static final int MIN_WORDS = 6;

    /** A leaning sentence this short can still complete the sentence before ("This is expensive."). */
    static final int MIN_WORDS_TO_JOIN = 3;

    private static final Pattern EXAMPLE_ANNOUNCEMENT = Pattern.compile("\\bthe following (?:code|example|program"
            + "|listing|snippet|recipe)\\b|\\bas another example\\b|\\blisting \\d|\\b(?:in )?this example\\b"
            + "|\\bconsider the (?:code|program|example)\\b");

    /**
     * What a colon introduces when it is code, not a list: "The following example:", "…produces this output:", "…run
     * this command in a terminal:", "For example, …:". Except for an example, only the words just before the colon
     * count: a lead-in that mentions a command earlier ("Programs expect the sendmail command to work as:") still
     * introduces a list.
     */
    private static final Pattern INTRODUCES_CODE = Pattern.compile("\\bexamples?\\b|\\b(?:output|code|program|snippet"
            + "|listing|session|script|command|commands|recipe|equivalent)\\b(?:\\s+[^\\s:]+){0,4}\\s*:\\s*$");

    /** The verdict on one sentence, judged after its leading connectives are dropped. */
    public Verdict judge(String sentence) {
        if (MarkupSource.shows(sentence)) {
            return Verdict.CHATTER;
        }
        String raw = Asides.withoutIntensifiers(Asides.drop(sentence.strip()));
        String text = Connectives.drop(raw);
        Optional<String> definition = Definitions.definitionOf(text);
        if (definition.isPresent()) {
            return judgeDefinition(raw, text, definition.get());
        }
        if (ChatterCues.chattyOpener(Words.normalised(raw))
                || ChatterCues.fragment(raw)
                || ChatterCues.chatter(text, false)) {
            return Verdict.CHATTER;
        }
        if (!text.equals(raw) && ChatterCues.chattyOpener(Words.normalised(text))) {
            return Verdict.CHATTER;
        }
        if (LeaningCues.leans(text)
                || LeaningCues.presupposesWhatCameBefore(text)
                || LeaningCues.placeInASequence(text)
                || LeaningCues.answersWithTheReader(raw, text)
                || Definitions.headless(text)
                || !Definitions.ledByHeadword(text) && ReferenceEntries.leansOnEntry(text)) {
            return Verdict.LEANS_ON_CONTEXT;
        }
        return Words.count(text) < MIN_WORDS ? Verdict.CHATTER : Verdict.STANDS_ALONE;
    }

    /**
     * A headword with its definition ("list.append(x): Add an item…"): the definition is judged as what the headword
     * does or is, so a verb opening it is no instruction to the reader; the headword counts towards its length.
     */
    private static Verdict judgeDefinition(String raw, String text, String definition) {
        if (ChatterCues.fragment(raw) || ChatterCues.chatter(definition, true)) {
            return Verdict.CHATTER;
        }
        if (LeaningCues.leans(definition)) {
            return Verdict.LEANS_ON_CONTEXT;
        }
        return Words.count(text) < MIN_WORDS ? Verdict.CHATTER : Verdict.STANDS_ALONE;
    }

    /**
     * Whether the sentence announces the running example ("As another example, the following code is taken from an
     * audio decoder."): the rest of its paragraph describes that example (its variables, its algorithm, what it
     * prints), not the subject.
     */
    boolean announcesExample(String sentence) {
        return EXAMPLE_ANNOUNCEMENT.matcher(Words.normalised(sentence)).find();
    }

    /**
     * Whether the sentence closes with a colon that announces a list ("…work as subprocess.Popen, except that:", "…the
     * following method:", "…may set limits on:"): the items after it are what it says, and lean on it.
     */
    boolean introducesList(String sentence) {
        String lower = Words.normalised(sentence.strip());
        return (ChatterCues.LIST_LEAD_IN.matcher(lower).find()
                        || ChatterCues.INTRODUCES_WHAT_FOLLOWS.matcher(lower).find())
                && !INTRODUCES_CODE.matcher(lower).find();
    }

    /** Whether a sentence that leans on the one before is still worth joining to it: no chatter, not too short. */
    boolean joinable(String sentence) {
        String text = Connectives.drop(Asides.drop(sentence.strip()));
        return !ChatterCues.chatter(text, false) && Words.count(text) >= MIN_WORDS_TO_JOIN;
    }

    /** Whether the sentence opens with a pronoun or demonstrative ("It…", "This is why…"), after its connectives. */
    boolean opensWithPronoun(String sentence) {
        String lower = Connectives.drop(Asides.drop(sentence.strip()))
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        return LeaningCues.LEANING_OPENERS.contains(Words.withoutTrailingPunctuation(Words.firstToken(lower)));
    }
}
