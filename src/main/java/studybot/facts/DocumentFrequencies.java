package studybot.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * In how many sections each stem occurs. Counted in parallel without any shared lock: the stems are split into
 * {@value #PARTS} parts by hash, and each part is counted by one task over all sections into a map of its own, reading
 * the stems' hashes from the sections' tables so that a task touches only its own part's strings. (A shared concurrent
 * map would lock a bin for every stem of every section, and on a busy machine a thread preempted while holding such a
 * lock can stall the others.) The result is plain sums, the same whatever the order of the work.
 */
final class DocumentFrequencies {

    private static final int PARTS = 8;

    private final List<Map<String, Integer>> parts;

    private DocumentFrequencies(List<Map<String, Integer>> parts) {
        this.parts = parts;
    }

    static DocumentFrequencies of(List<StemCounts> sections) {
        return new DocumentFrequencies(IntStream.range(0, PARTS)
                .parallel()
                .mapToObj(part -> {
                    Map<String, Integer> counts = new HashMap<>();
                    for (StemCounts section : sections) {
                        section.forEachStem(hash -> partOf(hash) == part, stem -> counts.merge(stem, 1, Integer::sum));
                    }
                    return counts;
                })
                .toList());
    }

    /** How many sections have {@code stem}; 0 for none. */
    int of(String stem) {
        return parts.get(partOf(stem)).getOrDefault(stem, 0);
    }

    private static int partOf(String stem) {
        return partOf(stem.hashCode());
    }

    private static int partOf(int hash) {
        return Math.floorMod(hash, PARTS);
    }
}
