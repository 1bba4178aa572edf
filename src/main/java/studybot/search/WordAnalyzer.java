package studybot.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as the book spells them, only lowercased: the vocabulary a typo is corrected against. A fuzzy or prefix match
 * needs whole words ({@code replication}), not stems ({@code replic}), or it finds nothing. Emoji are dropped so that a
 * query made of them counts as having no words.
 */
final class WordAnalyzer extends Analyzer {

    private static final Set<String> EMOJI = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, words(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** The steps every field shares, so the vocabulary and the stemmed fields agree on where words are. */
    static TokenStream words(Tokenizer source) {
        TokenStream words = new TypeTokenFilter(source, EMOJI);
        words = new EnglishPossessiveFilter(words);
        return new LowerCaseFilter(words);
    }
}
