package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import studybot.library.Library;
import studybot.library.Section;

/**
 * {@code /search} over one library: plain words in, ranked sections with highlighted excerpts out. Users type
 * anything, so bad input becomes a {@link SearchProblem} rather than an exception, typos and partial words are
 * corrected from the book's own vocabulary, and the results say what was actually searched for.
 *
 * <p>Ranking is BM25 over English-stemmed title and body, a title match counting double. Sections that contain
 * every word come first; the rest follow, ranked by how many of the words (and how rare) they have.
 *
 * <p>One instance is one library's immutable index: a reload builds a new instance and swaps it in. Thread-safe.
 */
public final class SectionSearch {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 25;
    /** How much more a word in the title counts than the same word in the body. */
    static final float TITLE_BOOST = 2f;
    /** Target excerpt length in characters of book text. */
    static final int EXCERPT_LENGTH = 200;

    private final SectionIndex index;
    private final QueryValidator validator;
    private final QueryCorrector corrector;
    private final SectionQueryBuilder queries;
    private final SectionHighlighter highlighter;
    private final ExcerptWriter excerpts;

    SectionSearch(SectionIndex index, QueryValidator validator, QueryCorrector corrector,
                  SectionQueryBuilder queries, SectionHighlighter highlighter, ExcerptWriter excerpts) {
        this.index = index;
        this.validator = validator;
        this.corrector = corrector;
        this.queries = queries;
        this.highlighter = highlighter;
        this.excerpts = excerpts;
    }

    /** Indexes the library's sections: milliseconds for the seed book, a few seconds for 10,000 sections. */
    public static SectionSearch over(Library library) {
        Analyzer stemming = new StemmingAnalyzer();
        Analyzer words = new WordAnalyzer();
        SectionIndex index = SectionIndex.build(library, stemming, words);
        QueryWords queryWords = new QueryWords(words, stemming);
        return new SectionSearch(index, new QueryValidator(queryWords), new QueryCorrector(index, queryWords),
                new SectionQueryBuilder(stemming, TITLE_BOOST), new SectionHighlighter(index, stemming),
                new ExcerptWriter(EXCERPT_LENGTH));
    }

    /** The best {@link #DEFAULT_LIMIT} sections for what the user typed. */
    public SearchResults search(String query) {
        return search(query, DEFAULT_LIMIT);
    }

    /**
     * The best sections for what the user typed. Never throws for any text, including null.
     *
     * @param limit how many hits at most, 1 to {@link #MAX_LIMIT}
     * @throws IllegalArgumentException if {@code limit} is out of range (a programming error, not user input)
     */
    public SearchResults search(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT + ": " + limit);
        }
        String text = query == null ? "" : query.strip();
        Optional<SearchProblem> problem = validator.problemWith(text);
        if (problem.isPresent()) {
            return SearchResults.refused(text, problem.get());
        }
        Optional<String> corrected = corrector.correct(text);
        String effective = corrected.orElse(text);
        Optional<Query> anyWord = queries.anyWord(effective);
        if (anyWord.isEmpty()) {
            return SearchResults.ran(text, corrected, List.of());
        }
        try {
            List<ScoreDoc> ranked = rank(effective, anyWord.get(), limit);
            return SearchResults.ran(text, corrected, hits(anyWord.get(), ranked));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /** Sections with all the words first, then the best of those with only some. */
    private List<ScoreDoc> rank(String text, Query anyWord, int limit) throws IOException {
        IndexSearcher searcher = index.searcher();
        Query allWords = queries.allWords(text).orElse(anyWord);
        ScoreDoc[] complete = searcher.search(allWords, limit).scoreDocs;
        List<ScoreDoc> ranked = new ArrayList<>(List.of(complete));
        if (complete.length == limit || allWords.equals(anyWord)) {
            return ranked;
        }
        Set<Integer> seen = new HashSet<>();
        for (ScoreDoc doc : complete) {
            seen.add(doc.doc);
        }
        for (ScoreDoc doc : searcher.search(anyWord, limit + complete.length).scoreDocs) {
            if (ranked.size() == limit) {
                break;
            }
            if (seen.add(doc.doc)) {
                ranked.add(doc);
            }
        }
        return ranked;
    }

    private List<SearchHit> hits(Query query, List<ScoreDoc> ranked) {
        int[] docIds = ranked.stream().mapToInt(doc -> doc.doc).toArray();
        SectionHighlighter.HitMatches[] matches = highlighter.matches(query, docIds);
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (int i = 0; i < docIds.length; i++) {
            Section section = index.section(docIds[i]);
            String excerpt = excerpts.forHit(matches[i].title(), matches[i].body());
            hits.add(new SearchHit(section.number(), section.title(), excerpt, ranked.get(i).score));
        }
        return hits;
    }
}
