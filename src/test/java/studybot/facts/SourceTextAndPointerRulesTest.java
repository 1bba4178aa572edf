package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of the eighth round (issue 18 §3), each on short made-up sentences: markup or code a converter kept as
 * text, pointers to read elsewhere after any opening, a demonstrative naming the code that follows, narration of one
 * run of the example ("now", counterfactuals), praise alone, captions and talk about the document itself are no facts;
 * a bare "the file/module/functions…" subject and a place without its whole lean; "Additionally," is a connective.
 */
class SourceTextAndPointerRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void markupAndCodeKeptAsTextAreChatter() {
        assertThat(judge.judge("Setup ====== Tally counts things that pass by a window of the shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The ``mode`` argument must be either ``\"fast\"`` or ``\"safe\"``."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge(":param mode: The speed at which the counter runs."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge(".. note:: The counter is reset every night at midnight."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("def count_things(mode=None): \"\"\" Count the things that pass by."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The next block is a sample:: It is shown exactly as it is written."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge(">>> tally.count('shop') 42 >>> tally.reset() returns nothing at all."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do ..."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("[#tally] Text of the footnote about the tally counter at the shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("[1] Tally counts are kept in the ledger journal of the shop."))
                .isNotEqualTo(Verdict.CHATTER);
    }

    @Test
    void proseThatNamesMarksOfSourceStillTeaches() {
        assertThat(judge.judge("Multi-line strings can be written with triple quotes: \"\"\"...\"\"\" or '''...'''."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The lookbehind fails when the position is preceded by a match for ...."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Use the Option:: prefix only when the variant names would clash in scope."))
                .isNotEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Enum variants are in scope without the Option:: prefix in every module."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void pointersToReadElsewhereAreChatterAfterAnyOpening() {
        assertThat(judge.judge("Refer to the tally man page for all the options that tally supports."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("If you wish to write your own counter, refer to Counter development."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("For the theory behind counting, consult the Knuth book or any textbook."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("You can learn more about windows of the shop in the Tally Reference."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("All the options of the counter are described in Command line and environment."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A counter is described by its name, its window and the shop it belongs to."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Names in a module refer to objects that the module's code created."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aDemonstrativeNamingTheCodeAfterTheColonPointsAtIt() {
        assertThat(judge.judge("You can check the installation by running this command:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Create a second counter file in the project with these contents:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A counter is declared in tally with this keyword: count."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void nowInsideASentenceNarratesTheExampleButNotAVersionNote() {
        assertThat(judge.judge("The run function now returns an Ok value in the success case."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Your project directory should now have a counter file and a log."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("You can now run the tally command to count the things in the shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Since version 3.9, counters in tally now accept zero as a window length."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Division of a duration by a float number is now supported by tally."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The counter calls datetime.now() once for every window it closes."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Counters matter less now that the shop keeps a log of every sale."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void talkAboutTheDocumentOrTheTimeOfWritingIsChatter() {
        assertThat(judge.judge("The links in this document lead to the description of each counter."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("In the previous sections of the tutorial the counter was set up by hand."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("At the time of writing, uploading a whole folder of counters is not possible."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The last part of the message holds the counter's name and its window."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void additionallyIsAConnectiveSoAPronounAfterItLeans() {
        assertThat(judge.judge("Additionally, it has a configuration file naming the theme to inherit from."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Additionally, the window of a counter depends on the shop's opening hours."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aCounterfactualRunOfTheExampleIsChatterButANecessityIsNot() {
        assertThat(judge.judge("If the count had been zero instead, the first guard would have been false."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("If the clauses were swapped around, the loop would have printed B, B, B."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Without raw strings every backslash would have to be doubled in a pattern."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Units that work on their own could have problems when they are combined."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void theLinesOrExampleNextToTheSentenceAsItsSubjectPointAtThem() {
        assertThat(judge.judge("The next three lines set the name, the version and the edition of the package."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The previous example prints the total of every window in the shop."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Here’s a small counting problem for a shop with three windows."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge(
                        "The statements that form the body of a loop start at the next line and must be indented."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void praiseWithoutWhatEarnsItIsChatter() {
        assertThat(judge.judge("Updating the counter to its latest release is easy."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The handling of the window marker is quite smart:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Counting markup is natural: place an asterisk at the start of every item."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aPurposeWithoutAClauseBeforeAColonCaptionsTheExample() {
        assertThat(judge.judge("To change the owner of the counter shop_window to joe:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("To count only the open windows, pass the open flag to the counter:"))
                .isNotEqualTo(Verdict.CHATTER);
    }

    @Test
    void aPlaceInSomethingTheSentenceDoesNotNameLeans() {
        assertThat(judge.judge("At the beginning, every counter of the shop holds the value zero."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("At the beginning of a transaction, every counter holds the value zero."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void theAndAGenericNounRightBeforeItsVerbLeansButANamedOneStands() {
        assertThat(judge.judge("The file is saved in UTF-8 unless the project names another encoding."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The module also offers three general counting functions for windows."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The functions are shortcuts that need no compiled counter object first."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The variable sys.path is a list of strings naming the search path of modules."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The string module includes a template class with a simple syntax for users."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The values that the references point to must outlive the map holding them."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }
}
