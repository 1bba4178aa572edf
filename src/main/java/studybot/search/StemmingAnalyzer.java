package studybot.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import studybot.library.BookLanguage;
import studybot.library.LuceneLanguages;

/**
 * Analysis for ranking in the book's language: the {@link WordAnalyzer} words without stop words, stemmed so that
 * {@code replica}, {@code replicas} and {@code replicated} meet. English (and a book that does not say) is
 * {@code EnglishAnalyzer}'s chain, Porter-stemmed; German is {@code GermanAnalyzer}'s, its stop words, umlauts folded
 * and light stemming, so {@code Häuser} finds {@code Haus}. Both add the emoji filter, so queries and book text are
 * split the same way as the vocabulary. Another language Lucene has an analyser for gets that analyser
 * ({@link LanguageAnalyzer}); one it has none for reads as English.
 */
final class StemmingAnalyzer extends Analyzer {

    private final boolean german;

    private StemmingAnalyzer(boolean german) {
        this.german = german;
    }

    /** The ranking analysis for a book in {@code language}. */
    static Analyzer of(BookLanguage language) {
        if (language.isGerman() || !LuceneLanguages.analyses(language)) {
            return new StemmingAnalyzer(language.isGerman());
        }
        return new LanguageAnalyzer(LuceneLanguages.analyzer(language).orElseThrow());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stems = WordAnalyzer.words(source);
        if (german) {
            stems = new StopFilter(stems, GermanAnalyzer.getDefaultStopSet());
            stems = new GermanNormalizationFilter(stems);
            stems = new GermanLightStemFilter(stems);
        } else {
            stems = new StopFilter(stems, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stems = new PorterStemFilter(stems);
        }
        return new TokenStreamComponents(source, stems);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
