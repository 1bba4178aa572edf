package studybot.book;

import java.util.List;
import studybot.library.Library;
import studybot.search.SearchResults;
import studybot.search.SectionSearch;
import studybot.section.Completion;
import studybot.section.SectionLookup;
import studybot.tip.TipDeck;

/**
 * One loaded edition of the book and everything derived from it: the section lookup, the search index, the tip
 * deck and the lookup cache. A request takes one {@code Book} and uses only it, and a reload replaces the whole
 * {@code Book} at once, so no answer ever mixes old and new text, and the cache empties together with the index.
 */
public final class Book {

    private final Library library;
    private final SectionLookup sections;
    private final SectionSearch search;
    private final TipDeck tips;
    private final LookupCache cache;
    private final int maxResults;

    public Book(Library library, SectionLookup sections, SectionSearch search, TipDeck tips, LookupCache cache,
                int maxResults) {
        this.library = library;
        this.sections = sections;
        this.search = search;
        this.tips = tips;
        this.cache = cache;
        this.maxResults = maxResults;
    }

    public Library library() {
        return library;
    }

    public SectionLookup sections() {
        return sections;
    }

    public TipDeck tips() {
        return tips;
    }

    public LookupCache cache() {
        return cache;
    }

    /** The edition's search index, for attaching search by meaning once it is built. */
    public SectionSearch searchIndex() {
        return search;
    }

    /** Searches through the cache: the same query, however it is spaced or cased, is answered once. */
    public SearchResults search(String query) {
        return cache.search(query, normalised -> search.search(normalised, maxResults));
    }

    /** Completions for what has been typed so far, through the cache (Discord asks on every keystroke). */
    public List<Completion> complete(String prefix) {
        return cache.complete(prefix, sections::complete);
    }
}
