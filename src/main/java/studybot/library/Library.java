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
 * The whole book in memory, in section order. Immutable, so a request that holds one keeps a consistent view while a
 * reload builds the next. Sections form a tree by their numbers: 20.4.1 is a sub-section of 20.4, and 20.4 sits
 * directly in chapter 20; a chapter may have a title of its own (imported books have them, seed files don't).
 */
public final class Library {

    private final NavigableMap<SectionNumber, Section> sections;
    private final NavigableSet<Integer> chapters;
    private final Map<Integer, String> chapterTitles;
    private final Instant loadedAt;
    /**
     * Counted on first use when it is the seed text summary: an imported book replaces it at once
     * ({@link #withSummary}), and counting the words of a whole book for nothing slowed its first read.
     */
    private volatile LoadSummary summary;

    private final BookIndex index;
    private final BookLanguage language;
    /** What the text said of its language, when neither the metadata nor the config named one. */
    private final Optional<TextLanguage> languageFromText;
    /** Built on first use: most editions are asked for keys only when a member marks or reads progress. */
    private volatile SectionKeys keys;

    /** @throws IllegalArgumentException if two sections share a number (the loader reports these with file and line) */
    public Library(Collection<Section> sections, Instant loadedAt) {
        this(sections, Map.of(), loadedAt);
    }

    /**
     * @param chapterTitles the chapters' own titles where the book has them, by chapter number
     * @throws IllegalArgumentException if two sections share a number
     */
    public Library(Collection<Section> sections, Map<Integer, String> chapterTitles, Instant loadedAt) {
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
        this.chapterTitles = Map.copyOf(chapterTitles);
        this.loadedAt = loadedAt;
        this.index = BookIndex.EMPTY;
        this.language = BookLanguage.UNKNOWN;
        this.languageFromText = Optional.empty();
    }

    private Library(
            Library book,
            LoadSummary summary,
            BookIndex index,
            BookLanguage language,
            Optional<TextLanguage> languageFromText) {
        this.sections = book.sections;
        this.chapters = book.chapters;
        this.chapterTitles = book.chapterTitles;
        this.loadedAt = book.loadedAt;
        this.summary = summary;
        this.index = index;
        this.language = language;
        this.languageFromText = languageFromText;
    }

    /** This book described by the summary of the import that made it (its format and what it left out). */
    public Library withSummary(LoadSummary summary) {
        return new Library(this, summary, index, language, languageFromText);
    }

    /** This book with its own index (back matter), which search reads beside the sections' text. */
    public Library withIndex(BookIndex index) {
        return new Library(this, summary, index, language, languageFromText);
    }

    /**
     * This book as written in {@code language}, as its metadata or the config declares it, which decides how it is
     * searched and whether it gets tips.
     */
    public Library withLanguage(BookLanguage language) {
        return new Library(this, summary, index, language, Optional.empty());
    }

    /** This book in the language its text tells, when nothing has declared one; as it is when something has. */
    public Library withLanguageFromText() {
        if (!language.equals(BookLanguage.UNKNOWN)) {
            return this;
        }
        return withLanguageToldBy(TextLanguage.of(this));
    }

    /** This book in the language {@code text} tells (unknown when it does not tell), keeping what it said. */
    public Library withLanguageToldBy(TextLanguage text) {
        return new Library(this, summary, index, text.language(), Optional.of(text));
    }

    /**
     * The language the book is written in; {@link BookLanguage#UNKNOWN} when neither it, the config nor its text says.
     */
    public BookLanguage language() {
        return language;
    }

    /** What its text said of its language, when the language was told from it; empty when it was declared. */
    public Optional<TextLanguage> languageFromText() {
        return languageFromText;
    }

    /** The book's own index; {@link BookIndex#EMPTY} when it has none. */
    public BookIndex index() {
        return index;
    }

    /** What the book was made from, in brief: a seed text summary unless an import gave its own. */
    public LoadSummary summary() {
        LoadSummary counted = summary;
        if (counted == null) {
            counted = LoadSummary.ofSeedText(sections.values());
            summary = counted;
        }
        return counted;
    }

    public Optional<Section> find(SectionNumber number) {
        return Optional.ofNullable(sections.get(number));
    }

    /** Every section, in numeric order. */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /** The sections of one chapter in order, sub-sections included; empty when the book has no such chapter. */
    public List<Section> chapter(int chapter) {
        return new ArrayList<>(sections.tailMap(new SectionNumber(chapter, 0), true).values().stream()
                .takeWhile(section -> section.number().chapter() == chapter)
                .toList());
    }

    /** The chapter's own title where the book gives one ("Resource Consumption"), else empty. */
    public Optional<String> chapterTitle(int chapter) {
        return Optional.ofNullable(chapterTitles.get(chapter));
    }

    /** The direct sub-sections of a section (20.4.1 and 20.4.2 of 20.4, not 20.4.1.1), in order. */
    public List<Section> children(SectionNumber number) {
        return sections.subMap(number, false, number.afterSubSections(), false).values().stream()
                .filter(section -> section.number().depth() == number.depth() + 1)
                .toList();
    }

    /** The section this one is a sub-section of; empty for a chapter's own sections (20.4) and unknown numbers. */
    public Optional<Section> parent(SectionNumber number) {
        return number.parent().map(sections::get);
    }

    /** Every chapter title the book gives, by chapter number: what {@link #chapterTitle} answers from. */
    public Map<Integer, String> chapterTitles() {
        return chapterTitles;
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

    /** Each section's stable key, and where a stored key is in this edition. */
    public SectionKeys keys() {
        SectionKeys built = keys;
        if (built == null) {
            built = new SectionKeys(this);
            keys = built;
        }
        return built;
    }

    public int size() {
        return sections.size();
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
