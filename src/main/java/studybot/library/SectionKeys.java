package studybot.library;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each {@link SectionKey} is in one edition of the book. A stored key is found by its whole value first; failing
 * that (the section was edited) by its title path alone, then by its opening alone, each only where exactly one section
 * has it. A key found nowhere belongs to a section the book no longer has.
 */
public final class SectionKeys {

    private final Map<SectionNumber, SectionKey> byNumber = new HashMap<>();
    private final Map<SectionKey, SectionNumber> byKey = new HashMap<>();
    private final Map<String, SectionNumber> byTitle = new HashMap<>();
    private final Map<String, SectionNumber> byOpening = new HashMap<>();

    SectionKeys(Library library) {
        Set<SectionKey> sharedKeys = new HashSet<>();
        Set<String> sharedTitles = new HashSet<>();
        Set<String> sharedOpenings = new HashSet<>();
        for (Section section : library.sections()) {
            SectionKey key = SectionKey.of(library, section);
            byNumber.put(section.number(), key);
            putUnique(byKey, sharedKeys, key, section.number());
            putUnique(byTitle, sharedTitles, key.title(), section.number());
            putUnique(byOpening, sharedOpenings, key.opening(), section.number());
        }
    }

    /** The key of the section numbered {@code number}; empty when the book has no such section. */
    public Optional<SectionKey> keyOf(SectionNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Where the section stored with {@code key} is now; empty when the book no longer has it. */
    public Optional<SectionNumber> locate(SectionKey key) {
        return Optional.ofNullable(byKey.get(key))
                .or(() -> Optional.ofNullable(byTitle.get(key.title())))
                .or(() -> Optional.ofNullable(byOpening.get(key.opening())));
    }

    private static <K> void putUnique(Map<K, SectionNumber> map, Set<K> shared, K key, SectionNumber number) {
        if (shared.contains(key)) {
            return;
        }
        if (map.putIfAbsent(key, number) != null) {
            map.remove(key);
            shared.add(key);
        }
    }
}
