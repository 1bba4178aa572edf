package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * BM25 over passages rather than whole sections, for questions in a student's own words: a section scores by its best
 * passage, so the section whose one paragraph holds the question's words beats a long section that holds them scattered
 * over pages. Any word of the question counts (no every-word rule): questions carry words the book never uses together.
 * Each hit says how much of the question its passage covers, so that a passage sharing one common word with the
 * question can count for less. Built once per edition beside {@link SectionIndex}; immutable and thread-safe.
 */
final class PassageIndex {

    private static final String TEXT = "text";
    private static final FieldType TERMS_AND_FREQUENCIES = termsAndFrequencies();
    /** More words than a question has; the rest of an over-long query adds nothing but cost. */
    private static final int MAX_TERMS = 64;
    /** Passages read per section wanted: enough that the best sections are found through their best passages. */
    private static final int PASSAGES_PER_SECTION = 8;

    private final IndexSearcher searcher;
    private final List<Passage> passages;
    private final Analyzer analyzer;

    private PassageIndex(IndexSearcher searcher, List<Passage> passages, Analyzer analyzer) {
        this.searcher = searcher;
        this.passages = passages;
        this.analyzer = analyzer;
    }

    /** @param passages in library order; a passage's position is its document number */
    static PassageIndex build(List<Passage> passages, Analyzer analyzer) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity());
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Passage passage : passages) {
                    Document document = new Document();
                    document.add(new Field(TEXT, passage.text(), TERMS_AND_FREQUENCIES));
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
            searcher.setQueryCache(null);
            return new PassageIndex(searcher, List.copyOf(passages), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory passage index failed", e);
        }
    }

    /**
     * The {@code limit} sections whose best passage BM25 likes most for any of the words, best first; empty when no
     * passage has any of them.
     */
    List<Match> rank(String words, int limit) {
        Set<String> terms = terms(words);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
        try {
            ScoreDoc[] docs = searcher.search(query.build(), limit * PASSAGES_PER_SECTION).scoreDocs;
            List<ScoreDoc> best = new ArrayList<>(limit);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < docs.length && best.size() < limit; i++) {
                if (seen.add(passages.get(docs[i].doc).section())) {
                    best.add(docs[i]);
                }
            }
            int[] held = wordsHeld(terms, best);
            List<Match> sections = new ArrayList<>(best.size());
            for (int i = 0; i < best.size(); i++) {
                Passage passage = passages.get(best.get(i).doc);
                sections.add(new Match(
                        new SectionMatch(passage.section(), passage, best.get(i).score),
                        (float) held[i] / terms.size()));
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory passage index failed", e);
        }
    }

    /**
     * A section found by its best passage.
     *
     * @param coverage the share of the question's words (as analysed) that the passage holds, 0 to 1
     */
    record Match(SectionMatch best, float coverage) {}

    /** How many of the terms each passage holds, read from the postings (no passage is analysed again). */
    private int[] wordsHeld(Set<String> terms, List<ScoreDoc> docs) throws IOException {
        int[] held = new int[docs.size()];
        Integer[] byDoc = new Integer[docs.size()];
        for (int i = 0; i < byDoc.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs.get(i).doc));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (String term : terms) {
                PostingsEnum postings = leaf.reader().postings(new Term(TEXT, term), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int i : byDoc) {
                    int doc = docs.get(i).doc - leaf.docBase;
                    if (doc < 0 || doc >= leaf.reader().maxDoc()) {
                        continue;
                    }
                    if (postings.docID() < doc) {
                        postings.advance(doc);
                    }
                    if (postings.docID() == doc) {
                        held[i]++;
                    }
                }
            }
        }
        return held;
    }

    private Set<String> terms(String words) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, words)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query in memory failed", e);
        }
        return terms;
    }

    private static FieldType termsAndFrequencies() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }
}
