package studybot.library;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The languages {@code lucene-analysis-common} has an analyser for, by ISO 639-1 code: a book in one of them is
 * searched with that analyser's stop words and stemming ({@code maisons} finds {@code maison}), and its text can be
 * told by those stop words. English and German keep studybot's own chains; the others use Lucene's analyser as it is.
 * Japanese, Chinese and Korean share {@code CJKAnalyzer}'s bigrams, which find a two-character word without a
 * dictionary.
 */
public final class LuceneLanguages {

    private static final Map<String, Supplier<Analyzer>> ANALYZERS = Map.ofEntries(
            Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("bn", BengaliAnalyzer::new),
            Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("ckb", SoraniAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new),
            Map.entry("en", EnglishAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new),
            Map.entry("et", EstonianAnalyzer::new),
            Map.entry("eu", BasqueAnalyzer::new),
            Map.entry("fa", PersianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("ga", IrishAnalyzer::new),
            Map.entry("gl", GalicianAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new),
            Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("hy", ArmenianAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new),
            Map.entry("ja", CJKAnalyzer::new),
            Map.entry("ko", CJKAnalyzer::new),
            Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new),
            Map.entry("ne", NepaliAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new),
            Map.entry("nn", NorwegianAnalyzer::new),
            Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new),
            Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("ta", TamilAnalyzer::new),
            Map.entry("te", TeluguAnalyzer::new),
            Map.entry("th", ThaiAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new),
            Map.entry("zh", CJKAnalyzer::new));

    private LuceneLanguages() {}

    /** A new Lucene analyser for {@code language}; empty for a language Lucene has none for, or an unknown one. */
    public static Optional<Analyzer> analyzer(BookLanguage language) {
        return Optional.ofNullable(ANALYZERS.get(language.code())).map(Supplier::get);
    }

    /** Whether {@code language} gets search in its own words; English, unknown and the rest read as English. */
    public static boolean analyses(BookLanguage language) {
        return !language.readsAsEnglish() && ANALYZERS.containsKey(language.code());
    }

    /**
     * The stop words Lucene's analyser for {@code language} drops; empty for a language it has none for. Dutch's is the
     * one analyser that keeps its stop words to itself, so its default set is read from the class.
     */
    public static Optional<CharArraySet> stopWords(BookLanguage language) {
        return analyzer(language)
                .map(analyzer -> analyzer instanceof StopwordAnalyzerBase withStopWords
                        ? withStopWords.getStopwordSet()
                        : analyzer instanceof DutchAnalyzer
                                ? DutchAnalyzer.getDefaultStopSet()
                                : CharArraySet.EMPTY_SET);
    }

    /** Whether {@code language} is written in Chinese characters, kana or hangul, read in character bigrams. */
    public static boolean isCjk(BookLanguage language) {
        return switch (language.code()) {
            case "ja", "zh", "ko" -> true;
            default -> false;
        };
    }
}
