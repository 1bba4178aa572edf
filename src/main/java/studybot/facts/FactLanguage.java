package studybot.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import studybot.library.BookLanguage;

/**
 * The words the key-fact rules of a language other than English need, in one place (the tables are in
 * {@link FactLanguages}). The rules themselves are the language-neutral ones of {@link DefiningSentences}: a fact is a
 * sentence that states what a book term is or does, read on its own. All words are lower case; a phrase matches on word
 * boundaries.
 *
 * @param language the book language these words are for
 * @param articles articles and determiners that open a subject ("le", "una", "der", "plusieurs"), each with the gender
 *     it tells: {@code m}, {@code f}, {@code n}, or empty when it tells none (a plural, or a form several genders
 *     share)
 * @param leaningOpeners words that, opening a sentence, take up something said before ("il", "ce", "esto", "dies")
 * @param leaningPhrases phrases that, anywhere in a sentence, point at a sentence around it ("la même chose", "lo
 *     siguiente", "wie folgt")
 * @param chatterCues phrases that mark a pointer, a caption, talk to the reader or about the book ("consultez",
 *     "véase", "siehe", "ce chapitre", "tabla")
 * @param propertyVerbs verb forms that state what a subject is or does right after it ("est", "permet", "sirve",
 *     "dient", "enthält"); a subject is the words before the first of them
 * @param negations words between a subject and its verb that keep the statement whole (French "ne", "n'", Spanish "no")
 * @param elided article forms glued to the next word by an apostrophe ("l'", "d'")
 * @param announcements phrases by which a sentence announces what comes after it ("ce qui suit", "lo siguiente",
 *     "folgende"): the short paragraphs after it are its items or its example's output, not facts of their own
 * @param readerAddress words that, written as here (case matters), speak to the reader: German's "Sie", "Ihr"
 * @param capitalisesNouns whether the language writes every noun capitalised (German), so a capital tells no name
 * @param linkingWords words other than the articles above whose form before a noun tells its gender, number or first
 *     sound ("du", "au", "de" against "d'", "del", "den", "einem"): a question's choices must all fit after them
 */
public record FactLanguage(
        BookLanguage language,
        Map<String, String> articles,
        Set<String> leaningOpeners,
        List<String> leaningPhrases,
        List<String> chatterCues,
        Set<String> propertyVerbs,
        Set<String> negations,
        Set<String> elided,
        List<String> announcements,
        Set<String> readerAddress,
        boolean capitalisesNouns,
        Set<String> linkingWords) {

    public FactLanguage {
        Objects.requireNonNull(language, "language");
        articles = Map.copyOf(articles);
        leaningOpeners = Set.copyOf(leaningOpeners);
        leaningPhrases = List.copyOf(leaningPhrases);
        chatterCues = List.copyOf(chatterCues);
        propertyVerbs = Set.copyOf(propertyVerbs);
        negations = Set.copyOf(negations);
        elided = Set.copyOf(elided);
        announcements = List.copyOf(announcements);
        readerAddress = Set.copyOf(readerAddress);
        linkingWords = Set.copyOf(linkingWords);
    }

    /** The language's code, "fr", "es" or "de". */
    public String code() {
        return language.code();
    }

    /** Whether {@code word} (any case) is one of the language's articles or subject determiners. */
    public boolean article(String word) {
        return articles.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} (any case), right before a noun, shows something of it (gender, number, first sound): an
     * article, an elided form or a linking word.
     */
    public boolean showsNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return articles.containsKey(lower) || elided.contains(lower) || linkingWords.contains(lower);
    }

    /** The text with typographic apostrophes as ASCII ones, so "l’outil" and "l'outil" read alike. */
    public static String normalised(String text) {
        return text.replace('’', '\'');
    }

    /** Splits on white space, and an elided form off its word ("l'outil" gives "l'" and "outil"). */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : normalised(text).strip().split("\\s+")) {
            int apostrophe = token.indexOf('\'');
            String head = apostrophe > 0 ? token.substring(0, apostrophe + 1).toLowerCase(Locale.ROOT) : "";
            if (apostrophe > 0 && apostrophe < token.length() - 1 && elided.contains(head)) {
                tokens.add(token.substring(0, apostrophe + 1));
                tokens.add(token.substring(apostrophe + 1));
            } else if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The gender {@code article} tells ({@code m}, {@code f}, {@code n}), or empty when it tells none. */
    public String genderOf(String article) {
        return articles.getOrDefault(article.toLowerCase(Locale.ROOT), "");
    }
}
