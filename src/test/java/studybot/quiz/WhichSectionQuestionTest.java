package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SourceLine;

/**
 * Which-section questions (issue 18 §4, rubric points 1, 3 and 5) on made-up titles and sentences about tallies: every
 * form of a title word is masked or the fact is not asked, a section holding the own one is never a wrong choice, and
 * facts that lean on what came before or only pass judgement are not asked.
 */
class WhichSectionQuestionTest {

    @Test
    void aFactWhoseHyphenatedWordHoldsALowerCaseTitleWordIsNotAsked() {
        assertThat(TitleMask.of("Multi-tallying").question("A queue serves inter-tally communication well."))
                .isEmpty();
        assertThat(TitleMask.of("Multi-tallying").question("A queue serves counting across ledgers well."))
                .isPresent();
    }

    @Test
    void aNumeronymsSpelledOutWordIsMasked() {
        assertThat(TitleMask.of("I18N and L10N")
                        .question("Internationalization makes a program ready for many languages and regions."))
                .contains("▢▢▢ makes a program ready for many languages and regions.");
        assertThat(TitleMask.of("Tallies for k8s").apply("Kubernetes runs tally pods."))
                .doesNotContain("Kubernetes");
    }

    @Test
    void aTitleAcronymInsideANameIsALeakAndANoteIsNoFormOfNot() {
        TitleMask mask = TitleMask.of("Tally Notes for TLY");

        assertThat(mask.question("The libtly-counter package keeps one ledger."))
                .isEmpty();
        assertThat(mask.question("Set the XTLY value below the counter's limit."))
                .isEmpty();
        assertThat(mask.question("Counters do not reset when a ledger closes."))
                .contains("Counters do not reset when a ledger closes.");
    }

    @Test
    void aTitleAcronymInCapitalsInsideAMixedCaseNameIsALeakButTheSameLettersInAWordAreNot() {
        TitleMask mask = TitleMask.of("Secure Ledgers with TLY");

        assertThat(mask.question("OpenTLY signs every page it closes.")).isEmpty();
        assertThat(mask.question("The BookTLYs library signs every page it closes."))
                .isEmpty();
        assertThat(mask.question("Stately counters sign every page they close."))
                .contains("Stately counters sign every page they close.");
    }

    @Test
    void aCompoundTitleWordsVerbWrittenApartIsMasked() {
        assertThat(TitleMask.of("Tally Backup Policy").apply("Stop the counters while backing up the ledgers."))
                .isEqualTo("Stop the counters while ▢▢▢ the ledgers.");
        assertThat(TitleMask.of("Ledger Login").apply("A clerk logged in twice."))
                .isEqualTo("A clerk ▢▢▢ twice.");
    }

    @Test
    void aNameInCapitalsHoldingAClippedTitleWordIsNotAsked() {
        TitleMask parts = TitleMask.of("Stubbing and Options");
        TitleMask opening = TitleMask.of("Ledger Configuration");

        List.of(
                        parts.question("SKIP_STUB_MARKS: Leave crossed strokes out of every sum."),
                        parts.question("Single letter flags follow the tally board when TALLY_OPTION_LETTERS is set."),
                        opening.question("CONFFILE names the file every board reads its limits from."),
                        opening.question("LEDGSIZE caps how many strokes a board keeps."))
                .forEach(question ->
                        assertThat(question).as("a clipped title word shows").isEmpty());
        List.of(
                        parts.question("SKIP_CROSSED: Leave crossed strokes out of every sum."),
                        parts.question("TALLYSIZE caps how many strokes a board keeps."),
                        opening.question("COUNTSIZE caps how many strokes a board keeps."))
                .forEach(question -> assertThat(question).isPresent());
    }

    @Test
    void aWordThatIsATitleWordButForAShortEndingIsNotAsked() {
        TitleMask mask = TitleMask.of("tabfs and rowfs");

        assertThat(mask.question("The directory /tab holds one folder per counter."))
                .isEmpty();
        assertThat(mask.question("Every counter shows up in the /row folder.")).isEmpty();
        assertThat(mask.question("A ledger keeps its counters in memory.")).isPresent();
    }

    @Test
    void aWordThatIsATitleWordWithoutItsEndingButForAShortEndingIsNotAsked() {
        TitleMask tapping = TitleMask.of("Ledger Tapping and Filling");

        assertThat(TitleMask.of("Recoverable Errors with Tallies")
                        .question("A board that returns Err(e) stops counting and reports e."))
                .isEmpty();
        assertThat(tapping.question("Call tap() on each ledger before adding.")).isEmpty();
        assertThat(tapping.question("Each ledger is cut into lines of one width."))
                .isPresent();
        assertThat(TitleMask.of("Ledger Themes").question("A board keeps the strokes of one day."))
                .isPresent();
    }

