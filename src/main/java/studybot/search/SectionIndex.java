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
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import studybot.library.Library;
import studybot.library.Section;

/**
 * One library's sections in an in-memory Lucene index, built once and never written again: a reload builds a new index
 * and swaps it in, so searches in flight keep a consistent view. Title and body are stemmed and keep offsets for
 * highlighting (their texts stay in memory with the sections, so nothing is stored in the index); {@link #WORDS} holds
 * both unstemmed, as the vocabulary that typos are corrected against.
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
    private final List<String> bodies;
    private final int[] sectionByDoc;
    private final int[] docBySection;

    private SectionIndex(IndexSearcher searcher, List<Section> sections, List<String> bodies, int[] sectionByDoc) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        this.sections = sections;
        this.bodies = bodies;
        this.sectionByDoc = sectionByDoc;
        this.docBySection = new int[sections.size()];
        for (int doc = 0; doc < sectionByDoc.length; doc++) {
            docBySection[sectionByDoc[doc]] = doc;
        }
    }

    /**
     * @param stemming analysis of title and body, also used for queries
     * @param words analysis of the vocabulary field, also used to split queries into words
     */
    static SectionIndex build(Library library, Analyzer stemming, Analyzer words) {
        List<Section> sections = library.sections();
        List<String> bodies = sections.stream().map(Section::searchableText).toList();
        Analyzer perField = new PerFieldAnalyzerWrapper(stemming, Map.of(WORDS, words));
        // one buffer per file: the default many-buffer files copy their whole buffer list on every input clone,
        // which every postings lookup does, costing about a megabyte of garbage per search at 10,000 sections
        ByteBuffersDirectory directory = new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity());
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int ordinal = 0; ordinal < sections.size(); ordinal++) {
                    writer.addDocument(document(sections.get(ordinal), bodies.get(ordinal), ordinal));
                }
                writer.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            searcher.setQueryCache(null);
            return new SectionIndex(searcher, sections, bodies, sectionByDoc(reader));
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

    /** The section's ordinal in the library (the order {@link #sections()} has them in). */
    int ordinal(int docId) {
        return sectionByDoc[docId];
    }

    int docId(int ordinal) {
        return docBySection[ordinal];
    }

    /** The library's sections, in library order. */
    List<Section> sections() {
        return sections;
    }

    /** The {@link #TITLE} or {@link #BODY} text exactly as indexed, so highlight offsets point into it. */
    String text(int docId, String field) {
        int ordinal = sectionByDoc[docId];
        return TITLE.equals(field) ? sections.get(ordinal).title() : bodies.get(ordinal);
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

    private static Document document(Section section, String body, int ordinal) {
        Document document = new Document();
        document.add(new Field(TITLE, section.title(), HIGHLIGHTED_TEXT));
        document.add(new Field(BODY, body, HIGHLIGHTED_TEXT));
        document.add(new Field(WORDS, section.title(), VOCABULARY));
        document.add(new Field(WORDS, body, VOCABULARY));
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
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
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
