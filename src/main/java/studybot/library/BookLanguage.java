package studybot.library;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The language a book is written in, from its metadata or the operator's config. It decides how search analyses the
 * words (German stemming for German) and which parts apply: the sentence embeddings read English only, so a book in
 * another language gets BM25 search alone; key facts, and so tips, quizzes and group rounds, have rules for English,
 * French, Spanish and German ({@link #FACT_LANGUAGES}), so a book in another language gets none. A book that does not
 * say is taken to be English, as studybot always did.
 *
 * @param code a lower-case ISO 639 language code ({@code en}, {@code de}), or empty when unknown
 */
public record BookLanguage(String code) {

    public static final BookLanguage UNKNOWN = new BookLanguage("");

    /**
     * The languages with key-fact rules (the English ones, and {@code studybot.facts.FactLanguages} for the others):
     * their books get tips, quiz questions and group rounds.
     */
    public static final List<String> FACT_LANGUAGES = List.of("en", "fr", "es", "de");

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

    /** Whether the English-only parts (search by meaning, English analysis, the English fact rules) apply. */
    public boolean readsAsEnglish() {
        return code.isEmpty() || code.equals("en");
    }

    /**
     * Whether key facts, and so tips, quiz questions and group rounds, apply: English, unknown, French, Spanish,
     * German.
     */
    public boolean hasKeyFacts() {
        return readsAsEnglish() || FACT_LANGUAGES.contains(code);
    }

    public boolean isGerman() {
        return code.equals("de");
    }

    /** The language's name in {@code reader}'s language ({@code Deutsch} for a German reader); empty when unknown. */
    public String nameIn(Locale reader) {
        return Locale.forLanguageTag(code).getDisplayLanguage(reader);
    }
}
