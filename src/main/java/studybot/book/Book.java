package studybot.book;

import java.util.List;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.quiz.QuizDeck;
import studybot.search.SearchResults;
import studybot.search.SectionSearch;
import studybot.section.Completion;
import studybot.section.SectionLookup;
import studybot.tip.TipDeck;

/**
 * One loaded edition of the book and everything derived from it: the section lookup, the search index, the key facts,
 * the tip deck, the quiz questions and the lookup cache. A request takes one {@code Book} and uses only it, and a
 * reload replaces the whole {@code Book} at once, so no answer ever mixes old and new text, and the cache empties
 * together with the index.
 */
public final class Book {

    private final Library library;
    private final SectionLookup sections;
    private final SectionSearch search;
    private final KeyFacts facts;
    private final TipDeck tips;
    private final QuizDeck quiz;
    private final LookupCache cache;
    private final int maxResults;

    public Book(
            Library library,
            SectionLookup sections,
            SectionSearch search,
            KeyFacts facts,
            TipDeck tips,
            QuizDeck quiz,
            LookupCache cache,
            int maxResults) {
        this.library = library;
        this.sections = sections;
        this.search = search;
        this.facts = facts;
        this.tips = tips;
        this.quiz = quiz;
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

    /** The quiz questions made from the key facts, built with the edition (never on a request). */
    public QuizDeck quiz() {
        return quiz;
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
