package studybot.facts;

import java.util.Map;
import java.util.function.Consumer;

/**
 * How often each stem occurs in one section, as a compact read-only table. A book has thousands of sections and each
 * keeps its counts for the whole extraction, so an open-addressing table of two arrays (no entry or boxed count per
 * stem) keeps the memory, and the garbage collector's copying, small.
 */
final class StemCounts {

    private final String[] stems;
    private final int[] counts;

    private StemCounts(String[] stems, int[] counts) {
        this.stems = stems;
        this.counts = counts;
    }

    static StemCounts of(Map<String, Integer> counted) {
        int capacity = Integer.highestOneBit(Math.max(4, counted.size() * 2 - 1)) << 1;
        String[] stems = new String[capacity];
        int[] counts = new int[capacity];
        counted.forEach((stem, count) -> {
            int slot = slot(stems, stem);
            stems[slot] = stem;
            counts[slot] = count;
        });
        return new StemCounts(stems, counts);
    }

    /** How often the section has {@code stem}; 0 if never. */
    int count(String stem) {
        int slot = slot(stems, stem);
        return stems[slot] == null ? 0 : counts[slot];
    }

    /** Each stem the section has, in no particular order. */
    void forEachStem(Consumer<String> action) {
        for (String stem : stems) {
            if (stem != null) {
                action.accept(stem);
            }
        }
    }

    /** The slot holding {@code stem}, or the empty slot where it would go (linear probing; the table is never full). */
    private static int slot(String[] stems, String stem) {
        int mask = stems.length - 1;
        int slot = (stem.hashCode() ^ stem.hashCode() >>> 16) & mask;
        while (stems[slot] != null && !stems[slot].equals(stem)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
