package studybot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCutTest {

    @Test
    void textThatFitsIsLeftAlone() {
        assertThat(WordCut.toLength("20.4 Replication Groups", 100)).isEqualTo("20.4 Replication Groups");
    }

    @Test
    void cutsAfterAWholeWordAndMarksTheCut() {
        assertThat(WordCut.toLength("ElastiCache Security: VPC, Security Groups, Encryption", 30))
                .isEqualTo("ElastiCache Security: VPC…")
                .hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void neverEndsInAnEscapeOrHalfAnEmoji() {
        assertThat(WordCut.toLength("abcdefghij\\*klmnop", 12)).isEqualTo("abcdefghij…");
        String cut = WordCut.toLength("aaaaaaaaa😀bbbb", 11);
        assertThat(cut).hasSizeLessThanOrEqualTo(11).endsWith("…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }

    @Test
    void aWordLongerThanHalfTheLimitIsCutInside() {
        assertThat(WordCut.toLength("supercalifragilistic", 10)).isEqualTo("supercali…");
    }
}
