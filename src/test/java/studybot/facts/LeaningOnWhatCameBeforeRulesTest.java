package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of the thirteenth round (facts that lean on what came before), each on short made-up sentences about an
 * imaginary "tally" tool: a conclusion drawn with "consequently" leans like one drawn with "therefore", and "the" with
 * an adjective that presupposes a source ("the underlying", "the original", "the resulting") leans unless the sentence
 * names that source or is a definition led by its headword; saying that something is missing ("There is no way to…")
 * without naming what lacks it leans; and "the function" after a comparison ("As with other hooks, the function is
 * called…") names no entry.
 */
class LeaningOnWhatCameBeforeRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void aConclusionWithConsequentlyLeans() {
        assertThat(judge.judge("Consequently, the tally daemon must be restarted after every ledger import."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Consequently the tally counts are only reliable within one ledger session."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Tally counts imported from a ledger are consequently rounded to whole units."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The tally daemon must be restarted after every ledger import."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anAdjectiveThatPresupposesItsSourceLeansUnlessTheSentenceNamesIt() {
        assertThat(judge.judge("Order is only kept if the underlying ledgers are sorted by date."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Joining the tally columns in order gives back the original line."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("If the counts are negative the resulting tally is negative as well."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Tally commands fail with an error if the requested ledger is locked by the daemon."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The original author of the tally format kept the ledger columns fixed."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The actual counts (the postings) to a tally call are copied into the ledger."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("If you merge two tallies into one ledger, the resulting ledger keeps both journals."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The actual tally file is kept in the ledger folder of the shop."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("-s: Sort the resulting tally columns in descending order of their counts."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anInterveningThingLeansOnWhatItLiesBetween() {
        assertThat(judge.judge("If any intervening posting is unreadable, the tally skips it with a warning."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
    }

    @Test
    void sayingThatSomethingIsMissingWithoutNamingWhatLacksItLeans() {
        assertThat(judge.judge("There is no way to reset the counts other than closing the ledger."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("There are no bounds checks on the tally columns at runtime."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("There is no tally_reset function in the ledger daemon."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Note that there is no way to send tlfd counts from the ledger daemon."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("There is no limit on the number of columns a Tally ledger holds."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anEntryKindAfterAComparisonLeans() {
        assertThat(judge.judge("As with other tally hooks, the function is called with its ledger locked."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("As with other tally hooks, the tally_close function is called with its ledger locked."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }
}
