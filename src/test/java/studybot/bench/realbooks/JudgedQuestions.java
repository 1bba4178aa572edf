package studybot.bench.realbooks;

import java.util.List;
import studybot.facts.FactIds;
import studybot.facts.KeyFactExtractor;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;

/**
 * The questions today's rules make for a book's judged sections, distractors chosen by meaning with the shipped model
 * for an English book, and the hash a verdict names one by.
 */
final class JudgedQuestions {

    private JudgedQuestions() {}

    static List<Question> of(Library library, List<SectionNumber> sections) {
        QuizDeck deck = deck(library);
        return sections.stream().flatMap(section -> deck.of(section).stream()).toList();
    }

    /**
     * The book's deck as the bot builds it: an English book's with distractors by meaning, a book in another language
     * from the facts of its own rules, without the model (the bot embeds no book that is not English).
     */
    static QuizDeck deck(Library library) {
        if (library.language().readsAsEnglish()) {
            return QuizDeck.build(library, new KeyFactExtractor().extract(library), new ModelMeanings());
        }
        return QuizDeck.build(
                library, new KeyFactExtractor().extractInItsLanguage(library).facts());
    }

    /** What the student sees, hashed: a question whose prompt or choices change is judged again. */
    static String hash(Question question) {
        return FactIds.of(question.kind().code() + "|" + question.prompt() + "|" + String.join("|", question.choices())
                + "|" + question.rightChoice());
    }
}
