package studybot.book;

import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.FactsAndSubHeadings;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.facts.SubHeadings;
import studybot.library.Library;
import studybot.quiz.QuizDeck;
import studybot.search.SectionSearch;
import studybot.section.SectionLookup;
import studybot.tip.TipDeck;

/**
 * Derives a complete {@link Book} from a freshly loaded library: index, lookup, key facts, tips, quiz questions and an
 * empty cache. The flattened sub-headings are found once, in the same reading of the book as the key facts, and shared
 * by the lookup (to show them) and the index (to keep excerpts from running across them).
 */
public final class BookBinder {

    private final CacheConfig cacheConfig;
    private final SearchConfig searchConfig;
    private final KeyFactExtractor factExtractor;

    public BookBinder(CacheConfig cacheConfig, SearchConfig searchConfig, KeyFactExtractor factExtractor) {
        this.cacheConfig = cacheConfig;
        this.searchConfig = searchConfig;
        this.factExtractor = factExtractor;
    }

    public Book bind(Library library) {
        FactsAndSubHeadings read = factExtractor.extractWithSubHeadings(library);
        KeyFacts facts = read.facts();
        SubHeadings subHeadings = read.subHeadings();
        return new Book(library, new SectionLookup(library, subHeadings), SectionSearch.over(library, subHeadings),
                facts, TipDeck.of(facts), QuizDeck.build(library, facts), new LookupCache(cacheConfig),
                searchConfig.maxResults());
    }
}
