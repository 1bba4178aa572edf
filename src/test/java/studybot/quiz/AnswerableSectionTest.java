package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFact;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.facts.KeyTerm;
import studybot.facts.LabelledBook;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

class AnswerableSectionTest {

    private static final String GENERATOR_FACT =
            "A generator function uses the yield statement to produce values on demand.";
    private static final String ECHO = "The yield statement lets a function produce values on demand, one at a time.";
    private static final List<String> UNRELATED = List.of("Tuples", "Modules", "Exceptions", "Classes", "Decorators");

    @Test
    void anotherSectionThatSaysTheSameIsNotDistinguishableAndAnUnrelatedOneIs() {
        Library library = library(1, UNRELATED.size());
        AnswerableSection answerable = AnswerableSection.of(library, facts(library));
        String prompt = TitleMask.of("Generators").apply(GENERATOR_FACT);

        var distinguishable = answerable.distinguishable(prompt, number(1));

        assertThat(distinguishable.test(number(2))).isFalse();
        assertThat(distinguishable.test(number(3))).isTrue();
    }

    @Test
    void aPromptItsOwnSectionDoesNotMatchTellsNoSectionApart() {
        Library library = library(1, UNRELATED.size());
        AnswerableSection answerable = AnswerableSection.of(library, facts(library));

        assertThat(answerable
                        .distinguishable("Nothing here is known.", number(1))
                        .test(number(3)))
                .isFalse();
    }

    @Test
    void aSectionSayingTheSameIsNeverAChoiceButTheQuestionIsStillAskedWithOthers() {
        Library library = library(1, UNRELATED.size());
        KeyFacts facts = facts(library);

        Question question = generatorQuestion(QuizDeck.build(library, facts)).orElseThrow();

        assertThat(question.cardId())
                .isEqualTo(QuizDeck.cardId(
                        QuestionKind.WHICH_SECTION, facts.of(number(1)).get(0)));
        assertThat(question.rightChoice()).isEqualTo("Generators");
        assertThat(question.prompt()).contains("yield statement");
        assertThat(question.choices()).hasSize(4).doesNotContain("Echo 1").containsAnyElementsOf(UNRELATED);
    }

    @Test
    void aFactThatThreeOtherChoicesSayAsWellIsNotAsked() {
        Library library = library(3, 2);

        assertThat(generatorQuestion(QuizDeck.build(library, facts(library)))).isEmpty();
    }

    @Test
    void theSameBookGivesTheSameQuestions() {
        Library library = library(1, UNRELATED.size());

        assertThat(QuizDeck.build(library, facts(library)).all())
                .containsExactlyElementsOf(
                        QuizDeck.build(library, facts(library)).all());
    }

    @Test
    void everyWhichSectionQuestionOfTheSeedHasOnlyChoicesItsMaskedFactTellsApart() {
        Library seed = LabelledBook.seed().library();
        KeyFacts facts = new KeyFactExtractor().extract(seed);
        AnswerableSection answerable = AnswerableSection.of(seed, facts);
        Map<String, SectionNumber> byTitle = new HashMap<>();
        seed.sections().forEach(section -> byTitle.putIfAbsent(section.title(), section.number()));

        List<Question> questions = QuizDeck.build(seed, facts).all().stream()
                .filter(question -> question.kind() == QuestionKind.WHICH_SECTION)
                .toList();

        assertThat(questions).isNotEmpty();
        for (Question question : questions) {
            var distinguishable = answerable.distinguishable(
                    question.prompt(), question.fact().section());
            assertThat(question.choices().stream()
                            .filter(choice -> !choice.equals(question.rightChoice()))
                            .map(byTitle::get))
                    .as(question.prompt())
                    .allMatch(distinguishable);
        }
    }

    private static Optional<Question> generatorQuestion(QuizDeck deck) {
        return deck.of(number(1)).stream()
                .filter(question -> question.kind() == QuestionKind.WHICH_SECTION)
                .findFirst();
    }

    /**
     * Section 1 on generators; then {@code echoes} sections ("Echo N") that repeat its fact's words about the yield
     * statement; then {@code unrelated} sections on other subjects; then ten sections without facts, so the yield
     * statement stays rare in the book.
     */
    private static Library library(int echoes, int unrelated) {
        List<Section> sections = new ArrayList<>();
        sections.add(section(1, "Generators", GENERATOR_FACT + " Generators keep their state between calls."));
        for (int i = 0; i < echoes; i++) {
            sections.add(section(sections.size() + 1, "Echo " + (i + 1), ECHO + " " + ECHO));
        }
        for (String subject : UNRELATED.subList(0, unrelated)) {
            sections.add(section(
                    sections.size() + 1,
                    subject,
                    subject + " are described in their own chapter of the reference about " + subject.toLowerCase()
                            + "."));
        }
        for (int i = 0; i < 10; i++) {
            sections.add(section(sections.size() + 1, "Garden " + i, "Tomatoes grow well in warm soil."));
        }
        return new Library(sections, Instant.EPOCH);
    }

    /** One hand-made fact per section that is not about gardening: its first sentence, with one topical term. */
    private static KeyFacts facts(Library library) {
        List<KeyFact> facts = new ArrayList<>();
        for (Section section : library.sections()) {
            if (section.title().startsWith("Garden")) {
                continue;
            }
            String text = section.paragraphs().get(0);
            String sentence = text.substring(0, text.indexOf('.') + 1);
            String term = section.title().startsWith("Echo") || section.title().equals("Generators")
                    ? "yield"
                    : section.title().toLowerCase();
            facts.add(new KeyFact(
                    "fact" + section.number(),
                    sentence,
                    section.number(),
                    List.of(new KeyTerm(term, term, TermKind.of(term), 1, true)),
                    List.of(sentence)));
        }
        return new KeyFacts(facts);
    }

    private static Section section(int number, String title, String text) {
        return new Section(number(number), title, List.of(text), new SourceLine(Path.of("book.md"), number));
    }

    private static SectionNumber number(int chapter) {
        return SectionNumber.parse(chapter + ".1").orElseThrow();
    }
}
