package studybot.library;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What a book's own prose says about its language, for a book whose config and metadata name none (seed text, Markdown,
 * an HTML folder without {@code lang}, a PDF without {@code /Lang}): a German book read as English gets English search
 * and English-rule tips and quizzes on German text. Of the languages studybot has analysers for, the one whose stop
 * words (the sets Lucene's own analysers drop) make up the larger share of the first {@link #SAMPLE_WORDS} prose words
 * wins, when its share is at least {@link #MARGIN} times the other's and {@link #LEAST_SHARE} of at least
 * {@link #FEWEST_WORDS} words; else the text does not tell, and the book is read as English, as before.
 *
 * @param words prose words read, in section order (at most {@link #SAMPLE_WORDS})
 * @param englishStopWords how many of them are English stop words
 * @param germanStopWords how many of them are German stop words (a word in both sets counts for both)
 */
public record TextLanguage(int words, int englishStopWords, int germanStopWords) {

    /** How many prose words are read: enough for a steady share, and the same words on every read of the book. */
    public static final int SAMPLE_WORDS = 20_000;

    /** How many times the other language's share the winner's must be. */
    public static final double MARGIN = 2;

    /** The least share of stop words that tells a language: prose has many more; code, names and numbers have few. */
    public static final double LEAST_SHARE = 0.08;

    /** Fewer prose words than this tell no language: a note of a few words is no sample. */
    public static final int FEWEST_WORDS = 50;

    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet GERMAN = GermanAnalyzer.getDefaultStopSet();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    public TextLanguage {
        if (words < 0 || englishStopWords < 0 || germanStopWords < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Counts the stop words of {@code library}'s first {@link #SAMPLE_WORDS} prose words. */
    public static TextLanguage of(Library library) {
        int words = 0;
        int english = 0;
        int german = 0;
        for (Section section : library.sections()) {
            for (Block block : section.blocks()) {
                if (block.kind() != Block.Kind.PROSE) {
                    continue;
                }
                Matcher word = WORD.matcher(block.text());
                while (word.find()) {
                    if (words == SAMPLE_WORDS) {
                        return new TextLanguage(words, english, german);
                    }
                    String lower = word.group().toLowerCase(Locale.ROOT);
                    words++;
                    english += ENGLISH.contains(lower) ? 1 : 0;
                    german += GERMAN.contains(lower) ? 1 : 0;
                }
            }
        }
        return new TextLanguage(words, english, german);
    }

    /** The language the text tells: English or German, or {@link BookLanguage#UNKNOWN} when it does not tell. */
    public BookLanguage language() {
        if (tells(englishStopWords, germanStopWords)) {
            return new BookLanguage("en");
        }
        if (tells(germanStopWords, englishStopWords)) {
            return new BookLanguage("de");
        }
        return BookLanguage.UNKNOWN;
    }

    public double englishShare() {
        return share(englishStopWords);
    }

    public double germanShare() {
        return share(germanStopWords);
    }

    private boolean tells(int winner, int other) {
        return words >= FEWEST_WORDS && share(winner) >= LEAST_SHARE && winner >= MARGIN * other;
    }

    private double share(int stopWords) {
        return words == 0 ? 0 : (double) stopWords / words;
    }
}