    @Test
    void aTitleWordEndingInIngIsNotCutToThreeLetters() {
        TitleMask mask = TitleMask.of("String Tallies");

        assertThat(mask.apply("A structure strips each stroke.")).isEqualTo("A structure strips each stroke.");
        assertThat(mask.question("tally.string: the strings that name each count."))
                .isEmpty();
    }

    @Test
    void aShortIngTitleWordMasksItsVerbsOtherForms() {
        TitleMask mask = TitleMask.of("Commands for Tallying and Moving");

        assertThat(mask.apply("Move the cursor back, then moves it on: moved, moving."))
                .isEqualTo("▢▢▢ the cursor back, then ▢▢▢ it on: ▢▢▢, ▢▢▢.");
        assertThat(TitleMask.of("Coding Ledgers").apply("Each clerk codes the coder's code."))
                .isEqualTo("Each clerk ▢▢▢ the ▢▢▢'s ▢▢▢.");
        assertThat(TitleMask.of("String Tallies").apply("A structure strips each stroke."))
                .isEqualTo("A structure strips each stroke.");
    }

    @Test
    void aSectionHoldingTheOwnOneIsNeverAWrongChoiceBesideIt() {
        Library library = new Library(
                List.of(
                        section("1.1", "The Tally Book"),
                        section("2.1", "Counting"),
                        section("2.2", "Tally Marks"),
                        section("2.3", "Strokes"),
                        section("3.1", "Ledgers"),
                        section("3.1.1", "Ledger Columns"),
                        section("4.1", "Closing Books")),
                Map.of(4, "Closing Books"),
                Instant.EPOCH);
        EnclosingSections enclosing = EnclosingSections.of(library);

        assertThat(enclosing.holds(find(library, "1.1"), find(library, "2.2")))
                .as("the front page")
                .isTrue();
        assertThat(enclosing.holds(find(library, "2.1"), find(library, "2.2")))
                .as("the chapter's head")
                .isTrue();
        assertThat(enclosing.holds(find(library, "3.1"), find(library, "3.1.1")))
                .as("the parent")
                .isTrue();
        assertThat(enclosing.holds(find(library, "2.3"), find(library, "2.2")))
                .as("a sibling")
                .isFalse();
        assertThat(enclosing.holds(find(library, "3.1"), find(library, "2.2")))
                .as("another chapter's head")
                .isFalse();
        assertThat(enclosing.holds(find(library, "2.2"), find(library, "2.2")))
                .as("itself")
                .isFalse();
    }

    @Test
    void aFactLeaningOnWhatCameBeforeOrOnlyJudgingIsNotAsked() {
        List.of(
                        "How a tally shell is created under the counting environment.",
                        "You may alternatively use recount(8) with the -t option.",
                        "If that tally doesn’t match the stroke, counting goes on with the next one.",
                        "Without the rule, two ledgers could count the same tally.",
                        "On POSIX, the function looks for the tally relative to the ledger.",
                        "Combining tallies and ledgers is useful in many situations.",
                        "Using too many tally marks has its downsides.",
                        "Countmaster is a very smart counter.",
                        "The ledgers likewise use \"%\" to show how their names relate to the tally.",
                        "The use of \"tally full-recount\" is recommended for it.",
                        "Your ledger then doesn’t have to count every stroke twice.",
                        "Examples include a ledger being given torn pages.",
                        "There are 6 types of tally marks.",
                        "To support searching complex ledgers, the key function is not applied to the x value.",
                        "The ledger, therefore, allows you to count twice.",
                        "When you use that value, you must recount the tallies.",
                        "The Tally<T> type has many methods; you can check them out in its documentation.",
                        "You could write a tally program in C, but it takes a lot of time.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        List.of(
                        "In Tally, the idiomatic comment style starts a comment with two slashes.",
                        "On POSIX, the ledger defaults to /var/tally.",
                        "The impl Tally syntax is convenient and makes for more concise code.",
                        "A tally is useful for counting strokes in groups of five.",
                        "ledger.scale(x): Return the ledger with every tally multiplied by x.",
                        "There are two tally marks for every five strokes, one crossing the other four.",
                        "You post a count on a tally board, and everyone subscribed to that board gets it.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isTrue());
    }

    private static Section find(Library library, String number) {
        return library.find(SectionNumber.parse(number).orElseThrow()).orElseThrow();
    }

    private static Section section(String number, String title) {
        return new Section(
                SectionNumber.parse(number).orElseThrow(),
                title,
                List.of("Each tally of " + title + " counts strokes."),
                new SourceLine(Path.of("tally-book.txt"), 1));
    }
}
