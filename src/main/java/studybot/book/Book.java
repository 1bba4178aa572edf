package studybot.book;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.quiz.QuizDeck;
import studybot.quiz.TermMeanings;
import studybot.search.SearchResults;
import studybot.search.SectionSearch;
import studybot.section.Completion;
import studybot.section.SectionLookup;
import studybot.tip.TipDeck;

/**
 * One loaded edition of the book and everything derived from it: the section lookup, the search index, the key facts,
 * the tip deck, the quiz questions and the lookup cache. A request takes one {@code Book} and uses only it, and a
 * reload replaces the whole {@code Book} at once, so no answer ever mixes old and new text, and the cache empties
 * together with the index. The one thing that changes within an edition is the quiz deck. It is built beside the
 * edition, which answers {@code /section} and {@code /search} before it is done (a restart answers seconds sooner);
 * {@link #quiz()} waits for it. It is rebuilt once, off the request path, with distractors chosen by meaning when the
 * model of search by meaning is loaded ({@link #quizByMeaning}); its card ids stay the same, only choices change and
 * questions without good distractors leave.
 */
public final class Book {

    private final Library library;
    private final SectionLookup sections;
    private final SectionSearch search;
    private final KeyFacts facts;
    private final TipDeck tips;
    private final AtomicReference<CompletableFuture<QuizEdition>> quiz;
    private final LookupCache cache;
    private final int maxResults;

    public Book(
            Library library,
            SectionLookup sections,
            SectionSearch search,
            KeyFacts facts,
            TipDeck tips,
            CompletableFuture<QuizDeck> quiz,
            LookupCache cache,
            int maxResults) {
        this.library = library;
        this.sections = sections;
        this.search = search;
        this.facts = facts;
        this.tips = tips;
        this.quiz = new AtomicReference<>(quiz.thenApply(deck -> new QuizEdition(deck, library.loadedAt())));
        this.cache = cache;
        this.maxResults = maxResults;
    }

    public Library library() {
        return library;
    }

    public SectionLookup sections() {
        return sections;
    }

    /** The key facts of every section: what tips, quizzes and the daily post teach. */
    public KeyFacts facts() {
        return facts;
    }

    public TipDeck tips() {
        return tips;
    }

    /**
     * Whether the book gives tips: a book in a language the fact rules do not read, or one stating no key fact, has
     * none, and the commands that give them say so up front.
     */
    public boolean hasTips() {
        return tips.size() > 0;
    }

    /**
     * Whether the book has quiz questions to ask, rounds to play and reviews to remind of. Questions are made from the
     * key facts, so a book without any is answered at once; else this waits for the deck as {@link #quiz()} does.
     */
    public boolean hasQuizQuestions() {
        return !facts.all().isEmpty() && quiz().size() > 0;
    }

    /**
     * The quiz questions made from the key facts, built beside the edition (never on a request): the first callers
     * after a load wait until the deck is built, seconds at most.
     */
    public QuizDeck quiz() {
        return quiz.get().join().deck();
    }

    /**
     * When the deck {@link #quiz()} serves was put in place: the edition's load, or its rebuild by meaning. A question
     * asked before then may have had other choices.
     */
    public Instant quizSince() {
        return quiz.get().join().since();
    }

    /**
     * Rebuilds the quiz deck with distractors chosen by meaning and serves it from now on ({@code clock}'s time). Slow
     * (it embeds the book's key terms): called on the background thread of search by meaning, never on a request.
     */
    public void quizByMeaning(TermMeanings meanings, Clock clock) {
        QuizDeck rebuilt = QuizDeck.build(library, facts, meanings);
        quiz.set(CompletableFuture.completedFuture(new QuizEdition(rebuilt, clock.instant())));
    }

    /** A quiz deck and when it was put in place. */
    private record QuizEdition(QuizDeck deck, Instant since) {}

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

    /**
     * Starts the work searching {@code query} will need (embedding a question), as soon as it arrives: questions
     * arriving together are then embedded together. Quick, never blocks, never throws for any text.
     */
    public void foresee(String query) {
        cache.foresee(query, search::foresee);
    }

    /** Completions for what has been typed so far, through the cache (Discord asks on every keystroke). */
    public List<Completion> complete(String prefix) {
        return cache.complete(prefix, sections::complete);
    }
}
