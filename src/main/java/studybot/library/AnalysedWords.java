package studybot.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words a Lucene analyser keeps of a text, with where each stands: what the fact rules and the quiz of a book in
 * another language read through its {@link LuceneLanguages#analyzer analyser} (stop words left out, each word stemmed).
 *
 * @param term the word as the analyser gives it (its stem)
 * @param start where the word starts in the text, inclusive
 * @param end where it ends, exclusive
 */
public record AnalysedWords(String term, int start, int end) {

    /** Every word {@code analyzer} keeps of {@code text}, in order. */
    public static List<AnalysedWords> of(Analyzer analyzer, String text) {
        List<AnalysedWords> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new AnalysedWords(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return words;
    }
}
