package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFactExtractor;
import studybot.facts.LabelledBook;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The rubric's "fewer, better questions", checked mechanically on a small book of programming subjects written for this
 * test ({@code quiz/subjects-book.txt}, with traps: a fact that leans on its neighbour, a keyword before the blank, a
 * word giving the answer away, generic words) and on the three labelled books: a fill-in-the-blank question blanks a
 * specific subject of the book among other subjects, no choice is part of another or a word of the sentence, and
 * nothing is asked about a fact that does not stand alone.
 */
class QuestionQualityTest {

    private static final List<LabelledBook> BOOKS =
            List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking());
    private static final Pattern ARTICLE = Pattern.compile("\\b[Aa]n? " + Pattern.quote(Blanks.BLANK));

    @Test
    void aFactLeaningOnTheSentenceBeforeOrNotAWholeStatementIsNeverAsked() {
        assertThat(AskableFact.askable("If its type matches the exception named after the except keyword, it runs."))
                .isFalse();
        assertThat(AskableFact.askable("A data race happens when these three behaviors occur."))
                .isFalse();
        assertThat(AskableFact.askable("The fourth pattern captures two values, like an unpacking assignment."))
                .isFalse();
        assertThat(AskableFact.askable("The difference becomes significant if the results are rounded."))
                .isFalse();
        assertThat(AskableFact.askable("Return zero-based index in the list of the first item equal to x."))
                .isFalse();
        assertThat(AskableFact.askable("ISO/IEC 9075-4 Persistent Stored Modules (SQL/PSM)"))
                .isFalse();
        assertThat(AskableFact.askable("Persistent Stored Modules (SQL/PSM) [2]."))
                .isFalse();
        assertThat(AskableFact.askable("String literals that have embedded expressions."))
                .isFalse();
        assertThat(AskableFact.askable("Different from references and smart pointers, raw pointers."))
                .isFalse();
        assertThat(AskableFact.askable("All command line options are described in Command line and environment."))
                .isFalse();
        assertThat(AskableFact.askable("The closure gets one argument, a reference to the current item."))
                .isFalse();
        assertThat(AskableFact.askable("When that request is received, the server will sleep for 5 seconds."))
                .isFalse();
        assertThat(AskableFact.askable("Returning a slice would also work for a second_word function."))
                .isFalse();
        assertThat(AskableFact.askable("For a module named front_of_house, the compiler will look for the code in."))
                .isFalse();
        assertThat(AskableFact.askable("Of guessing, the compiler will give you an error you can resolve."))
                .isFalse();
        assertThat(AskableFact.askable("Invoke cargo run in the terminal and then load the page in a browser."))
                .isFalse();
        assertThat(AskableFact.askable("In the future, even fewer lifetime annotations might be required."))
                .isFalse();
        assertThat(AskableFact.askable("The statement in src/lib.rs also hasn't changed, and the crate compiles."))
                .isFalse();
        assertThat(AskableFact.askable("Two of the simplest are urllib.request for retrieving data from URLs."))
                .isFalse();
        assertThat(AskableFact.askable("adds documentation to the item that contains the comments."))
                .isFalse();
        assertThat(AskableFact.askable("You then state, “If this condition is met, run this block of code."))
                .isFalse();
        assertThat(AskableFact.askable("Strings, in particular, have two distinct representations."))
                .isFalse();
        assertThat(AskableFact.askable("A mutex allows only one thread to access some data at any given time."))
                .isTrue();
        assertThat(AskableFact.askable("A tuple is an immutable sequence of values."))
                .isTrue();
        assertThat(AskableFact.askable("Sets support union, intersection and difference, such as a | b."))
                .isTrue();
        assertThat(AskableFact.askable("The catalog pg_shseclabel stores security labels on shared objects."))
                .isTrue();
    }

    @Test
    void aBlankIsNeverNamedByTheKeywordBeforeItNorByAnotherWordStartingLikeIt() {
        assertThat(Blanks.blank("The for loop calls __next__() until StopIteration is raised.", "loop"))
                .isEmpty();
        assertThat(Blanks.blank("Each except clause names one exception class.", "clause"))
                .isEmpty();
        assertThat(Blanks.blank("Enums let you define a type by enumerating its possible variants.", "Enums"))
                .isEmpty();
        assertThat(Blanks.blank("A loop over a list visits every item.", "loop"))
                .contains("A(n) _____ over a list visits every item.");
    }

    @Test
    void aTitleOpeningWithCodeMasksItAndAModalVerbOfATitleIsNeverMasked() {
        assertThat(TitleMask.of("for Statements").question("The for statement in Python iterates over a sequence."))
                .contains("The ▢▢▢ ▢▢▢ in Python iterates over a sequence.");
        assertThat(TitleMask.of("Reference Cycles Can Leak Memory")
                        .question("Strong references are how you can share ownership of an Rc<T> instance."))
                .contains("Strong ▢▢▢ are how you can share ownership of an Rc<T> instance.");
    }

    @Test
    void aTitleWordIsNeverMaskedInsideANameWhichThenLeaksTheTitle() {
        assertThat(TitleMask.of("Python Scopes").question("The nonlocal assignment changed scope_test's binding."))
                .isEmpty();
        assertThat(TitleMask.of("Publishing a Crate").question("The registry at crates.io hosts open source code."))
                .isEmpty();
    }

    @Test
    void wordsTechnicalProseUsesForAnythingAreGeneric() {
        assertThat(List.of("code", "program", "programs", "value", "the object", "contents"))
                .allMatch(Blanks::generic);
        assertThat(List.of("generator", "tuples", "closure", "list comprehension"))
                .noneMatch(Blanks::generic);
    }

    /**
     * Both books of subjects are asked only about specific subjects among other subjects. The subjects book (one short
     * section per subject) writes no other subject where a fact has the blank, so its facts have no fill-in-the-blank
     * question; the ledger book keeps putting its subjects in the same places, and gives some.
     */
    @Test
    void theSubjectsBookIsAskedOnlyAboutSpecificSubjectsAmongOtherSubjects() throws IOException {
        List<Question> blanks = new java.util.ArrayList<>();
        Set<String> subjects = new java.util.HashSet<>();
        for (Library library : List.of(subjectsBook(), SentenceFitTest.ledgerBook())) {
            library.sections().stream()
                    .map(section -> section.title().toLowerCase(Locale.ROOT))
                    .forEach(subjects::add);
            QuizDeck.build(library, new KeyFactExtractor().extract(library)).all().stream()
                    .filter(question -> question.kind() == QuestionKind.FILL_IN_THE_BLANK)
                    .forEach(blanks::add);
        }

        assertThat(blanks).isNotEmpty().allSatisfy(question -> {
            assertThat(question.choices())
                    .as(question.prompt())
                    .allSatisfy(choice -> assertThat(subjects).anyMatch(title -> title.startsWith(stem(choice))));
            assertFillInTheBlankRubric(question);
        });
        assertThat(blanks)
                .extracting(question -> question.fact().text())
                .as("facts that lean, a keyword before the blank, a giveaway, generic words")
                .noneMatch(fact -> fact.startsWith("If its type"))
                .noneMatch(fact -> fact.startsWith("The fourth"))
                .noneMatch(fact -> fact.startsWith("Program code"));
        assertThat(blanks).extracting(Question::rightChoice).doesNotContain("code", "program", "Enums", "loop");
    }

    @Test
    void everyFillInTheBlankQuestionOfTheLabelledBooksPassesTheRubricsMechanicalChecks() {
        TermMeanings hashed = QuestionQualityTest::hashed;
        for (LabelledBook book : BOOKS) {
            Library library = book.library();
            for (QuizDeck deck : List.of(
                    QuizDeck.build(library, new KeyFactExtractor().extract(library)),
                    QuizDeck.build(library, new KeyFactExtractor().extract(library), hashed))) {
                deck.all().forEach(question -> {
                    assertThat(AskableFact.askable(question.fact().text()))
                            .as(question.fact().text())
                            .isTrue();
                    if (question.kind() == QuestionKind.FILL_IN_THE_BLANK) {
                        assertFillInTheBlankRubric(question);
                    }
                });
            }
        }
    }

    /**
     * No "a"/"an" before the blank, no blank inside a hyphenated or dotted name, no choice that is a word of the
     * sentence, part of another choice or a generic word.
     */
    private static void assertFillInTheBlankRubric(Question question) {
        String prompt = question.prompt();
        assertThat(ARTICLE.matcher(prompt).find()).as(prompt).isFalse();
        assertThat(prompt)
                .doesNotContainPattern("[\\p{L}\\p{N}][.-]" + Pattern.quote(Blanks.BLANK))
                .doesNotContainPattern(Pattern.quote(Blanks.BLANK) + "[.-][\\p{L}\\p{N}]");
        List<String> words = List.of(prompt.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+"));
        for (String choice : question.choices()) {
            String lower = choice.toLowerCase(Locale.ROOT);
            assertThat(words).as(prompt + " / " + choice).doesNotContain(lower);
            assertThat(Blanks.generic(choice) && choice.equals(lower))
                    .as("generic " + choice)
                    .isFalse();
            for (String other : question.choices()) {
                if (!other.equals(choice)) {
                    assertThat(other.toLowerCase(Locale.ROOT))
                            .as(question.choices().toString())
                            .doesNotContain(lower);
                }
            }
        }
    }

    /** The first letters of a word, which its singular and plural share ("dictionary", "Dictionaries"). */
    private static String stem(String choice) {
        String lower = choice.toLowerCase(Locale.ROOT);
        return lower.substring(0, Math.min(lower.length(), 5));
    }

    /** A small book of programming subjects, each section titled by its subject, with traps for the rules. */
    static Library subjectsBook() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                QuestionQualityTest.class.getResourceAsStream("/quiz/subjects-book.txt"), "subjects-book.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Library(new SeedParser().parse(Path.of("subjects-book.txt"), text), Instant.EPOCH);
        }
    }

    /** A fake model: a unit vector in 6 dimensions drawn from the term's hash, so some pairs are near, most not. */
    private static List<float[]> hashed(List<String> terms) {
        return terms.stream()
                .map(term -> {
                    java.util.Random random = new java.util.Random(term.hashCode());
                    float[] vector = new float[6];
                    double norm = 0;
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] = (float) random.nextGaussian();
                        norm += vector[i] * vector[i];
                    }
                    for (int i = 0; i < vector.length; i++) {
                        vector[i] /= (float) Math.sqrt(norm);
                    }
                    return vector;
                })
                .toList();
    }
}
