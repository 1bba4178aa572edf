package studybot.quiz;

/**
 * Whether the book says of a distractor what the fact says of the answer. Manuals repeat themselves: a reference states
 * "By default, the X view can be read only by superusers" of several views, and "Refuse to drop the X if any objects
 * depend on it" of every kind of object; a tutorial says "X are immutable" of strings and of tuples. Put in the blank,
 * such a distractor is as right as the answer. The claim is the words around the blank up to the clause's edge
 * ({@link BlankSlots}): when the book writes the candidate with the same words after it, or the same words before it,
 * it says the same of it.
 */
final class AlsoSaid {

    /** The fewest words (a clause mark counts, determiners do not) a window needs to state something. */
    static final int CLAIM_WORDS = 3;

    private final BookStems words;

    AlsoSaid(BookStems words) {
        this.words = words;
    }

    /** Whether the book writes {@code candidate} with the same claim around it as one of the prompt's blanks. */
    boolean said(BlankSlots blanks, String candidate) {
        int[] uses = words.occurrences(candidate);
        int length = BookStems.length(candidate);
        for (BlankSlots.Slot slot : blanks.slots()) {
            int[] after = slot.windowAfter();
            int[] before = slot.windowBefore();
            for (int start : uses) {
                if (claim(after) && words.matches(start + length, after)
                        || claim(before) && words.matches(start - before.length, before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a window has enough words to say something: {@value #CLAIM_WORDS}, one of them a content word. */
    private boolean claim(int[] window) {
        int counted = 0;
        boolean content = false;
        for (int id : window) {
            if (!words.determiner(id)) {
                counted++;
            }
            content |= words.content(id);
        }
        return counted >= CLAIM_WORDS && content;
    }
}
