package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import studybot.facts.SubHeadings;
import studybot.library.Library;
import studybot.library.LuceneLanguages;
import studybot.library.Section;
import studybot.reply.Text;

/**
 * {@code /search} over one library: plain words in, ranked sections with highlighted excerpts out. Users type anything,
 * so bad input becomes a {@link SearchProblem} rather than an exception, typos and partial words are corrected from the
 * book's own vocabulary, and the results say what was actually searched for.
 *
 * <p>A keyword query is ranked by BM25 over the stemmed title and body (German for a German book, else English), a
 * title match counting double. Sections that contain every word come first; the rest follow, ranked by how many of the
 * words (and how rare) they have. A question in the student's own words ({@link QueryGate}) is ranked by its topic
 * words over passages ({@link PassageIndex}): a section by its best paragraph, so long sections stop winning questions
 * that are not about them, and any word counts; the terms the book's own index points at a section with count as one
 * more passage of it (BM25 only: embedded, they cost a question on the fitting manual). Once search by meaning is
 * attached ({@link SemanticIndexer}), a question, or a keyword query BM25 answers weakly, is also embedded, and the two
 * rankings are fused ({@link RankFusion}). A query that is exactly a section's title always opens with that section.
 *
 * <p>One instance is one library's immutable index: a reload builds a new instance and swaps it in. Thread-safe.
 */
public final class SectionSearch {

    public static final int MAX_LIMIT = 25;
    /** How much more a word in the title counts than the same word in the body. */
    static final float TITLE_BOOST = 2f;
    /** Target excerpt length in characters of book text. */
    static final int EXCERPT_LENGTH = 200;
    /** How deep each retriever's list goes into the fusion. */
    static final int FUSION_DEPTH = 20;

    private final SectionIndex index;
    private final List<Passage> passages;
    private final PassageIndex passageIndex;
    private final QueryGate gate;
    private final QueryValidator validator;
    private final JoinedWords joinedWords;
    private final QueryCorrector corrector;
    private final SectionQueryBuilder queries;
    private final SectionHighlighter highlighter;
    private final ExcerptWriter excerpts;
    private final Map<String, Integer> titles;
    private final SubHeadings subHeadings;
    private volatile MeaningRetriever meaning;

    SectionSearch(
            SectionIndex index,
            List<Passage> passages,
            PassageIndex passageIndex,
            QueryGate gate,
            QueryValidator validator,
            JoinedWords joinedWords,
            QueryCorrector corrector,
            SectionQueryBuilder queries,
            SectionHighlighter highlighter,
            ExcerptWriter excerpts,
            SubHeadings subHeadings) {
        this.index = index;
        this.passages = passages;
        this.passageIndex = passageIndex;
        this.gate = gate;
        this.validator = validator;
        this.joinedWords = joinedWords;
        this.corrector = corrector;
        this.queries = queries;
        this.highlighter = highlighter;
        this.excerpts = excerpts;
        this.titles = TitleKey.byTitle(index.sections());
        this.subHeadings = subHeadings;
    }

