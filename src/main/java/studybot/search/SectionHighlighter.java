package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds where a query matched the title and body of the hits, using offsets stored in the postings, so that an excerpt
 * can bold exactly the words that matched (including stemmed forms). Each field is one passage: choosing the quote is
 * {@link ExcerptWriter}'s job, because Lucene's passage scorer favours short sentence fragments. Thread-safe; one
 * instance serves all searches of an index.
 */
final class SectionHighlighter extends UnifiedHighlighter {

    private static final String[] FIELDS = {SectionIndex.TITLE, SectionIndex.BODY};
    private static final int MAX_LENGTH = 1_000_000;

    private final SectionIndex index;

    SectionHighlighter(SectionIndex index, Analyzer stemming) {
        super(UnifiedHighlighter.builder(index.searcher(), stemming)
                .withBreakIterator(WholeBreakIterator::new)
                .withScorer(new SinglePassageScorer())
                .withFormatter(new MatchCollector())
                .withMaxLength(MAX_LENGTH)
                .withHandleMultiTermQuery(false));
        this.index = index;
    }

    /** The title and body matches of each document, in the order of {@code docIds}. */
    HitMatches[] matches(Query query, int[] docIds) {
        int[] onePassage = new int[FIELDS.length];
        Arrays.fill(onePassage, 1);
        try {
            Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, query, docIds, onePassage);
            Object[] titles = byField.get(SectionIndex.TITLE);
            Object[] bodies = byField.get(SectionIndex.BODY);
            HitMatches[] matches = new HitMatches[docIds.length];
            for (int i = 0; i < docIds.length; i++) {
                matches[i] = new HitMatches(orEmpty(titles[i]), orEmpty(bodies[i]));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException("highlighting in the in-memory index failed", e);
        }
    }

    /**
     * The texts come from the sections already in memory, not from stored fields: the same strings that were indexed,
     * without decompressing a stored-fields block per hit.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            CharSequence[] texts = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                texts[i] = index.text(doc, fields[i]);
            }
            values.add(texts);
        }
        return values;
    }

    /** An empty field has no passages, so the highlighter gives nothing for it. */
    private static MatchedText orEmpty(Object matched) {
        return matched == null ? MatchedText.unmatched("") : (MatchedText) matched;
    }

    /** Where a query matched one hit. */
    record HitMatches(MatchedText title, MatchedText body) {}
}
