package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenJoinerTest {

    private static HyphenJoiner learning(String... lines) {
        List<PageLine> pageLines = new ArrayList<>();
        for (String line : lines) {
            pageLines.add(new PageLine(0, 100 + 14 * pageLines.size(), 72, 500, 11, 5, false, false, false, "", line));
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

    @Test
    void aCompoundThatGoesOnWithAnotherHyphenKeepsItsHyphen() {
        HyphenJoiner joiner = learning("Nothing about the broken words here.");

        assertThat(joiner.join("positional-only, positional-", "or-keyword, and keyword-only"))
                .isEqualTo("positional-only, positional-or-keyword, and keyword-only");
        assertThat(joiner.join("as simple as cutting-", "and-pasting a call"))
                .isEqualTo("as simple as cutting-and-pasting a call");
    }

    @Test
    void aBreakAfterAPartOfACompoundKeepsTheHyphen() {
        HyphenJoiner joiner = learning("Nothing about the broken words here.");

        assertThat(joiner.join("mitigate loss-of-", "precision during summation"))
                .isEqualTo("mitigate loss-of-precision during summation");
    }

    @Test
    void theJoinedFormWrittenMoreOftenThanTheHyphenatedOneIsJoined() {
        HyphenJoiner joiner = learning("The database holds the data.", "One database, one data-base.");

        assertThat(joiner.join("the data-", "base grows")).isEqualTo("the database grows");
    }

    @Test
    void theHyphenatedFormWrittenMoreOftenThanTheJoinedOneKeepsItsHyphen() {
        HyphenJoiner joiner = learning("A double-click opens it, a second double-click closes it.", "No doubleclick.");

        assertThat(joiner.join("so that a double-", "click on a file runs it"))
                .isEqualTo("so that a double-click on a file runs it");
    }

    @Test
    void theBooksOwnJoinedFormWinsOverACapitalAfterTheBreak() {
        HyphenJoiner joiner = learning("Scripts in JavaScript run in the page.");

        assertThat(joiner.join("written in Java-", "Script and run")).isEqualTo("written in JavaScript and run");
    }
}