    /**
     * Indexes the library's sections: milliseconds for the seed book, a few seconds for 10,000 sections. Words are
     * analysed in the book's language ({@link StemmingAnalyzer}); identifiers are read whole only in books read as
     * English ({@link CodeAwareAnalyzer}), whose stemming they share.
     *
     * @param subHeadings the flattened sub-headings of the same library, which excerpts never run across
     */
    public static SectionSearch over(Library library, SubHeadings subHeadings) {
        Analyzer stemming = StemmingAnalyzer.of(library.language());
        Analyzer words = new WordAnalyzer();
        SectionIndex index = SectionIndex.build(library, stemming, words);
        QueryGate gate = QueryGate.of(library.language());
        QueryWords queryWords = new QueryWords(words, stemming, gate);
        PassageSplitter splitter = new PassageSplitter();
        List<Passage> passages = new ArrayList<>();
        List<Passage> byWords = new ArrayList<>();
        List<Passage> indexTerms = new ArrayList<>();
        List<Section> sections = library.sections();
        for (int ordinal = 0; ordinal < sections.size(); ordinal++) {
            Section section = sections.get(ordinal);
            passages.addAll(splitter.passages(ordinal, section));
            splitter.indexTerms(ordinal, section, library.index()).ifPresent(indexTerms::add);
        }
        byWords.addAll(passages);
        byWords.addAll(indexTerms);
        return new SectionSearch(
                index,
                List.copyOf(passages),
                PassageIndex.build(
                        byWords, LuceneLanguages.analyses(library.language()) ? stemming : new CodeAwareAnalyzer()),
                gate,
                new QueryValidator(queryWords),
                JoinedWords.of(library, index, queryWords),
                new QueryCorrector(index, queryWords),
                new SectionQueryBuilder(stemming, TITLE_BOOST),
                new SectionHighlighter(index, stemming),
                new ExcerptWriter(EXCERPT_LENGTH),
                subHeadings);
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
        // "wifi" where the book prints "Wi-Fi" is the book's word, searched as printed, never "corrected" to another
        String asWritten = joinedWords.asTheBookWrites(text);
        Optional<QueryCorrection> corrected = corrector.correct(asWritten);
        String effective = corrected.map(QueryCorrection::query).orElse(asWritten);
        MeaningRetriever meaning = this.meaning;
        try {
            List<Ranked> ranked;
            boolean withoutMeaning;
            Optional<Query> anyWord;
            if (gate.isQuestion(text)) {
                anyWord = queries.anyWord(effective);
                List<PassageIndex.Match> byWords = passageIndex.rank(gate.topicWords(effective), FUSION_DEPTH);
                List<SectionMatch> best =
                        byWords.stream().map(PassageIndex.Match::best).toList();
                List<Double> weights = byWords.stream()
                        .map(match -> RankFusion.coverageWeight(match.coverage()))
                        .toList();
                // with no keyword hit at all, only a clearly similar passage is worth showing: "nothing matches"
                Optional<List<SectionMatch>> nearest =
                        meaning == null ? Optional.empty() : meaning.nearest(text, FUSION_DEPTH, best.isEmpty());
                withoutMeaning = meaning != null && nearest.isEmpty();
                ranked = nearest.map(near -> fuse(best, weights, near, limit)).orElseGet(() -> unfused(best, limit));
            } else {
                String keywords = gate.keywords(effective);
                anyWord = queries.anyWord(keywords);
                KeywordRanking keyword = anyWord.isEmpty()
                        ? KeywordRanking.NONE
                        : rank(keywords, anyWord.get(), meaning == null ? limit : Math.max(limit, FUSION_DEPTH));
                List<SectionMatch> byWords = keyword.docs().stream()
                        .map(doc -> new SectionMatch(index.ordinal(doc.doc), null, doc.score))
                        .toList();
                Optional<List<SectionMatch>> nearest = meaning == null || keyword.complete() > 0
                        ? Optional.empty()
                        : meaning.nearest(text, FUSION_DEPTH, byWords.isEmpty());
                withoutMeaning = meaning != null && keyword.complete() == 0 && nearest.isEmpty();
                ranked = nearest.map(near ->
                                fuse(byWords, byWords.stream().map(match -> 1.0).toList(), near, limit))
                        .orElseGet(() -> unfused(byWords, limit));
            }
            ranked = exactTitleFirst(text, ranked, limit);
            List<SearchHit> hits = hits(anyWord, ranked);
            return withoutMeaning
                    ? SearchResults.ranUnderLoad(text, corrected, hits)
                    : SearchResults.ran(text, corrected, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }

    /**
     * Starts embedding {@code query} if its search will need its vector (a question, once search by meaning is
     * attached), so that questions arriving together are embedded together. Cheap, and never throws for any text.
     *
     * @param query as {@link #search} will be given it
     */
    public void foresee(String query) {
        MeaningRetriever meaning = this.meaning;
        String text = query == null ? "" : query.strip();
        if (meaning != null && validator.problemWith(text).isEmpty() && gate.isQuestion(text)) {
            meaning.foresee(text);
        }
    }

    /** Search by meaning beside BM25 from now on (the vectors are built off the request path, then attached). */
    void useMeaning(MeaningRetriever retriever) {
        this.meaning = retriever;
    }

    /** Whether search by meaning is attached, i.e. questions are answered by both retrievers. */
    public boolean searchesByMeaning() {
        return meaning != null;
    }

    /** The library this index was built from, in library order. */
    List<Section> sections() {
        return index.sections();
    }

    /** The library's passages, in library order: what search by meaning embeds. */
    List<Passage> passages() {
        return passages;
    }

    /** Sections with all the words first, then the best of those with only some. */
    private KeywordRanking rank(String text, Query anyWord, int limit) throws IOException {
        IndexSearcher searcher = index.searcher();
        Query allWords = queries.allWords(text).orElse(anyWord);
        ScoreDoc[] complete = searcher.search(allWords, limit).scoreDocs;
        List<ScoreDoc> ranked = new ArrayList<>(List.of(complete));
        if (complete.length == limit || allWords.equals(anyWord)) {
            return new KeywordRanking(ranked, complete.length);
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
        return new KeywordRanking(ranked, complete.length);
    }

    private static List<Ranked> unfused(List<SectionMatch> byWords, int limit) {
        return byWords.stream()
                .limit(limit)
                .map(match -> new Ranked(match.section(), match.score(), null))
                .toList();
    }

    private static List<Ranked> fuse(
            List<SectionMatch> keyword, List<Double> weights, List<SectionMatch> nearest, int limit) {
        List<Integer> byKeyword = keyword.stream().map(SectionMatch::section).toList();
        List<Integer> byMeaning = nearest.stream().map(SectionMatch::section).toList();
        Map<Integer, Passage> quoted = new HashMap<>();
        nearest.forEach(hit -> quoted.put(hit.section(), hit.passage()));
        return RankFusion.fuse(byKeyword, weights, byMeaning, limit).stream()
                .map(fused -> new Ranked(
                        fused.section(),
                        (float) fused.score(),
                        fused.foundByKeyword() ? null : quoted.get(fused.section())))
                .toList();
    }

    /** A query that is exactly a section's title (any case, spacing or punctuation) opens with that section. */
    private List<Ranked> exactTitleFirst(String text, List<Ranked> ranked, int limit) {
        Integer titled = titles.get(TitleKey.of(text));
        if (titled == null || (!ranked.isEmpty() && ranked.get(0).section() == titled)) {
            return ranked;
        }
        float best = ranked.isEmpty() ? 1f : ranked.get(0).score() + 1f;
        List<Ranked> reordered = new ArrayList<>(ranked.size() + 1);
        reordered.add(new Ranked(titled, best, null));
        ranked.stream().filter(hit -> hit.section() != titled).limit(limit - 1).forEach(reordered::add);
        return reordered;
    }

    private List<SearchHit> hits(Optional<Query> query, List<Ranked> ranked) {
        int[] docIds =
                ranked.stream().mapToInt(hit -> index.docId(hit.section())).toArray();
        SectionHighlighter.HitMatches[] matches = query.isPresent() ? highlighter.matches(query.get(), docIds) : null;
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (int i = 0; i < docIds.length; i++) {
            Ranked hit = ranked.get(i);
            Section section = index.section(docIds[i]);
            List<TextStretch> stretches = TextStretch.of(section, subHeadings.in(section));
            Text excerpt;
            if (hit.passage() != null || matches == null) {
                Passage passage = hit.passage();
                excerpt = excerpts.from(section.body(), passage == null ? 0 : passage.bodyStart(), stretches);
                if (excerpt.isEmpty()) {
                    excerpt = Text.plain(section.title());
                }
            } else {
                excerpt = excerpts.forHit(matches[i].title(), matches[i].body(), stretches);
            }
            hits.add(new SearchHit(section.number(), section.title(), excerpt, hit.score()));
        }
        return hits;
    }

    /** BM25's hits, best first, and how many of them hold every word of the query. */
    private record KeywordRanking(List<ScoreDoc> docs, int complete) {
        static final KeywordRanking NONE = new KeywordRanking(List.of(), 0);
    }

    /** A section in the final order; {@code passage} is the passage to quote when only its meaning matched. */
    private record Ranked(int section, float score, Passage passage) {}
}
