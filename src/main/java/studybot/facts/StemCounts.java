package studybot.facts;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.ObjIntConsumer;

/**
 * How often each stem occurs in one section, as a compact read-only table. A book has thousands of sections and each
 * keeps its counts for the whole extraction, so an open-addressing table of two arrays (no entry or boxed count per
 * stem) keeps the memory, and the garbage collector's copying, small.
 */
final class StemCounts {

    private final String[] stems;
    private final int[] counts;
    /** Each slot's {@code String.hashCode}, so a pass that wants only some hashes need not touch the strings. */
    private final int[] hashes;

    private final int size;

    private StemCounts(String[] stems, int[] counts, int[] hashes, int size) {
        this.stems = stems;
        this.counts = counts;
        this.hashes = hashes;
        this.size = size;
    }

    static StemCounts of(Map<String, Integer> counted) {
        int capacity = Integer.highestOneBit(Math.max(4, counted.size() * 2 - 1)) << 1;
        String[] stems = new String[capacity];
        int[] counts = new int[capacity];
        int[] hashes = new int[capacity];
        counted.forEach((stem, count) -> {
            int slot = slot(stems, stem);
            stems[slot] = stem;
            counts[slot] = count;
            hashes[slot] = stem.hashCode();
        });
        return new StemCounts(stems, counts, hashes, counted.size());
    }

    /** How many distinct stems the section has. */
    int size() {
        return size;
    }

    /** How often the section has {@code stem}; 0 if never. */
    int count(String stem) {
        int slot = slot(stems, stem);
        return stems[slot] == null ? 0 : counts[slot];
    }

    /** Each stem the section has with how often, in no particular order. */
    void forEach(ObjIntConsumer<String> action) {
        for (int slot = 0; slot < stems.length; slot++) {
            if (stems[slot] != null) {
                action.accept(stems[slot], counts[slot]);
            }
        }
    }

    /** Each stem the section has whose {@code String.hashCode} passes {@code hash}, in no particular order. */
    void forEachStem(IntPredicate hash, Consumer<String> action) {
        for (int slot = 0; slot < stems.length; slot++) {
            if (stems[slot] != null && hash.test(hashes[slot])) {
                action.accept(stems[slot]);
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
