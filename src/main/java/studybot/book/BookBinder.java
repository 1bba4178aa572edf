package studybot.book;

import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.library.Library;
import studybot.search.SectionSearch;
import studybot.section.SectionLookup;
import studybot.tip.TipExtractor;

/** Derives a complete {@link Book} from a freshly loaded library: index, lookup, tips and an empty cache. */
public final class BookBinder {

    private final CacheConfig cacheConfig;
    private final SearchConfig searchConfig;
    private final TipExtractor tipExtractor;

    public BookBinder(CacheConfig cacheConfig, SearchConfig searchConfig, TipExtractor tipExtractor) {
        this.cacheConfig = cacheConfig;
        this.searchConfig = searchConfig;
        this.tipExtractor = tipExtractor;
    }

    public Book bind(Library library) {
        return new Book(library, new SectionLookup(library), SectionSearch.over(library),
                tipExtractor.extract(library), new LookupCache(cacheConfig), searchConfig.maxResults());
    }
}
