package studybot.quiz;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Whether a choice makes sense in a blank's place, as the book itself uses it. A distractor of the right broad kind (a
 * noun of the book) is still nonsense where the words around the blank take another sort of thing ("a dump reconstructs
 * the <transaction>", "defined on a <server>"); a student rules it out from the sentence alone. Nearness in meaning, as
 * a model sees single words, cannot tell; the book can, in two ways:
 *
 * <ul>
 *   <li>the same kind of thing in this book: the book puts the candidate in many of the specific places where it puts
 *       the answer ("spawn a thread", "spawn a process"; {@link #sharedSlots}), a place being a governing word with its
 *       preposition ({@link BlankSlots#governor}) that takes few different words ({@link #MAX_FAN_OUT});
 *   <li>the same place in this sentence: where a word beside the blank is specific enough to tell, the book writes the
 *       candidate governed by it somewhere, in any inflected form ("allocating on the heap": "stack" is written so,
 *       "loop" never).
 * </ul>
 *
 * The same evidence tells when a blank is only part of a fixed term: the word before it comes with the answer in most
 * of the places the book uses the answer ("named pipe", "hash map").
 */
final class SlotEvidence {

    /**
     * The most different words a governing word may take and still say what sort of thing goes there: a light word
     * ("contain", "use", "multiple") takes nearly any noun and tells nothing.
     */
    static final int MAX_FAN_OUT = 30;
    /**
     * The least overlap (cosine of the two terms' sets of specific places) for a candidate to be the answer's kind of
     * thing in this book. Measured on the fit books: 0.03 let everyday words through ("installation" for a trait), 0.1
     * left almost no question.
     */
    static final double MIN_SHARED = 0.06;
    /** Below this many uses, a word beside the answer is no fixed part of it. */
    static final int FIXED_USES = 2;
    /** The share of the answer's uses with the word before it that makes the two one term. */
    static final double FIXED_SHARE = 0.5;

    private final BookStems words;
    private final Map<String, Set<Long>> governors = new ConcurrentHashMap<>();
    private final Map<String, Set<Long>> specific = new ConcurrentHashMap<>();
    private final Map<Long, Integer> fanOuts = new ConcurrentHashMap<>();

    SlotEvidence(BookStems words) {
        this.words = words;
    }

    /**
     * Whether {@code candidate} is plausible in the prompt's blanks in place of {@code answer}: the same kind of thing
     * in the book, and at every blank written by the book governed as the blank is, on each side where the governing
     * word is specific.
     */
    boolean plausible(BlankSlots blanks, String answer, String candidate) {
        if (blanks.slots().isEmpty() || sharedSlots(answer, candidate) < MIN_SHARED) {
            return false;
        }
        Set<Long> used = governorsOf(candidate);
        for (BlankSlots.Slot slot : blanks.slots()) {
            if (specific(slot.before()) && !used.contains(slot.before())
                    || specific(slot.after()) && !used.contains(slot.after())) {
                return false;
            }
        }
        return true;
    }

    /**
     * How much the book's specific places for the two terms overlap: the cosine of the two sets, so that a word the
     * book uses everywhere ("string" in a programming book) does not pass for the kind of every answer.
     */
    double sharedSlots(String answer, String candidate) {
        Set<Long> mine = specificGovernorsOf(answer);
        Set<Long> theirs = specificGovernorsOf(candidate);
        if (mine.isEmpty() || theirs.isEmpty()) {
            return 0;
        }
        long shared = mine.stream().filter(theirs::contains).count();
        return shared / Math.sqrt((double) mine.size() * theirs.size());
    }

    /**
     * Whether the word right before a blank is part of the answer's name in the book: it stands before most of the
     * answer's uses, and is itself a content word ("named pipe": blanking "pipe" leaves half a term).
     */
    boolean partOfTerm(BlankSlots blanks, String answer) {
        int[] uses = words.occurrences(answer);
        for (BlankSlots.Slot slot : blanks.slots()) {
            int before = slot.adjacentBefore();
            if (!words.content(before)) {
                continue;
            }
            int together = 0;
            for (int start : uses) {
                if (words.at(start - 1) == before) {
                    together++;
                }
            }
            if (together >= FIXED_USES && together >= FIXED_SHARE * uses.length) {
                return true;
            }
        }
        return false;
    }

    /** Whether a signature is a governing word that takes few enough different words to tell. */
    private boolean specific(long signature) {
        return signature != BlankSlots.NONE && fanOut(signature) <= MAX_FAN_OUT;
    }

    /**
     * How many different words the book puts in the place a signature governs: a light word ("contain", "use") takes
     * nearly any noun; a specific one ("mounted with", "allocating on") few.
     */
    int fanOut(long signature) {
        return fanOuts.computeIfAbsent(signature, key -> {
            boolean after = BlankSlots.after(key);
            int step = after ? -1 : 1;
            Set<Integer> governed = new HashSet<>();
            for (int position : words.positionsOf(BlankSlots.governorOf(key))) {
                int id = BlankSlots.governedWord(words, words::at, position + step, step, key);
                if (id > BookStems.BOUNDARY) {
                    governed.add(id);
                }
            }
            return governed.size();
        });
    }

    private Set<Long> specificGovernorsOf(String term) {
        return specific.computeIfAbsent(
                term.toLowerCase(Locale.ROOT),
                text -> governorsOf(text).stream().filter(this::specific).collect(Collectors.toUnmodifiableSet()));
    }

    /** The signatures of the words governing a term wherever the book uses it, from either side. */
    private Set<Long> governorsOf(String term) {
        return governors.computeIfAbsent(term.toLowerCase(Locale.ROOT), text -> {
            int length = BookStems.length(text);
            Set<Long> found = new HashSet<>();
            for (int start : words.occurrences(text)) {
                found.add(BlankSlots.governor(words, words::at, start - 1, -1));
                found.add(BlankSlots.governor(words, words::at, start + length, 1));
            }
            found.remove(BlankSlots.NONE);
            return Set.copyOf(found);
        });
    }
}
