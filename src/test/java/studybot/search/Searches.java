package studybot.search;

import studybot.facts.SubHeadings;
import studybot.library.Library;

/** Search indexes for tests and benchmarks, built as {@code BookBinder} builds them. */
public final class Searches {

    /** As many hits as {@code /search} shows by default. */
    public static final int DEFAULT_LIMIT = 5;

    private Searches() {}

    /** The index of {@code library}, with its flattened sub-headings found as the bot finds them. */
    public static SectionSearch over(Library library) {
        return SectionSearch.over(library, SubHeadings.of(library));
    }
}
