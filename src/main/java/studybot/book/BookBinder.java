package studybot.book;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * by the lookup (to show them) and the index (to keep excerpts from running across them). Each edition's load summary
 * is logged in one line, the same figures {@code /stats} shows, so every load and reload leaves them in the log
 * whatever the book's format. The key facts, and so the tips and quiz questions, are found by English rules: a book in
 * another language gets none rather than nonsense ({@link BookLanguageNote}).
 */
public final class BookBinder {

    private static final Logger LOG = LoggerFactory.getLogger(BookBinder.class);

    private final CacheConfig cacheConfig;
    private final SearchConfig searchConfig;
    private final KeyFactExtractor factExtractor;

    public BookBinder(CacheConfig cacheConfig, SearchConfig searchConfig, KeyFactExtractor factExtractor) {
        this.cacheConfig = cacheConfig;
        this.searchConfig = searchConfig;
        this.factExtractor = factExtractor;
    }

    public Book bind(Library library) {
        FactsAndSubHeadings read = library.language().readsAsEnglish()
                ? factExtractor.extractWithSubHeadings(library)
                : new FactsAndSubHeadings(new KeyFacts(List.of()), SubHeadings.of(library));
        KeyFacts facts = read.facts();
        SubHeadings subHeadings = read.subHeadings();
        QuizDeck quiz = QuizDeck.build(library, facts);
        LOG.info("Book loaded, {}", library.summary().line(facts.all().size(), quiz.size()));
        BookLanguageNote.of(library.language()).ifPresent(note -> LOG.info("  {}", note));
        return new Book(
                library,
                new SectionLookup(library, subHeadings),
                SectionSearch.over(library, subHeadings),
                facts,
                TipDeck.of(facts),
                quiz,
                new LookupCache(cacheConfig),
                searchConfig.maxResults());
    }
}
