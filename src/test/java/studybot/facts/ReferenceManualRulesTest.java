package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of the eleventh round (issue 18 §3, a shell reference manual as fit book), each on made-up sentences about
 * an imaginary "tally" shell: a builtin's, option's or widget's entry speaking of it as "the function" or "the option"
 * leans; "Instead, …" leans; a place in a sequence laid out before ("The final column…") leans; a colon after a gerund
 * saying how ("…by writing:") or after an indefinite quantity the list names ("Some keys have…:") is a lead-in; "Every
 * other key…" leans on the keys listed before; "references are made to…" talks about the manual.
 */
class ReferenceManualRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void anEntrySpeakingOfItsBuiltinOrOptionAsTheFunctionLeans() {
        assertThat(judge.judge("If the option is unset, tally keeps every counter local to its script."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Once the function returns, the tally prompt redraws the whole counter line."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The handler is run in a subshell, so its counters never reach the main tally."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void theNounFollowedByANameSaysWhichOneAndStands() {
        assertThat(judge.judge("The builtin tallyset marks counters as shared between scripts."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("A new counter table is made for a function when the function is called by tally."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Counters are kept local to a script unless the option SHARE_TALLY is set."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void insteadOpeningASentenceLeansUnlessItNamesWhatItReplaces() {
        assertThat(judge.judge("Instead, the tally-prompt style should be used for the counter line."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Instead of a counter file, tally keeps its counts in the shared memory segment."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aPlaceInASequenceLaidOutBeforeLeansUnlessItSaysWhatItIsPartOf() {
        assertThat(judge.judge("The final column shows the name of the counter in the tally report."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The next two columns list the counts in seconds and in milliseconds."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The final element of a tally report is always the grand total of all counters."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The tallyskip builtin moves on with the next counter of the report:"))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The next time you start tally, the counters are read back from the journal file."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("TallyReport.last: The final counter of the report, without its unit."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aColonAfterAGerundSayingHowOrAfterAQuantityTheListNamesIsALeadIn() {
        assertThat(judge.judge("The value of a tally counter may also be assigned by writing:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Some of the tally widgets have a special meaning while scrolling reports:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Various tally extensions print counters without a leading zero:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("A tally report consists of a number of counters separated by commas:"))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("You can combine several counters in a single tally report using a plus sign:"))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void everyOtherMemberLeansOnTheMembersListedBefore() {
        assertThat(judge.judge("Every other key stops the report and is processed as usual by the tally prompt."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Every other counter than the grand total is reset when the tally report is printed."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void talkAboutWhereTheManualRefersToSomethingIsChatter() {
        assertThat(judge.judge("In many places, references are made to the counter argument of the tally widgets."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void aBareArrayOrWidgetSubjectLeansOnItsEntry() {
        assertThat(judge.judge("The array contains every counter of the line in the order they were defined."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The widget is called with its standard input closed and the counters cleared."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The array tally_counts contains every counter of the line in order."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void whatTheReaderMayRunIntoIsChatter() {
        assertThat(judge.judge("Occasionally you may encounter what looks like a bug in the tally counters."))
                .isEqualTo(Verdict.CHATTER);
    }
}
