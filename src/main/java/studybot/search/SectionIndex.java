package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import studybot.library.Library;
import studybot.library.Section;

/**
 * One library's sections in an in-memory Lucene index, built once and never written again: a reload builds a new
 * index and swaps it in, so searches in flight keep a consistent view. Title and body are stemmed and keep offsets
 * for highlighting; {@link #WORDS} holds both unstemmed, as the vocabulary that typos are corrected against.
 */
final class SectionIndex {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String WORDS = "words";
    private static final String ORDINAL = "ordinal";

    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();
    private static final FieldType VOCABULARY = vocabularyText();

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final List<Section> sections;
    private final int[] sectionByDoc;

    private SectionIndex(IndexSearcher searcher, List<Section> sections, int[] sectionByDoc) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        this.sections = sections;
        this.sectionByDoc = sectionByDoc;
    }

    /**
     * @param stemming analysis of title and body, also used for queries
     * @param words    analysis of the vocabulary field, also used to split queries into words
     */
    static SectionIndex build(Library library, Analyzer stemming, Analyzer words) {
        List<Section> sections = library.sections();
        Analyzer perField = new PerFieldAnalyzerWrapper(stemming, Map.of(WORDS, words));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity());
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int ordinal = 0; ordinal < sections.size(); ordinal++) {
                    writer.addDocument(document(sections.get(ordinal), ordinal));
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            searcher.setQueryCache(null);
            return new SectionIndex(searcher, sections, sectionByDoc(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index failed", e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    IndexReader reader() {
        return reader;
    }

    Section section(int docId) {
        return sections.get(sectionByDoc[docId]);
    }

    /** Whether any section has this term in the field; the term is as analysis left it. */
    boolean contains(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh cursor over the vocabulary in term order (cursors are not shared between threads). */
    TermsEnum vocabulary() {
        try {
            Terms terms = MultiTerms.getTerms(reader, WORDS);
            return terms == null ? TermsEnum.EMPTY : terms.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Section section, int ordinal) {
        Document document = new Document();
        document.add(new Field(TITLE, section.title(), HIGHLIGHTED_TEXT));
        document.add(new Field(BODY, section.body(), HIGHLIGHTED_TEXT));
        document.add(new Field(WORDS, section.title(), VOCABULARY));
        document.add(new Field(WORDS, section.body(), VOCABULARY));
        document.add(new NumericDocValuesField(ORDINAL, ordinal));
        return document;
    }

    private static int[] sectionByDoc(DirectoryReader reader) throws IOException {
        int[] ordinals = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                ordinals[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return ordinals;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType vocabularyText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
