package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenJoinerTest {

    private static HyphenJoiner learning(String... lines) {
        List<PageLine> pageLines = new ArrayList<>();
        for (String line : lines) {
            pageLines.add(new PageLine(0, 100 + 14 * pageLines.size(), 72, 500, 11, 5, false, false, line));
        }
        return HyphenJoiner.learn(pageLines);
    }

    @Test
    void aTypesettersBreakIsJoined() {
        HyphenJoiner joiner = learning("Nothing about the broken word here.");

        assertThat(joiner.join("send each change to the replica-", "tion log"))
                .isEqualTo("send each change to the replication log");
    }

    @Test
    void aHyphenatedWordSeenInsideALineKeepsItsHyphen() {
        HyphenJoiner joiner = learning("A read-only replica serves queries.");

        assertThat(joiner.join("a read-", "only follower")).isEqualTo("a read-only follower");
    }

    @Test
    void aJoinedWordSeenElsewhereIsJoinedEvenWhenBothHalvesAreWords() {
        HyphenJoiner joiner = learning("The database and its base data.");

        assertThat(joiner.join("the data-", "base grows")).isEqualTo("the database grows");
    }

    @Test
    void twoHalvesThatAreBothWordsKeepTheHyphenWhenNeitherFormIsSeen() {
        HyphenJoiner joiner = learning("A high wall and a level floor.");

        assertThat(joiner.join("a high-", "level view")).isEqualTo("a high-level view");
    }

    @Test
    void theFragmentsOfBrokenWordsAreNotLearnedAsWords() {
        HyphenJoiner joiner =
                learning("Leaders send the replica-", "tion log and the level of the high-", "level view.");

        assertThat(joiner.join("an addi-", "tion")).isEqualTo("an addition");
    }

    @Test
    void aCapitalAfterTheBreakKeepsTheHyphen() {
        assertThat(learning().join("the Jean-", "Pierre rule")).isEqualTo("the Jean-Pierre rule");
    }

    @Test
    void unicodeAndSoftHyphensAreBreaksToo() {
        HyphenJoiner joiner = learning();

        assertThat(joiner.join("at\u2010", "tribute lookup")).isEqualTo("attribute lookup");
        assertThat(joiner.join("soft\u00ad", "ware")).isEqualTo("software");
        assertThat(HyphenJoiner.endsBroken("at\u2010")).isTrue();
        assertThat(HyphenJoiner.endsBroken("a dash --")).isFalse();
        assertThat(HyphenJoiner.endsBroken("x = y -")).isFalse();
    }
}
