package studybot.library;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What a book's own prose says about its language, for a book whose config and metadata name none (seed text, Markdown,
 * an HTML folder without {@code lang}, a PDF without {@code /Lang}): a French book read as English gets English search
 * and English-rule tips and quizzes on French text. Each candidate language gets a mark for each of the first
 * {@link #SAMPLE_WORDS} prose words that is one of its stop words (the sets Lucene's own analysers drop), and Japanese,
 * Chinese and Korean one for each word written in their script (kana for Japanese, hangul for Korean, else Chinese).
 * English wins, as before, when its stop words are at least {@link #LEAST_SHARE} of at least {@link #FEWEST_WORDS}
 * words and {@link #MARGIN} times the marks of the likeliest other language. That language is the one with the most
 * marks once a word shared by several languages' sets is split between them ("de" and "la" are French, Spanish,
 * Catalan...); it wins when its marks are that share, {@link #MARGIN} times the English stop words, and its split marks
 * {@link #MARGIN} times those of every other language. A language whose sets share most of their words with a close
 * relative's (Spanish with Galician and Catalan) falls short of that margin on split marks, so it also wins when its
 * exclusive marks (words in no other language's set: "los", "y", "del") are that share of the words' marks rule aside,
 * {@link #MARGIN} times those of every other language. Else the text does not tell, and the book is read as English, as
 * before: close relatives that neither measure parts (Portuguese and Galician, Danish and Norwegian) tell nothing
 * rather than the wrong one.
 *
 * @param words prose words read, in section order (at most {@link #SAMPLE_WORDS})
 * @param englishStopWords how many of them are English stop words
 * @param other the language other than English with the most split marks; unknown when none has any
 * @param otherMarks its marks
 * @param otherSplitMarks its marks, a word shared by n languages' sets counting 1/n
 * @param runnerUpSplitMarks the most split marks of a language other than English and {@code other}
 * @param otherExclusiveMarks the marks of {@code other} from words in no other language's set (or its script)
 * @param runnerUpExclusiveMarks the most such marks of a language other than English and {@code other}
 */
public record TextLanguage(
        int words,
        int englishStopWords,
        BookLanguage other,
        int otherMarks,
        double otherSplitMarks,
        double runnerUpSplitMarks,
        int otherExclusiveMarks,
        int runnerUpExclusiveMarks) {

    /** How many prose words are read: enough for a steady share, and the same words on every read of the book. */
    public static final int SAMPLE_WORDS = 20_000;

    /** How many times every other language's marks the winner's must be. */
    public static final double MARGIN = 2;

    /** The least share of marks that tells a language: prose has many more; code, names and numbers have few. */
    public static final double LEAST_SHARE = 0.08;

    /** Fewer prose words than this tell no language: a note of a few words is no sample. */
    public static final int FEWEST_WORDS = 50;

    /** The languages told by their stop words besides English, each with its own Lucene analyser. */
    static final List<String> BY_STOP_WORDS = List.of(
            "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "ca", "gl", "ro", "cs", "hu", "tr", "ru", "bg",
            "el", "id");

    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final List<CharArraySet> STOP_SETS = BY_STOP_WORDS.stream()
            .map(code -> LuceneLanguages.stopWords(new BookLanguage(code)).orElseThrow())
            .toList();
    private static final int JA = BY_STOP_WORDS.size();
    private static final int ZH = JA + 1;
    private static final int KO = JA + 2;
    private static final List<String> CODES =
            Stream.concat(BY_STOP_WORDS.stream(), Stream.of("ja", "zh", "ko")).toList();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    public TextLanguage {
        Objects.requireNonNull(other, "other");
        if (words < 0
                || englishStopWords < 0
                || otherMarks < 0
                || otherSplitMarks < 0
                || runnerUpSplitMarks < 0
                || otherExclusiveMarks < 0
                || runnerUpExclusiveMarks < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Counts the marks of {@code library}'s first {@link #SAMPLE_WORDS} prose words. */
    public static TextLanguage of(Library library) {
        int words = 0;
        int english = 0;
        int[] marks = new int[CODES.size()];
        double[] split = new double[CODES.size()];
        int[] exclusive = new int[CODES.size()];
        boolean[] hit = new boolean[STOP_SETS.size()];
        sample:
        for (Section section : library.sections()) {
            for (Block block : section.blocks()) {
                if (block.kind() != Block.Kind.PROSE) {
                    continue;
                }
                Matcher word = WORD.matcher(block.text());
                while (word.find()) {
                    if (words == SAMPLE_WORDS) {
                        break sample;
                    }
                    String lower = word.group().toLowerCase(Locale.ROOT);
                    words++;
                    english += ENGLISH.contains(lower) ? 1 : 0;
                    int sets = 0;
                    for (int language = 0; language < STOP_SETS.size(); language++) {
                        hit[language] = STOP_SETS.get(language).contains(lower);
                        sets += hit[language] ? 1 : 0;
                    }
                    for (int language = 0; language < STOP_SETS.size(); language++) {
                        if (hit[language]) {
                            marks[language]++;
                            split[language] += 1.0 / sets;
                            exclusive[language] += sets == 1 ? 1 : 0;
                        }
                    }
                    script(lower).ifPresent(language -> {
                        marks[language]++;
                        split[language]++;
                        exclusive[language]++;
                    });
                }
            }
        }
        return counted(words, english, marks, split, exclusive);
    }

    /** The CJK language whose script {@code word} is written in, by index in {@link #CODES}. */
    private static Optional<Integer> script(String word) {
        if (KANA.matcher(word).find()) {
            return Optional.of(JA);
        }
        if (HANGUL.matcher(word).find()) {
            return Optional.of(KO);
        }
        return HAN.matcher(word).find() ? Optional.of(ZH) : Optional.empty();
    }

    private static TextLanguage counted(int words, int english, int[] marks, double[] split, int[] exclusive) {
        if (marks[JA] > 0 && marks[JA] * 10 >= marks[JA] + marks[ZH]) {
            // Japanese prose writes many words in Chinese characters alone (a tenth or more in kana): its marks too.
            marks[JA] += marks[ZH];
            split[JA] += split[ZH];
            exclusive[JA] += exclusive[ZH];
            marks[ZH] = 0;
            split[ZH] = 0;
            exclusive[ZH] = 0;
        }
        int best = 0;
        for (int language = 1; language < split.length; language++) {
            best = split[language] > split[best] ? language : best;
        }
        double runnerUp = 0;
        int runnerUpExclusive = 0;
        for (int language = 0; language < split.length; language++) {
            if (language != best) {
                runnerUp = Math.max(runnerUp, split[language]);
                runnerUpExclusive = Math.max(runnerUpExclusive, exclusive[language]);
            }
        }
        BookLanguage other = marks[best] == 0 ? BookLanguage.UNKNOWN : new BookLanguage(CODES.get(best));
        return new TextLanguage(
                words, english, other, marks[best], split[best], runnerUp, exclusive[best], runnerUpExclusive);
    }

    /** The language the text tells, or {@link BookLanguage#UNKNOWN} when it does not tell. */
    public BookLanguage language() {
        if (tells(englishStopWords, otherMarks)) {
            return new BookLanguage("en");
        }
        if (!other.equals(BookLanguage.UNKNOWN)
                && tells(otherMarks, englishStopWords)
                && (otherSplitMarks >= MARGIN * runnerUpSplitMarks
                        || (otherExclusiveMarks > 0 && otherExclusiveMarks >= MARGIN * runnerUpExclusiveMarks))) {
            return other;
        }
        return BookLanguage.UNKNOWN;
    }

    /** Whether the language was told by the script its words are written in (Japanese, Chinese, Korean). */
    public boolean byScript() {
        return LuceneLanguages.isCjk(other);
    }

    public double englishShare() {
        return share(englishStopWords);
    }

    /** The share of words that are marks of {@link #other()}. */
    public double otherShare() {
        return share(otherMarks);
    }

    private boolean tells(int winner, int rival) {
        return words >= FEWEST_WORDS && share(winner) >= LEAST_SHARE && winner >= MARGIN * rival;
    }

    private double share(int marks) {
        return words == 0 ? 0 : (double) marks / words;
    }
}
