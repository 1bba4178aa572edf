package studybot.quiz;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import studybot.library.AnalysedWords;
import studybot.library.BookLanguage;
import studybot.library.LuceneLanguages;

/**
 * The words of a French, Spanish or German text as the language's own Lucene analyser reads them (elided articles
 * dropped, stop words left out, each word stemmed), with its accents folded ("sécurité" and "securite", "Pakete" and
 * "Paket" read alike), and where each word is in the text. A which-section question masks a title's words by these
 * stems, so every form of a word is masked, not only the one the title writes. Thread-safe: Lucene's analyser keeps its
 * state per thread.
 */
final class LanguageStems {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private final Analyzer analyzer;

    private LanguageStems(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The stems of {@code language}; the language must be one Lucene has an analyser for. */
    static LanguageStems of(BookLanguage language) {
        return new LanguageStems(LuceneLanguages.analyzer(language)
                .orElseThrow(() -> new IllegalArgumentException("no analyser for " + language.code())));
    }

    /** Each word the analyser keeps, in order, with its folded stem and its place in {@code text}. */
    List<Word> words(String text) {
        return AnalysedWords.of(analyzer, text).stream()
                .map(word -> new Word(folded(word.term()), word.start(), word.end()))
                .toList();
    }

    /** Lower case without accents: "Sécurité" is "securite", "Größe" is "große". */
    static String folded(String text) {
        return COMBINING_MARKS
                .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }

    /**
     * One word of a text: its stem, and where the word is ({@code start} inclusive, {@code end} exclusive), with any
     * elided article glued to it ("l'outil").
     */
    record Word(String stem, int start, int end) {}
}
