package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a query into words exactly as the book was split, so that "is this word in the book?" compares like with like:
 * punctuation and Lucene syntax ({@code title:foo AND (}) are just separators, never operators.
 */
final class QueryWords {

    private final Analyzer words;
    private final Analyzer stemming;
    private final QueryGate gate;

    QueryWords(Analyzer words, Analyzer stemming, QueryGate gate) {
        this.words = words;
        this.stemming = stemming;
        this.gate = gate;
    }

    List<QueryWord> split(String text) {
        List<QueryWord> found = new ArrayList<>();
        try (TokenStream tokens = words.tokenStream(SectionIndex.WORDS, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                found.add(new QueryWord(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query in memory failed", e);
        }
        return found;
    }

    /** Too common to search for; stemming analysis drops these. */
    boolean isStopWord(String word) {
        return gate.isStopWord(word);
    }

    /** The word's stem as the title and body fields hold it, or empty text for a stop word. */
    String stem(String word) {
        try (TokenStream tokens = stemming.tokenStream(SectionIndex.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? term.toString() : "";
            tokens.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query in memory failed", e);
        }
    }
}
