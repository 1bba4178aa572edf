package studybot.section;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import studybot.library.Section;

/**
 * What a lookup came to. Every miss carries what to offer instead, so no reply has to be a dead end; how to word it is
 * the command's business.
 */
public sealed interface LookupResult {

    /** The one section meant: by number, or the only title that matched. */
    record Found(Section section) implements LookupResult {
        public Found {
            Objects.requireNonNull(section, "section");
        }
    }

    /**
     * A chapter asked for by its number or its title: its sections in numeric order, never empty.
     *
     * @param title the chapter's own title, when the book gives one
     */
    record ChapterListing(int chapter, Optional<String> title, List<Section> sections) implements LookupResult {
        public ChapterListing {
            Objects.requireNonNull(title, "title");
            sections = List.copyOf(sections);
        }
    }

    /** Several titles matched the words, best first. */
    record TitleMatches(String words, List<Section> sections) implements LookupResult {
        public TitleMatches {
            Objects.requireNonNull(words, "words");
            sections = List.copyOf(sections);
        }
    }

    /**
     * The number names no section.
     *
     * @param asked the number as typed, e.g. {@code 20.9}
     * @param chapter the chapter of the number typed, which may not exist either
     * @param chapterExists whether the book has that chapter
     * @param suggestions sections to offer instead, nearest first: those whose titles match words pasted after the
     *     number, then the nearest in the nearest chapter
     */
    record NoSuchSection(String asked, int chapter, boolean chapterExists, List<Section> suggestions)
            implements LookupResult {
        public NoSuchSection {
            Objects.requireNonNull(asked, "asked");
            suggestions = List.copyOf(suggestions);
        }
    }

    /**
     * The book has no such chapter.
     *
     * @param suggestions the first sections of the nearest chapter
     */
    record NoSuchChapter(String asked, List<Section> suggestions) implements LookupResult {
        public NoSuchChapter {
            Objects.requireNonNull(asked, "asked");
            suggestions = List.copyOf(suggestions);
        }
    }

    /** No title matched the words; the text search may still find them. */
    record NoTitleMatch(String words) implements LookupResult {
        public NoTitleMatch {
            Objects.requireNonNull(words, "words");
        }
    }

    /** The input can't be looked up at all. */
    record Unreadable(InputProblem problem) implements LookupResult {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
