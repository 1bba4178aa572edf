package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts a question may not be built on because they do not teach or do not stand alone (rubric point 1, issue 18 §4),
 * while the tips may still show them: made-up sentences about tallies, next to sentences of the same shape that must
 * still be asked.
 */
class StandAloneFactTest {

    @Test
    void aBareDemonstrativeLeansOnTheSentenceBefore() {
        assertThat(AskableFact.askable("If you are at the tally board, you can clear the board with this."))
                .isFalse();
        assertThat(AskableFact.askable("Tally boards keep counts. This board keeps them for a week."))
                .as("a demonstrative with its noun, after the fact's own first sentence")
                .isTrue();
    }

    @Test
    void aStepOrRetryOfSomethingUnsaidIsNotAsked() {
        List.of(
                        "You should remove every cached tally by \"tally purge\" and try again.",
                        "If you keep other tally formats, moving them to the ledger format is the good first step.",
                        "Tick the recount box in the settings to count twice.",
                        "Select the strokes you want to merge.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        List.of(
                        "Freezing the tally board is the first step of a recount.",
                        "Tallyd reads the settings from /etc/tally.conf at start.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isTrue());
    }

    @Test
    void aComparisonWithoutItsOtherSideIsNotAsked() {
        List.of(
                        "A faster and more flexible way to count strokes is to use a tally stamp.",
                        "When only small counts are needed, tally marks are preferred because they are easy to read.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        List.of(
                        "A faster way to count strokes than tally marks is a stamp that prints five at once.",
                        "Tally marks are preferred to digits when the count is read aloud.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isTrue());
    }

    @Test
    void aWarningOrAnnouncementThatTeachesNothingIsNotAsked() {
        List.of(
                        "When ledgers become bigger, sometimes the tally daemon may cause errors.",
                        "When choosing a tally board for important counts, you should be careful about their limits.",
                        "There are two methods of merging a tally \"left\" into a tally \"right\".",
                        "Although you can recount a ledger by hand. But this takes non-trivial effort.",
                        "The tally mark in Tallish differs a bit from what you may be used to in Countish.",
                        "You may have guessed the answer: a tally counts in groups of five.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        List.of(
                        "There are two ways to read a tally: by counting strokes or by counting groups.",
                        "Although a tally can be recounted by hand, the tallyd daemon recounts it faster.",
                        "A crossed stroke may cause the tallyd daemon to count a group twice.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isTrue());
    }

    @Test
    void aWalkThroughAnExampleIsNotAsked() {
        List.of(
                        "Every tally starts at zero. In this case, the condition checks whether the strokes are fewer than 5.",
                        "All five tally marks appear on the board, as expected.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
    }

    @Test
    void aPointerElsewhereOrAnExamplesLetterOrARequestIsNotAsked() {
        List.of(
                        "Tools and tips for counting strokes on the tally board are described.",
                        "In Section 2.3, “Recounting”, two tips for quick recounts are given: tallyd and ledgers.",
                        "If x is 1, 2 or 3, the first tally will match.",
                        "When the ledger becomes too long, please consider writing a tally script.",
                        "Similar commands are available for each tally board.",
                        "Some tools allow recounts without the tallyd daemon.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        List.of(
                        "A recount is described by a crossed stroke across five tallies.",
                        "If a tally is crossed out, the ledger skips it when it sums a column.",
                        "ledger.pick(x): If x is 0, return the first tally.",
                        "Similar in construction to a ledger, a tally board keeps its counts in columns.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isTrue());
    }

    @Test
    void anEntryLedByAOneLetterCodeIsNotAsked() {
        List.of(
                        "W: A board opened for weekly counts with ‘tally -w’.",
                        "p:width: Pad the tally with strokes on the left.")
                .forEach(fact -> assertThat(AskableFact.askable(fact)).as(fact).isFalse());
        assertThat(AskableFact.askable("tally_width: Pad the tally with strokes on the left."))
                .isTrue();
    }
}
