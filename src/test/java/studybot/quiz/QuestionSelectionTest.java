package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyTerm;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

/**
 * Which facts the quiz is willing to ask (issue 18 §4, "fewer, better questions"), on made-up sentences and a made-up
 * book about tallies: none that qualifies what came before, speaks of the page or the reader, narrates a running
 * example, or goes on about a reference entry it does not name; and which words are no distractor for an answer.
 */
class QuestionSelectionTest {

    @Test
    void aFactOpeningOnWhatCameBeforeIsNotAsked() {
        List.of(
                        "Additionally, a tally can be STDOUT, which merges the counts.",
                        "For a given precision p, formats the tally with exactly p digits.",
                        "With no precision given, uses a precision of 6 digits for tallies.",
                        "New in version 3.7: Added the text parameter as an alias for tallies.",
                        "Hint: have the tally object responsible for what might change.",
                        "Allow users to add tallies only when a counter is open.",
                        "There are many considerations around managing changes to your tally API.",
                        "A more useful failure message would print the tally.",
                        "In effect, the second tally overshadows the first one.",
                        "Valid values are PIPE, DEVNULL and None.",
                        "Two new sections appear between the tallies and the summary.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
    }

    @Test
    void aFactAboutThePageTheReaderOrAnExampleIsNotAsked() {
        List.of(
                        "If you hide the prompts for an example, you can copy the tally lines.",
                        "You can toggle the prompts by clicking on the tally button.",
                        "Basic familiarity with binary tallies is assumed.",
                        "The count function now has the Result return type.",
                        "The main function is special. Here, the first line declares a tally.",
                        "The STARTUPINFO class and following constants are only available on Windows.",
                        "Is the tally module marked with pub.",
                        "Rust makes no demands on your editor, so feel free to use your favorite tally tool.",
                        "To write tally extensions in C, read the Tally Extension Manual.",
                        "The standard library API documentation for Tally<T> offers useful information.",
                        "Once you are really hooked, you can link tallies into your own program.",
                        "If you're a professional tally keeper, you may find counting by hand too slow.",
                        "An exception could occur in a tally. Again, the tally is re-raised afterwards.",
                        "Many tallies have the same representation using either function.",
                        "Referencing the name a hereafter is an error.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
    }

    @Test
    void anEntrysDescriptionWithoutItsHeadwordIsNotAsked() {
        List.of(
                        "Matches if the tally matches next, but doesn't consume any of it.",
                        "Causes the resulting tally to match 0 or more repetitions.",
                        "Controls how instances of the tally mark should be quoted.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        assertThat(AskableFact.askable("Statements are instructions that perform some action."))
                .isTrue();
        assertThat(AskableFact.askable("When you're done with the tally, you must unlock it for other threads."))
                .isTrue();
    }

    @Test
    void aGeneralWordIsNoDistractorForItsKind() {
        assertThat(Interchangeable.either("sequence", "strings")).isTrue();
        assertThat(Interchangeable.either("deque", "queue")).isTrue();
        assertThat(Interchangeable.either("generator", "iterator")).isTrue();
        assertThat(Interchangeable.either("list", "tuple"))
                .as("two kinds of sequence")
                .isFalse();
    }

    @Test
    void aTitlesMinorWordIsNeverMaskedAsCode() {
        assertThat(TitleMask.of("How Tally is Made").apply("A tally is counted every six weeks."))
                .contains(" is counted")
                .doesNotContain("tally");
        assertThat(TitleMask.of("for Statements").apply("The for statement loops."))
                .doesNotContain("for");
    }

    @Test
    void aFactThatNamesItsSubjectIsStillAsked() {
        List.of(
                        "Tallies are a way of structuring counts by using dotted tally names.",
                        "Without arguments, tally() lists the names you have defined currently.",
                        "A channel has two halves: a transmitter and a receiver.",
                        "A tally of 3, for example, counts three items.",
                        "If the class defines __next__(), then __iter__() can just return self.",
                        "To change a function into a test function, add #[test] on the line before fn.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isTrue());
    }

    @Test
    void aNameTheProseKeepsComingBackToInOneChapterIsAnExamplesName() {
        ExampleNames names = ExampleNames.of(tallyBook());

        assertThat(names.narratesExample("The request_tally method on Counter returns a new tally."))
                .isTrue();
        assertThat(names.narratesExample("Changing from one tally to another is managed within the Ledger type."))
                .isTrue();
        assertThat(names.narratesExample("Because front_desk::Ledger has a private field, it needs a constructor."))
                .isTrue();
        assertThat(names.narratesExample("The counts are held in m.group after a match."))
                .isTrue();
        assertThat(names.isExampleName("Ledger")).as("a choice on its own").isTrue();
        assertThat(names.isExampleName("Result")).isFalse();
        assertThat(names.isExampleName("tally")).as("an ordinary word").isFalse();
    }

    @Test
    void theBooksOwnVocabularyIsNoExamplesName() {
        ExampleNames names = ExampleNames.of(tallyBook());

        assertThat(names.narratesExample("Every tally returns a Result that says whether it counted."))
                .as("used in every chapter")
                .isFalse();
        assertThat(names.narratesExample("Tallies were first kept in Fortran programs."))
                .as("mentioned once: an aside")
                .isFalse();
        assertThat(names.narratesExample("The tally_count() function counts tallies."))
                .as("a section title names it")
                .isFalse();
        assertThat(names.narratesExample("The variable tally.path lists where tallies are looked for."))
                .as("a path whose first part is the book's vocabulary")
                .isFalse();
        assertThat(names.narratesExample("A counter that defines __tally__() can be tallied."))
                .as("the language's hook")
                .isFalse();
        assertThat(names.narratesExample("The ledger.close_all constant closes every tally."))
                .as("an entry's headword")
                .isFalse();
    }

    @Test
    void inASectionOfEntriesOnlyAFactLedByItsHeadwordIsAsked() {
        Library book = tallyBook();
        ReferenceEntry entries = ReferenceEntry.of(book);
        SectionNumber reference = SectionNumber.parse("7.1").orElseThrow();
        SectionNumber prose = SectionNumber.parse("1.1").orElseThrow();

        assertThat(entries.continuesAnEntry(reference, "If there are no groups, return a list of tallies."))
                .isTrue();
        assertThat(entries.continuesAnEntry(reference, "ledger.sum(tallies, start=0): Return the sum of the tallies."))
                .isFalse();
        assertThat(entries.continuesAnEntry(prose, "If there are no groups, return a list of tallies."))
                .as("a section of prose with a label or two is no reference")
                .isFalse();
        assertThat(ReferenceEntry.headword("ledger.sum(tallies, start=0): Return the sum.")
                        .orElseThrow()
                        .parameterNames())
                .contains("tallies", "start");
        assertThat(ReferenceEntry.headword("Note: tallies are never negative.")).isEmpty();
        assertThat(ReferenceEntry.headword("\\D: Matches any tally that is not a digit."))
                .isPresent();
        assertThat(ReferenceEntry.headword("{m,n}: Causes the tally to repeat."))
                .isPresent();
    }

    @Test
    void aWordTheBookOffersAsTheAnswersAlternativeOrGlossIsNoDistractor() {
        CoordinatedTerms coordinated = CoordinatedTerms.of(new Library(
                List.of(section(
                        "1.1",
                        "Saving Tallies",
                        "The tool makes a dump (backup) of every tally.",
                        "A tally can be kept in structs or enums.",
                        "Each rule is a constraint, or restriction, on the tallies.",
                        "Call ledger(counter) to open it.",
                        "A ledger holds lists, tuples and sets of tallies.")),
                Instant.EPOCH));

        assertThat(coordinated.either("dump", "backups"))
                .as("a gloss in brackets")
                .isTrue();
        assertThat(coordinated.either("enums", "struct"))
                .as("X or Y, either number")
                .isTrue();
        assertThat(coordinated.either("constraint", "restrictions"))
                .as("X, or Y")
                .isTrue();
        assertThat(coordinated.either("check constraint", "restriction"))
                .as("the last word of a phrase")
                .isTrue();
        assertThat(coordinated.either("ledger", "counter"))
                .as("a call's bracket is code")
                .isFalse();
        assertThat(coordinated.either("list", "tuple"))
                .as("a plain list names different things")
                .isFalse();
        assertThat(coordinated.either("dump", "tally")).isFalse();
    }

    @Test
    void aWordTheBookDiscussesInOtherChaptersIsNoDistractor() {
        List<Section> sections = new java.util.ArrayList<>();
        for (int chapter = 1; chapter <= TopicNeighbours.MIN_CHAPTERS; chapter++) {
            sections.add(
                    chapter % 2 == 1
                            ? section(chapter + ".1", "Tallies " + chapter, "A tally is kept by a counter.")
                            : section(chapter + ".1", "Ledgers " + chapter, "A ledger lists accounts."));
        }
        TopicNeighbours neighbours = TopicNeighbours.of(
                new Library(sections, Instant.EPOCH), List.of("tally", "counter", "ledger", "account"));
        TopicNeighbours shortBook = TopicNeighbours.of(
                new Library(sections.subList(0, 2), Instant.EPOCH), List.of("tally", "counter", "ledger"));

        assertThat(neighbours.neighbours("tally", "counter"))
                .as("discussed in the same chapters")
                .isTrue();
        assertThat(neighbours.neighbours("Tally", "ledger"))
                .as("discussed in other chapters")
                .isFalse();
        assertThat(neighbours.neighbours("tally", "abacus"))
                .as("a term the book was not asked about")
                .isTrue();
        assertThat(shortBook.neighbours("tally", "ledger"))
                .as("too few chapters to tell topics apart")
                .isTrue();
    }

    @Test
    void aFillerWordOrAVerbTakingAnObjectIsNoBlank() {
        List.of("change", "effect", "access", "state", "activities", "administration", "sequence")
                .forEach(word -> assertThat(Blanks.blankable(new KeyTerm(word, word, TermKind.of(word), 0, true)))
                        .as(word)
                        .isFalse());
        KeyTerm setting = new KeyTerm("setting", "setting", TermKind.of("setting"), 0, true);

        assertThat(Blanks.usedAsThing("Run the check on reboot by setting \"check_often\" in the tally file.", setting))
                .as("a verb taking a quoted name")
                .isFalse();
        assertThat(Blanks.usedAsThing("Disk wear is reduced by setting the tally in memory.", setting))
                .as("a verb taking an object")
                .isFalse();
        assertThat(Blanks.usedAsThing("Each tally has a setting for its width.", setting))
                .as("a noun")
                .isTrue();
    }

    /**
     * Seven chapters about tallies, each using Result: chapter 1 walks through a made-up example (the Ledger type,
     * request_tally, front_desk, m.group), chapter 3 mentions Fortran once, chapter 4 is titled by tally_count(),
     * chapter 5 keeps coming back to tally.path, chapter 6 to __tally__(), chapter 7 is a reference of entries.
     */
    private static Library tallyBook() {
        return new Library(
                List.of(
                        section(
                                "1.1",
                                "A Small Program",
                                "Note: this chapter builds a small program that gives a Result.",
                                "The Ledger type holds tallies, and request_tally asks front_desk for a tally.",
                                "We call request_tally on the Ledger again; front_desk keeps the count.",
                                "Then the Ledger prints what request_tally returned from front_desk::Ledger and m.group.",
                                "Filename: src/main.rs",
                                "The Ledger and request_tally are done; m.group holds the last count."),
                        section("2.1", "Counting", "Each tally gives a Result."),
                        section("3.1", "History", "Tallies were first kept in Fortran programs; each gives a Result."),
                        section(
                                "4.1",
                                "The tally_count() Function",
                                "tally_count() counts tallies and gives a Result.",
                                "tally_count() never fails.",
                                "tally_count() is fast."),
                        section(
                                "5.1",
                                "Where Tallies Live",
                                "The variable tally.path lists folders and gives a Result.",
                                "tally.path starts empty.",
                                "tally.path may be changed."),
                        section(
                                "6.1",
                                "Hooks",
                                "A counter may define __tally__() and get a Result.",
                                "__tally__() is called once.",
                                "__tally__() takes no arguments."),
                        section(
                                "7.1",
                                "Sum Functions",
                                "ledger.sum(tallies, start=0): Return the sum of the tallies, as a Result.",
                                "If there are no groups, return a list of tallies.",
                                "ledger.close_all: Closes every tally.",
                                "Set ledger.close_all when a ledger is done.",
                                "ledger.close_all is rarely needed.")),
                Instant.EPOCH);
    }

    private static Section section(String number, String title, String... paragraphs) {
        return new Section(
                SectionNumber.parse(number).orElseThrow(),
                title,
                List.of(paragraphs),
                new SourceLine(Path.of("tally-book.txt"), 1));
    }
}
