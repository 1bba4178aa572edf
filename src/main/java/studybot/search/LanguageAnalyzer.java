package studybot.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Ranking analysis for a book in a language Lucene has its own analyser for, other than English and German (French,
 * Spanish, Japanese...): that analyser as it is, its stop words, elision and stemming (CJK bigrams for Japanese,
 * Chinese and Korean), on both the book and the query, with emoji dropped as {@link WordAnalyzer} drops them.
 */
final class LanguageAnalyzer extends AnalyzerWrapper {

    private static final Set<String> EMOJI = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

    private final Analyzer language;

    LanguageAnalyzer(Analyzer language) {
        super(language.getReuseStrategy());
        this.language = language;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return language;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(
                components.getSource(), new TypeTokenFilter(components.getTokenStream(), EMOJI));
    }
}
