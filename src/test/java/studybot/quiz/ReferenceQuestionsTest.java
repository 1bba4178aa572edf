package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import studybot.facts.KeyTerm;
import studybot.facts.TermKind;

/**
 * Quiz rules found on a reference manual's questions (issue 18 §4, seventh round), on made-up sentences: a name from an
 * example's code is neither a blank nor a distractor, and a blank is not asked when a longer word of the sentence holds
 * it.
 */
class ReferenceQuestionsTest {

    @Test
    void aNameFromAnExamplesCodeIsNoChoice() {
        assertThat(Blanks.blankable(new KeyTerm("self.date", "self.date", TermKind.of("self.date"), 1, true)))
                .isFalse();
        assertThat(Blanks.blankable(new KeyTerm(
                        "datetime.strptime", "datetime.strptime", TermKind.of("datetime.strptime"), 1, true)))
                .isTrue();
    }

    @Test
    void anAcronymsExpansionMayTakeAnInitialFromInsideAWord() {
        assertThat(TitleMask.spelledOut("TSON (TallyScript Object Notation) is a format for tallies.", "TSON"))
                .isTrue();
        assertThat(TitleMask.spelledOut("A Virtual Private Cloud isolates tally servers.", "VPC"))
                .isTrue();
        assertThat(TitleMask.spelledOut("VIRTUAL PRIVATE CLOUD isolates tally servers.", "VPC"))
                .isTrue();
        assertThat(TitleMask.spelledOut("A TallyScript notation is a format for tallies.", "TSON"))
                .isFalse();
    }

    @Test
    void aBlankThatALongerWordOfTheSentenceHoldsIsNotAsked() {
        assertThat(Blanks.blank("A tally creationflags value; this flag starts a new tally group.", "flag"))
                .isEmpty();
        assertThat(Blanks.blank("This flag starts a new tally group of counters.", "flag"))
                .contains("This _____ starts a new tally group of counters.");
    }
}
