package studybot.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for ranking: the {@link WordAnalyzer} words without stop words, Porter-stemmed so that
 * {@code replica}, {@code replicas} and {@code replicated} meet. It is {@code EnglishAnalyzer}'s chain plus the emoji
 * filter, so queries and book text are split the same way as the vocabulary.
 */
final class StemmingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stems = WordAnalyzer.words(source);
        stems = new StopFilter(stems, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stems = new PorterStemFilter(stems);
        return new TokenStreamComponents(source, stems);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
