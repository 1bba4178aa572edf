package studybot.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import studybot.facts.SubHeading;
import studybot.facts.SubHeadings;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * Answers "which section did they mean?" over one {@link Library}. Everything derived from the book (chapters, folded
 * titles, completion names) is built at construction, so lookups and per-keystroke completions are cheap; build a new
 * one when the library is reloaded. It also knows where each section's flattened sub-headings are, for showing the
 * section. Immutable and safe to share between threads.
 */
public final class SectionLookup {

    /** How many sections a miss offers instead. */
    public static final int MAX_SUGGESTIONS = 5;

    private final Library library;
    private final SectionQueryParser parser;
    private final Map<Integer, List<Section>> chapters;
    private final TitleIndex<Section> titles;
    private final TitleIndex<Integer> chapterTitles;
    private final SectionCompletions completions;
    private final SubHeadings subHeadings;

    /** @param subHeadings the flattened sub-headings of the same {@code library} */
    public SectionLookup(Library library, SubHeadings subHeadings) {
        this.library = library;
        this.parser = new SectionQueryParser();
        this.subHeadings = subHeadings;
        Map<Integer, List<Section>> byChapter = new TreeMap<>();
        for (int chapter : library.chapters()) {
            byChapter.put(chapter, List.copyOf(library.chapter(chapter)));
        }
        this.chapters = Map.copyOf(byChapter);
        List<Section> sections = library.sections();
        this.titles = new TitleIndex<>(sections, Section::title);
        this.chapterTitles = new TitleIndex<>(
                chaptersWithoutOwnSection(library),
                chapter -> library.chapterTitle(chapter).orElse(""));
        this.completions = new SectionCompletions(sections);
    }

    public Library library() {
        return library;
    }

    /** Looks up whatever was typed; never throws. */
    public LookupResult lookup(String input) {
        return lookup(parser.parse(input));
    }

    public LookupResult lookup(SectionQuery query) {
        if (query instanceof SectionQuery.ForSection forSection) {
            return section(forSection);
        }
        if (query instanceof SectionQuery.ForChapter forChapter) {
            return chapter(forChapter);
        }
        if (query instanceof SectionQuery.ForTitle forTitle) {
            return title(forTitle);
        }
        return new LookupResult.Unreadable(((SectionQuery.Unreadable) query).problem());
    }

    /** Choices for Discord autocomplete; see {@link SectionCompletions#complete}. */
    public List<Completion> complete(String prefix) {
        return completions.complete(prefix);
    }

    /** Where the section's flattened sub-headings are in its {@link Section#body() body}, in order. */
    public List<SubHeading> subHeadings(Section section) {
        return subHeadings.in(section);
    }

    /** The sections of a chapter in numeric order; empty if the book has no such chapter. */
    public List<Section> chapter(int chapter) {
        return chapters.getOrDefault(chapter, List.of());
    }

    /** Where a section is in its chapter, counting from 1; empty if the book does not have it. */
    public Optional<Integer> positionInChapter(SectionNumber number) {
        List<Section> inChapter = chapter(number.chapter());
        for (int i = 0; i < inChapter.size(); i++) {
            if (inChapter.get(i).number().equals(number)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * Real sections closest to a number that may not exist, nearest first: in its own chapter by distance, else in the
     * nearest chapter from the end facing it (21.1 gives 20.7, 20.6, …; 0.1 gives 20.1, 20.2, …).
     */
    public List<Section> nearest(SectionNumber number) {
        Optional<Integer> chapter = nearestChapter(number.chapter());
        if (chapter.isEmpty()) {
            return List.of();
        }
        int found = chapter.get();
        Comparator<Section> closeness;
        if (found == number.chapter()) {
            closeness = Comparator.comparingLong(
                    section -> Math.abs((long) section.number().section() - number.section()));
        } else if (found < number.chapter()) {
            closeness = Comparator.comparing(Section::number, Comparator.reverseOrder());
        } else {
            closeness = Comparator.comparing(Section::number);
        }
        return chapter(found).stream()
                .sorted(closeness.thenComparing(Section::number))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private LookupResult section(SectionQuery.ForSection query) {
        Optional<Section> found = library.find(query.number());
        if (found.isPresent()) {
            return new LookupResult.Found(found.get());
        }
        Set<Section> suggestions = new LinkedHashSet<>();
        if (!query.titleWords().isEmpty()) {
            suggestions.addAll(titles.matches(query.titleWords()));
        }
        suggestions.addAll(nearest(query.number()));
        List<Section> offered = new ArrayList<>(suggestions).subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()));
        int chapter = query.number().chapter();
        return new LookupResult.NoSuchSection(query.written(), chapter, chapters.containsKey(chapter), offered);
    }

    private LookupResult chapter(SectionQuery.ForChapter query) {
        List<Section> sections = chapter(query.chapter());
        if (!sections.isEmpty()) {
            return listing(query.chapter(), sections);
        }
        List<Section> nearestChapter =
                nearestChapter(query.chapter()).map(this::chapter).orElse(List.of());
        return new LookupResult.NoSuchChapter(
                query.written(), nearestChapter.subList(0, Math.min(MAX_SUGGESTIONS, nearestChapter.size())));
    }

    private LookupResult title(SectionQuery.ForTitle query) {
        List<Section> matches = titles.matches(query.words());
        if (matches.isEmpty()) {
            return chapterTitles.matches(query.words()).stream()
                    .findFirst()
                    .<LookupResult>map(chapter -> listing(chapter, chapter(chapter)))
                    .orElseGet(() -> new LookupResult.NoTitleMatch(query.text()));
        }
        if (matches.size() == 1) {
            return new LookupResult.Found(matches.get(0));
        }
        return new LookupResult.TitleMatches(query.text(), matches);
    }

    private LookupResult.ChapterListing listing(int chapter, List<Section> sections) {
        return new LookupResult.ChapterListing(chapter, library.chapterTitle(chapter), sections);
    }

    /**
     * The chapters whose title no section carries (a chapter whose page has no text before its first section, "4.
     * Compatibility" over 4.1 to 4.6): found by their title words too, as a listing of their sections.
     */
    private static List<Integer> chaptersWithoutOwnSection(Library library) {
        return library.chapters().stream()
                .filter(chapter -> library.chapterTitle(chapter).isPresent())
                .filter(chapter -> library.find(new SectionNumber(chapter, 0)).isEmpty())
                .filter(chapter -> !library.chapter(chapter).isEmpty())
                .toList();
    }

    /** The chapter closest to {@code wanted}, the lower one on a tie; empty only for an empty book. */
    private Optional<Integer> nearestChapter(int wanted) {
        NavigableSet<Integer> numbers = library.chapters();
        Integer below = numbers.floor(wanted);
        Integer above = numbers.ceiling(wanted);
        if (below == null || above == null) {
            return Optional.ofNullable(below == null ? above : below);
        }
        return Optional.of((long) wanted - below <= (long) above - wanted ? below : above);
    }
}
