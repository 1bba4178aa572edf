package studybot.section;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Titles and typed words compared the same way: compatibility-normalised, lower case, the accents of Latin, Greek and
 * Cyrillic letters dropped (a kana's voicing marks are kept: {@code ガード} is not {@code カード}), split on anything that is
 * not a letter or digit. So {@code Pub/Sub}, {@code pub sub} and {@code ＰＵＢ－ＳＵＢ} agree. French elided words
 * ({@code l'}, {@code d'}, {@code qu'}) are dropped: they are articles and prepositions, and as one-letter words they
 * would match nearly every French title.
 */
final class FoldedWords {

    /** The accents of a Latin, Greek or Cyrillic letter; a kana's voicing marks make another kana and stay. */
    private static final Pattern ACCENTS = Pattern.compile("(?<=[\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}])\\p{M}+");

    private static final Pattern ELIDED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[cdjlmnst]|qu)['’](?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private FoldedWords() {}

    static List<String> of(String text) {
        String folded = folded(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The words of {@code text} joined by single spaces, for substring matching. */
    static String folded(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String withoutMarks = Normalizer.normalize(
                ACCENTS.matcher(Normalizer.normalize(compatible, Normalizer.Form.NFD))
                        .replaceAll(""),
                Normalizer.Form.NFC);
        String withoutElisions = ELIDED.matcher(withoutMarks).replaceAll("");
        return NOT_WORD.matcher(withoutElisions).replaceAll(" ").strip();
    }
}
