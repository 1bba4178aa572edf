package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The rules of the tenth round (issue 18 §3: a fact never leans on a sentence it does not include), each on short
 * made-up sentences about an imaginary "ledger" tool: a definite subject that takes up a noun the sentence before
 * introduced with "a" leans; "both" without its pair, "that" before a lone noun in the first clause, "alternatively"
 * and a quantifier used as a pronoun subject ("Others use…") lean; an opening "each time" clause with a pronoun leans;
 * a caption with a participle or with a verb whose object is the code after its colon ("…, use:"), a lead-in that only
 * counts its list, and narration of what the reader has done are chatter.
 */
class ContextLeaningRulesTest {

    private final SentenceJudge judge = new SentenceJudge();

    @Test
    void aDefiniteSubjectTakingUpANounIntroducedWithAnArticleBeforeLeans() {
        assertThat(AnaphoricDefinite.refersBack(
                        "The journal is copied to the backup disk every night.",
                        "Every ledger keeps a journal of its postings."))
                .isTrue();
        assertThat(AnaphoricDefinite.refersBack(
                        "If the posting is invalid, the ledger rejects it.",
                        "The ledger command takes a posting to record."))
                .isTrue();
        assertThat(AnaphoricDefinite.refersBack(
                        "The journal of a ledger is copied to the backup disk every night.",
                        "Every ledger keeps a journal of its postings."))
                .isFalse();
        assertThat(AnaphoricDefinite.refersBack(
                        "The journal file is copied to the backup disk every night.",
                        "Every ledger keeps a journal of its postings."))
                .isFalse();
        assertThat(AnaphoricDefinite.refersBack(
                        "The journal is copied to the backup disk every night.",
                        "Every ledger keeps its journal next to its postings."))
                .isFalse();
        assertThat(AnaphoricDefinite.refersBack(
                        "The requirements.txt lists the ledger's plugins.",
                        "Put the list in a requirements.txt file of the shop."))
                .isFalse();
    }

    @Test
    void aDefiniteSubjectJoinsTheSentenceThatIntroducedItsNoun() {
        KeyFacts facts = new KeyFactExtractor().extract(library("""
                1.1 Ledgers

                Every ledger keeps a journal of its postings in append order. The journal is replayed into the ledger \
                balance after a crash of the ledger daemon.

                1.2 Shops

                A shop opens one ledger per counter and closes it at night when the counter is empty.
                """));

        assertThat(facts.all())
                .extracting(KeyFact::text)
                .noneMatch(text -> text.startsWith("The journal"))
                .anyMatch(text -> text.startsWith("Every ledger keeps a journal") && text.contains("The journal is"));
    }

    @Test
    void bothWithoutItsPairLeans() {
        assertThat(judge.judge("Merging both ledgers rewrites the journal of the shop counter."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("If both clauses return, the ledger keeps the posting of the last clause."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Both postings carry the date of the shop counter and are kept."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Both the ledger and the journal keep a copy of each posting."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Ledgers and journals both keep a copy of each posting in memory."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("A posting may go to either the ledger or the journal, or both, at the shop counter."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void thatBeforeALoneNounInTheFirstClauseLeans() {
        assertThat(judge.judge("The ledger command can then revert that posting."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("When you reopen that ledger, the journal is replayed first."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("If a ledger needs a journal, the daemon creates that journal at the shop counter."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The ledger daemon checks that postings are dated before it records them."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void alternativelyInsideTheSentenceLeansUnlessItGivesAnotherName() {
        assertThat(judge.judge("You may alternatively replay the journal into a fresh ledger at the shop."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("The journal (alternatively called the day book) keeps every posting of the ledger."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void aQuantifierAsAPronounSubjectLeans() {
        assertThat(judge.judge("Others use a journal per shop instead of one per ledger."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Some accept a posting without a date at the shop counter."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Most of them keep a journal for each shop counter."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Some ledgers accept a posting without a date at the shop counter."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("Most of the ledger commands keep a journal for each shop counter."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void anEachTimeClauseWithAPronounLeans() {
        assertThat(judge.judge("Each time you read it, the journal grows by one posting."))
                .isEqualTo(Verdict.LEANS_ON_CONTEXT);
        assertThat(judge.judge("Each time the ledger daemon starts, the journal is replayed into the balance."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    @Test
    void captionsCountingLeadInsAndTheReadersProgressAreChatter() {
        assertThat(judge.judge("To start the ledger daemon, waiting until it accepts postings:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("To stop the ledger daemon cleanly, use:")).isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("To stop the ledger daemon cleanly, send it the hang-up signal."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The ledger daemon replays a journal in three steps:"))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("You have recorded no postings into the shop ledger yet."))
                .isEqualTo(Verdict.CHATTER);
        assertThat(judge.judge("You have to close a ledger before copying its journal to the shop."))
                .isEqualTo(Verdict.STANDS_ALONE);
        assertThat(judge.judge("The ledger keeps the names you have defined until the shop counter closes."))
                .isEqualTo(Verdict.STANDS_ALONE);
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
