package studybot.library;

import java.util.Locale;
import java.util.Objects;

/**
 * The language a book is written in, from its metadata or the operator's config. It decides how search analyses the
 * words (German stemming for German) and whether the English-only parts apply: the sentence embeddings and the key-fact
 * and question rules are English, so a book in another language gets BM25 search alone and no tips or quizzes. A book
 * that does not say is taken to be English, as studybot always did.
 *
 * @param code a lower-case ISO 639 language code ({@code en}, {@code de}), or empty when unknown
 */
public record BookLanguage(String code) {

    public static final BookLanguage UNKNOWN = new BookLanguage("");

    public BookLanguage {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The language of a BCP 47 tag as metadata gives it ({@code de-DE}, {@code en_US}, {@code DE}); unknown for an
     * empty or malformed tag.
     */
    public static BookLanguage of(String tag) {
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? UNKNOWN : new BookLanguage(language);
    }

    /** Whether the English-only parts (search by meaning, key facts, tips, quizzes) apply: English or unknown. */
    public boolean readsAsEnglish() {
        return code.isEmpty() || code.equals("en");
    }

    public boolean isGerman() {
        return code.equals("de");
    }

    /** The language's name in {@code reader}'s language ({@code Deutsch} for a German reader); empty when unknown. */
    public String nameIn(Locale reader) {
        return Locale.forLanguageTag(code).getDisplayLanguage(reader);
    }
}
