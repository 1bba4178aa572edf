package studybot.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studybot.facts.FactLanguage;
import studybot.facts.KeyFact;
import studybot.facts.KeyFacts;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * The quiz deck of a book in French, Spanish or German: the English deck's distractor pools and title masks read
 * English words, so these books get their own blanks and masks, and a stricter choice of facts (a question, unlike a
 * tip, cannot lean on the sentence before).
 */
final class LanguageDeck {

    /** The largest share of a book's sections a word may be used in and still tell a section apart. */
    static final double RARE_SHARE = 0.05;
    /** The most words a fact's subject has before its property verb, as the fact rules read it. */
    private static final int MAX_SUBJECT_WORDS = 8;
    /** The shortest leaning word looked for inside a fact: shorter ones ("de", "en", "se", "es") are function words. */
    private static final int MIN_LEANING = 4;

    private static final Pattern NOT_A_LETTER_AT_THE_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private LanguageDeck() {}

    /**
     * The questions of a book in French, Spanish or German, for the facts that lean on nothing and whose brackets are
     * closed ({@link #leansAnywhere}, {@link #balanced}): fill-in-the-blank, with distractors that agree with the word
     * before the blank ({@link AgreeingBlanks}), then which-section, the title's words masked by the language's stemmer
     * ({@link LanguageTitleMask}) and asked only while the fact's subject still names a term distinctive of the section
     * ({@link #distinctiveInLanguage}); its other titles are drawn as an English book's are.
     */
    static QuizDeck build(Library library, KeyFacts facts, FactLanguage words) {
        AgreeingBlanks blanks = AgreeingBlanks.of(library, facts, words);
        LanguageStems stems = LanguageStems.of(library.language());
        StemSpread spread = StemSpread.of(library, stems);
        List<Section> titled = QuizDeck.titledSections(library, facts);
        Map<SectionNumber, MaskedTitle> masks = titled.stream()
                .collect(Collectors.toMap(
                        Section::number,
                        section -> LanguageTitleMask.of(section.title(), stems, words.capitalisesNouns(), spread)));
        AnswerableSection answerable = AnswerableSection.of(library, facts);
        EnclosingSections enclosing = EnclosingSections.of(library);
        Map<String, Question> questions = new LinkedHashMap<>();
        facts.all().forEach(fact -> {
            if (leansAnywhere(fact.text(), words) || !balanced(fact.text())) {
                return;
            }
            blanks.question(fact).ifPresent(question -> questions.putIfAbsent(question.cardId(), question));
            QuizDeck.whichSection(
                            fact,
                            prompt -> distinctiveInLanguage(fact, prompt, words, stems, spread),
                            library,
                            titled,
                            masks,
                            answerable,
                            enclosing)
                    .ifPresent(question -> questions.putIfAbsent(question.cardId(), question));
        });
        return new QuizDeck(questions);
    }

    /**
     * Whether the masked fact of a French, Spanish or German book is still about something a reader can place: its
     * subject (the words before its first property verb) names, unmasked, a term written as a name, an acronym or code
     * (in German, where every noun is capitalised, an acronym or code only) that is distinctive of its section (one of
     * its most distinctive stems, as the fact rules weigh them) and that few of the book's sections use (at most
     * {@value #RARE_SHARE} of them). Without one, any title would do ("L'opération en sens inverse est impossible.",
     * "Les scripts ayant les chiffres les plus petits sont exécutés en premier.").
     */
    private static boolean distinctiveInLanguage(
            KeyFact fact, String prompt, FactLanguage words, LanguageStems stems, StemSpread spread) {
        String subject = subjectOf(fact.text(), words);
        return fact.terms().stream()
                .filter(term -> term.topical() && term.weight() > 0)
                .filter(term -> term.kind().shape() != TermKind.Shape.CONCEPT
                        && !(words.capitalisesNouns() && term.kind().shape() == TermKind.Shape.NAME))
                .filter(term -> spread.rare(stems.words(term.text()), RARE_SHARE))
                .map(term -> QuizDeck.wholeWord(term.text()))
                .anyMatch(word ->
                        word.matcher(subject).find() && word.matcher(prompt).find());
    }

    /**
     * Whether a word that takes up something said before stands anywhere in the fact, not only at its start: a
     * demonstrative or connective of {@value #MIN_LEANING} letters or more ("Le paquet kbd permet cela", "IFS est aussi
     * utilisé", "esto", "también", "auch"). A question, unlike a tip, cannot lean on the sentence before.
     */
    private static boolean leansAnywhere(String fact, FactLanguage words) {
        return words.tokens(fact).stream()
                .skip(1)
                .map(token ->
                        NOT_A_LETTER_AT_THE_EDGES.matcher(token).replaceAll("").toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.length() >= MIN_LEANING
                        && (words.leaningOpeners().contains(word)
                                || word.endsWith("s")
                                        && words.leaningOpeners().contains(word.substring(0, word.length() - 1))));
    }

    /**
     * Whether every bracket and every guillemet of the fact is closed: "(LSM proporciona …" and "«Pin-Priority«" are
     * cut or garbled, and read badly as a question.
     */
    private static boolean balanced(String fact) {
        return count(fact, '(') == count(fact, ')') && count(fact, '«') == count(fact, '»');
    }

    private static long count(String text, char character) {
        return text.chars().filter(c -> c == character).count();
    }

    /** The words of a fact before its first property verb ("est", "sirve", "dient"), at most eight. */
    private static String subjectOf(String fact, FactLanguage words) {
        List<String> subject = new ArrayList<>();
        for (String token : words.tokens(fact)) {
            String bare =
                    NOT_A_LETTER_AT_THE_EDGES.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
            if (words.propertyVerbs().contains(bare) || subject.size() == MAX_SUBJECT_WORDS) {
                break;
            }
            subject.add(token);
        }
        return String.join(" ", subject);
    }
}
