package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rules of the fourteenth round, found on an administrator's handbook labelled before any rule and kept only where
 * the kind recurs in an older fit book, each on made-up sentences about an imaginary "ledger" tool: the author's hopes
 * and wishes, platitudes that qualify a claim only by unnamed occasions or say that a task is hard, and the reader's
 * temptation are chatter; a pronoun subject after "Even if" and a bare noun only likened to something else lean.
 */
class HandbookProseRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void theAuthorsHopeIsChatter() {
        assertThat(judge.judge("Hopefully the tally totals will survive the next upgrade of the ledger."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The tally totals survive every upgrade of the ledger unchanged."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aWishForWhatTheToolShouldIdeallyDoIsChatter() {
        assertThat(judge.judge("This should be configurable and ideally integrate better with the ledger viewer."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The ledger should be closed before its tally is exported to disk."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void platitudesAboutUnnamedOccasionsOrHardTasksAreChatter() {
        assertThat(judge.judge("Using a tally viewer for bookkeeping is interesting in various circumstances."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The ledger is ideal for many shops for a variety of reasons."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Checking that a tally really balances can be tricky."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("Ledgers are kept with great care, but balancing is complex and not easy to prove."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("The tally command converts amounts between various currencies at the daily rate."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void theReadersTemptationIsChatter() {
        assertThat(judge.judge("Since no viewer is perfect, you may be tempted to try several ledger tools."))
                .isEqualTo(Verdict.CHATTER);
    }

    @Test
    void aPronounSubjectAfterEvenIfLeans() {
        assertThat(judge.judge("Even if they all aim to be flexible, they cannot always read a ledger journal."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Even if the journal is empty, the ledger keeps its tally file open."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aBareNounOnlyLikenedToSomethingElseLeans() {
        assertThat(judge.judge("The syntax is identical to that for the tally command."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The format is comparable to that of ledger tools like hledger."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The tally syntax is identical to that for the ledger command."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }
}
