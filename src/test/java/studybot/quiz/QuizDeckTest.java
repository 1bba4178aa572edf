package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.facts.LabelledBook;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

class QuizDeckTest {

    private static final List<LabelledBook> BOOKS =
            List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking());

    private final KeyFactExtractor extractor = new KeyFactExtractor();

    /**
     * Every labelled book gives which-section questions; fill in the blank only blanks a subject a section title names,
     * which the seed's product-named titles ("Redis as a Cache…") rarely do, and only with distractors the book uses in
     * the blank's place, which a book of one short section per subject never does; so the ledger book, whose subjects
     * the book keeps putting in the same places, stands in for it.
     */
    @Test
    void everyBookGivesWhichSectionQuestionsAndABookOfSubjectsBothKinds() throws Exception {
        for (LabelledBook book : BOOKS) {
            assertThat(deck(book.library()).all()).extracting(Question::kind).contains(QuestionKind.WHICH_SECTION);
        }
        assertThat(deck(QuestionQualityTest.subjectsBook()).all())
                .extracting(Question::kind)
                .contains(QuestionKind.WHICH_SECTION);
        assertThat(deck(SentenceFitTest.ledgerBook()).all())
                .extracting(Question::kind)
                .contains(QuestionKind.FILL_IN_THE_BLANK, QuestionKind.WHICH_SECTION);
    }

    /**
     * The model scales its int8 activations per batch, so a term's vector moves a little with the terms beside it: the
     * terms are asked for in an order the book alone fixes, never a hash map's, which changes with every JVM.
     */
    @Test
    void termMeaningsAreAskedForInSortedOrder() throws Exception {
        Library library = QuestionQualityTest.subjectsBook();
        List<List<String>> asked = new ArrayList<>();
        QuizDeck.build(library, extractor.extract(library), terms -> {
            asked.add(terms);
            return terms.stream().map(term -> new float[] {1, 0}).toList();
        });

        assertThat(asked)
                .singleElement()
                .satisfies(terms -> assertThat(terms).isNotEmpty().isSorted().doesNotHaveDuplicates());
    }

    @Test
    void noQuestionIsMadeFromChatterOrAHeading() {
        for (LabelledBook book : BOOKS) {
            for (Question question : deck(book.library()).all()) {
                for (String source : question.fact().sources()) {
                    assertThat(book.kindOf(question.fact().section().toString(), source))
                            .as(question.fact().text())
                            .isIn(LabelledBook.Kind.TEACHES, LabelledBook.Kind.LEANS);
                }
            }
        }
    }

    @Test
    void fillInTheBlankHasItsAnswerInTheFactAndFourDistinctChoicesOfOneKindNoneElseInTheFact() {
        for (LabelledBook book : BOOKS) {
            for (Question question : deck(book.library()).all()) {
                if (question.kind() != QuestionKind.FILL_IN_THE_BLANK) {
                    continue;
                }
                String fact = question.fact().text();
                assertThat(question.choices()).hasSize(4);
                assertThat(question.choices().stream()
                                .map(c -> c.toLowerCase(Locale.ROOT))
                                .distinct())
                        .hasSize(4);
                assertThat(question.prompt()).contains(Blanks.BLANK);
                assertThat(wholeWord(question.rightChoice()).matcher(fact).find())
                        .as(fact)
                        .isTrue();
                assertThat(wholeWord(question.rightChoice())
                                .matcher(question.prompt())
                                .find())
                        .isFalse();
                Set<TermKind> kinds = new HashSet<>();
                for (String choice : question.choices()) {
                    kinds.add(TermKind.of(choice));
                    if (!choice.equals(question.rightChoice())) {
                        assertThat(wholeWord(choice).matcher(fact).find())
                                .as(choice + " in " + fact)
                                .isFalse();
                    }
                }
                assertThat(kinds).as(question.choices().toString()).hasSize(1);
            }
        }
    }

    @Test
    void whichSectionOffersFourTitlesWithTheRightOneAndMasksItsWords() {
        Library seed = LabelledBook.seed().library();
        for (Question question : deck(seed).all()) {
            if (question.kind() != QuestionKind.WHICH_SECTION) {
                continue;
            }
            Section own = seed.find(question.fact().section()).orElseThrow();
            assertThat(question.rightChoice()).isEqualTo(own.title());
            assertThat(question.choices()).hasSize(4).doesNotHaveDuplicates();
            for (String word : List.of("Replication", "Replicas", "Cache", "Redis")) {
                if (own.title().contains(word)) {
                    assertThat(question.prompt()).doesNotContainIgnoringCase(word);
                }
            }
        }
    }

    @Test
    void cardIdsSurviveAnEditElsewhereInTheBook() {
        Library seed = LabelledBook.seed().library();
        QuizDeck before = deck(seed);
        List<Section> edited = new ArrayList<>();
        for (Section section : seed.sections()) {
            edited.add(
                    section.number().equals(SectionNumber.parse("20.2").orElseThrow())
                            ? new Section(
                                    section.number(),
                                    section.title(),
                                    List.of("Right, let’s move on. You’ll love the next part!"),
                                    section.origin())
                            : section);
        }
        QuizDeck after = deck(new Library(edited, Instant.EPOCH));

        // the edit changes how rare each word is in the book, which may add a fact elsewhere; none is lost or renamed
        assertThat(after.all())
                .extracting(Question::cardId)
                .containsSubsequence(before.all().stream().map(Question::cardId).toList());
        assertThat(deck(seed).all()).containsExactlyElementsOf(before.all());
    }

    @Test
    void answerButtonsMatchChoicesByTextNotPosition() {
        Question question = deck(LabelledBook.seed().library()).all().get(0);
        String rightId = Question.choiceId(question.rightChoice());

        assertThat(question.choiceWithId(rightId)).isEqualTo(question.answer());
        assertThat(question.choiceWithId("ffffffff")).isEqualTo(-1);
    }

    @Test
    void theQuestionOfTheDayIsTheSameAllDayAndFromTheGivenSections() {
        QuizDeck deck = deck(LabelledBook.operatingSystems().library());
        List<SectionNumber> sections = List.of(
                SectionNumber.parse("4.2").orElseThrow(),
                SectionNumber.parse("4.3").orElseThrow());
        LocalDate day = LocalDate.of(2026, 11, 30);

        Question question = deck.questionOfTheDay(sections, 7L, day).orElseThrow();

        assertThat(deck.questionOfTheDay(sections, 7L, day)).contains(question);
        assertThat(sections).contains(question.fact().section());
        assertThat(deck.questionOfTheDay(List.of(SectionNumber.parse("5.1").orElseThrow()), 7L, day))
                .isEmpty();
    }

    private QuizDeck deck(Library library) {
        KeyFacts facts = extractor.extract(library);
        return QuizDeck.build(library, facts);
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
