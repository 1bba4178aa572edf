package studybot.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole book in memory, in section order. Immutable, so a request that holds one keeps a consistent view while
 * a reload builds the next.
 */
public final class Library {

    private final NavigableMap<SectionNumber, Section> sections;
    private final NavigableSet<Integer> chapters;
    private final Instant loadedAt;

    /** @throws IllegalArgumentException if two sections share a number (the loader reports these with file and line) */
    public Library(Collection<Section> sections, Instant loadedAt) {
        NavigableMap<SectionNumber, Section> byNumber = new TreeMap<>();
        for (Section section : sections) {
            Section previous = byNumber.putIfAbsent(section.number(), section);
            if (previous != null) {
                throw new IllegalArgumentException("section " + section.number() + " appears twice: at "
                        + previous.origin() + " and at " + section.origin());
            }
        }
        this.sections = Collections.unmodifiableNavigableMap(byNumber);
        TreeSet<Integer> chapterNumbers = new TreeSet<>();
        byNumber.keySet().forEach(number -> chapterNumbers.add(number.chapter()));
        this.chapters = Collections.unmodifiableNavigableSet(chapterNumbers);
        this.loadedAt = loadedAt;
    }

    public Optional<Section> find(SectionNumber number) {
        return Optional.ofNullable(sections.get(number));
    }

    /** Every section, in numeric order. */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /** The sections of one chapter in order; empty when the book has no such chapter. */
    public List<Section> chapter(int chapter) {
        return new ArrayList<>(sections.subMap(new SectionNumber(chapter, 0), true,
                new SectionNumber(chapter, Integer.MAX_VALUE), true).values());
    }

    public NavigableSet<Integer> chapters() {
        return chapters;
    }

    public Optional<Section> previous(SectionNumber number) {
        return Optional.ofNullable(sections.lowerEntry(number)).map(Map.Entry::getValue);
    }

    public Optional<Section> next(SectionNumber number) {
        return Optional.ofNullable(sections.higherEntry(number)).map(Map.Entry::getValue);
    }

    public int size() {
        return sections.size();
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
