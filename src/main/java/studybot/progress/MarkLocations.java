package studybot.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studybot.library.SectionKeys;
import studybot.library.SectionNumber;

/**
 * Stored read marks placed in the edition being served: a mark with a key goes where its section is now, a mark from
 * before keys takes the key of the section that has its number. Marks whose section the book no longer has are left out
 * of every view but stay stored, in case a later edition brings the section back.
 *
 * @param current the marks at their sections' numbers in this edition, one per section (the earliest), in stored order
 * @param movedFrom the stored marks that must be rewritten
 * @param movedTo what those marks become: their current number and their key
 */
record MarkLocations(List<ReadMark> current, List<ReadMark> movedFrom, List<ReadMark> movedTo) {

    static MarkLocations of(List<ReadMark> stored, SectionKeys keys) {
        Map<SectionNumber, ReadMark> current = new LinkedHashMap<>();
        List<ReadMark> movedFrom = new ArrayList<>();
        List<ReadMark> movedTo = new ArrayList<>();
        for (ReadMark mark : stored) {
            Optional<ReadMark> located = mark.key()
                    .flatMap(key -> keys.locate(key).map(number -> mark.at(number, key)))
                    .or(() -> mark.key().isPresent()
                            ? Optional.empty()
                            : keys.keyOf(mark.section()).map(key -> mark.at(mark.section(), key)));
            if (located.isEmpty()) {
                continue;
            }
            ReadMark now = located.get();
            if (!now.equals(mark)) {
                movedFrom.add(mark);
                movedTo.add(now);
            }
            current.merge(now.section(), now, (a, b) -> a.markedAt().isAfter(b.markedAt()) ? b : a);
        }
        List<ReadMark> ordered = new ArrayList<>(current.values());
        ordered.sort(Comparator.comparing(ReadMark::markedAt).thenComparing(ReadMark::section));
        return new MarkLocations(List.copyOf(ordered), List.copyOf(movedFrom), List.copyOf(movedTo));
    }

    /** Whether any stored mark must be rewritten to match this edition. */
    boolean anyMoved() {
        return !movedFrom.isEmpty();
    }
}
