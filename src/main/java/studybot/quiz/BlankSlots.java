package studybot.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The blanks of a fill-in-the-blank prompt as places in a sentence, in the book's own words ({@link BookStems}): what
 * governs each blank (the first word beside it that is neither a function word nor a preposition, with the preposition
 * that links it: "defined on _____", "_____ allows") and the words around it up to the clause's edge. A choice is
 * judged by whether the book uses it in the same place ({@link SlotEvidence}) and whether the book says the very same
 * thing of it ({@link AlsoSaid}).
 *
 * @param slots one per blank, in order
 */
record BlankSlots(List<Slot> slots) {

    /** How far from a blank (in words, function words included) its governing word may be. */
    static final int REACH = 4;
    /** How many words on each side of a blank make up the claim a sentence makes about the blank's thing. */
    static final int WINDOW = 8;
    /** No governing word on that side: a clause mark or the reach came first. */
    static final long NONE = -1;
    /** A signature packs the side, the governing word's stem id and the preposition's (below this many bits). */
    private static final int PREPOSITION_BITS = 24;

    private static final long AFTER = 1L << 62;

    BlankSlots {
        slots = List.copyOf(slots);
    }

    /**
     * One blank: its governing word before it and after it ({@link #NONE} when there is none), the stem id of the word
     * right before it ({@link BookStems#BOUNDARY} at a clause's start, -1 for a word the book never uses), and the
     * words before and after it as stem ids, the window after ending with a clause mark when it reaches one.
     */
    record Slot(long before, long after, int adjacentBefore, int[] windowBefore, int[] windowAfter) {}

    /** The blanks of {@code prompt} ("a(n)" read as "a"), as the book's words see them. */
    static BlankSlots of(String prompt, BookStems words) {
        List<String> tokens = BookStems.tokens(prompt.replace("a(n) ", "a ").replace("A(n) ", "A "));
        int[] ids = words.ids(tokens);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals(Blanks.BLANK)) {
                int at = i;
                IntUnaryOperator token =
                        position -> position < 0 || position >= ids.length ? BookStems.BOUNDARY : ids[position];
                slots.add(new Slot(
                        governor(words, token, at - 1, -1),
                        governor(words, token, at + 1, 1),
                        token.applyAsInt(at - 1),
                        windowBefore(ids, at),
                        windowAfter(ids, at)));
            }
        }
        return new BlankSlots(slots);
    }

    /**
     * The signature of the word governing a blank from one side: starting at {@code from} and going {@code step}, the
     * first content word within {@value #REACH} words, with the preposition nearest the blank on the way (if any);
     * {@link #NONE} when a clause mark, a word opening another clause, a blank or an unknown word comes first. Before
     * and after are told apart.
     */
    static long governor(BookStems words, IntUnaryOperator token, int from, int step) {
        int preposition = 0;
        for (int distance = 0, position = from; distance < REACH; distance++, position += step) {
            int id = token.applyAsInt(position);
            if (id <= BookStems.BOUNDARY || words.opensClause(id)) {
                return NONE;
            }
            if (words.preposition(id)) {
                if (preposition == 0) {
                    preposition = id;
                }
            } else if (words.content(id)) {
                return signature(id, preposition, step > 0);
            }
        }
        return NONE;
    }

    /**
     * The word a governor governs, walking from {@code from} by {@code step} as {@link #governor} walks back towards
     * it: the first content word, when the signature found from it would be {@code signature}; otherwise -1.
     */
    static int governedWord(BookStems words, IntUnaryOperator token, int from, int step, long signature) {
        for (int distance = 0, position = from; distance < REACH; distance++, position += step) {
            int id = token.applyAsInt(position);
            if (id <= BookStems.BOUNDARY || words.opensClause(id)) {
                return -1;
            }
            if (words.content(id)) {
                return governor(words, token, position - step, -step) == signature ? id : -1;
            }
        }
        return -1;
    }

    private static long signature(int governor, int preposition, boolean after) {
        return (after ? AFTER : 0L) | (long) governor << PREPOSITION_BITS | preposition;
    }

    /** Whether a signature's governing word comes after the blank. */
    static boolean after(long signature) {
        return (signature & AFTER) != 0;
    }

    /** The stem id of a signature's governing word. */
    static int governorOf(long signature) {
        return (int) ((signature & ~AFTER) >>> PREPOSITION_BITS);
    }

    /** Up to {@value #WINDOW} stem ids before the blank, not crossing a clause mark, a blank or an unknown word. */
    private static int[] windowBefore(int[] ids, int blank) {
        int start = blank;
        while (start > 0 && blank - start < WINDOW && ids[start - 1] > BookStems.BOUNDARY) {
            start--;
        }
        return Arrays.copyOfRange(ids, start, blank);
    }

    /**
     * Up to {@value #WINDOW} stem ids after the blank, ending with the clause mark that stops it (the prompt's end is
     * one), or before a blank or an unknown word.
     */
    private static int[] windowAfter(int[] ids, int blank) {
        int[] window = new int[WINDOW];
        int size = 0;
        for (int position = blank + 1; size < WINDOW; position++) {
            int id = position < ids.length ? ids[position] : BookStems.BOUNDARY;
            if (id < 0) {
                break;
            }
            window[size++] = id;
            if (id == BookStems.BOUNDARY) {
                break;
            }
        }
        return Arrays.copyOf(window, size);
    }
}
