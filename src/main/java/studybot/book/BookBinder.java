package studybot.book;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * empty cache. The quiz deck is built on its own executor, after the book is ready to answer: it takes as long as the
 * index and the key facts together, and only the quiz needs it. The flattened sub-headings are found once, in the same
 * reading of the book as the key facts, and shared by the lookup (to show them) and the index (to keep excerpts from
 * running across them). Each edition's load summary is logged in one line (the deck's size in a second one, once it is
 * built), the same figures {@code /stats} shows, so every load and reload leaves them in the log whatever the book's
 * format. The key facts, and so the tips and quiz questions, are found by the rules of the book's language
 * ({@link KeyFactExtractor#extractInItsLanguage}): a book in a language without fact rules gets none rather than
 * nonsense ({@link BookLanguageNote}).
 */
public final class BookBinder {

    private static final Logger LOG = LoggerFactory.getLogger(BookBinder.class);

    private final CacheConfig cacheConfig;
    private final SearchConfig searchConfig;
    private final KeyFactExtractor factExtractor;
    private final Executor deckBuilder;

    /** A binder that builds each quiz deck before {@link #bind} returns. */
    public BookBinder(CacheConfig cacheConfig, SearchConfig searchConfig, KeyFactExtractor factExtractor) {
        this(cacheConfig, searchConfig, factExtractor, Runnable::run);
    }

    /** A binder that builds each quiz deck on {@code deckBuilder}, after {@link #bind} returns. */
    public BookBinder(
            CacheConfig cacheConfig, SearchConfig searchConfig, KeyFactExtractor factExtractor, Executor deckBuilder) {
        this.cacheConfig = cacheConfig;
        this.searchConfig = searchConfig;
        this.factExtractor = factExtractor;
        this.deckBuilder = deckBuilder;
    }

    public Book bind(Library library) {
        FactsAndSubHeadings read = factExtractor.extractInItsLanguage(library);
        KeyFacts facts = read.facts();
        SubHeadings subHeadings = read.subHeadings();
        SectionLookup lookup = new SectionLookup(library, subHeadings);
        SectionSearch search = SectionSearch.over(library, subHeadings);
        LOG.info("Book loaded, {}", library.summary().line(facts.all().size()));
        BookLanguageNote.forOperator(library).ifPresent(note -> LOG.info("  {}", note));
        CompletableFuture<QuizDeck> quiz = CompletableFuture.supplyAsync(
                () -> {
                    QuizDeck deck = QuizDeck.build(library, facts);
                    LOG.info("Quiz deck built, {}", library.summary().quizLine(deck.size()));
                    return deck;
                },
                deckBuilder);
        return new Book(
                library,
                lookup,
                search,
                facts,
                TipDeck.of(facts),
                quiz,
                new LookupCache(cacheConfig),
                searchConfig.maxResults());
    }
}
