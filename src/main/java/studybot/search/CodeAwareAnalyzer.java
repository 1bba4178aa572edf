package studybot.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * {@link StemmingAnalyzer}'s English analysis that also reads identifiers: {@code shared_buffers}, {@code max_wal_size}
 * or {@code os.path} are kept whole and split into their words as well, so a question that names the setting exactly
 * matches it first, and one that says "shared buffers" still finds it.
 */
final class CodeAwareAnalyzer extends Analyzer {

    private static final int SPLITS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = WordAnalyzer.words(source);
        words = new WordDelimiterGraphFilter(words, SPLITS, null);
        words = new FlattenGraphFilter(words);
        words = new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words = new PorterStemFilter(words);
        return new TokenStreamComponents(source, words);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
