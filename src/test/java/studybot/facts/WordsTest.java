package studybot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written splitting gives what the regular expression {@code \s+} it replaced gives. */
class WordsTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<String> TEXTS = List.of(
            "one",
            "  two words  ",
            "tabs\tand\nlines\r\nand\u000Bvt\fff",
            "no\u00A0break space",
            "line\u2028separator and\u2003em space",
            "\u2003 led by an em space",
            "“channel,” and — dashes.",
            "a  b   c",
            "ends with e.g.",
            "x");

    @Test
    void tokensFirstAndLastAreWhatSplittingOnWhitespaceGives() {
        for (String text : TEXTS) {
            List<String> expected = Arrays.stream(WHITESPACE.split(text.strip()))
                    .filter(t -> !t.isEmpty())
                    .toList();
            assertThat(Words.tokens(text)).as(text).isEqualTo(expected);
            assertThat(Words.count(text)).as(text).isEqualTo(expected.size());
            assertThat(Words.firstToken(text)).as(text).isEqualTo(expected.get(0));
            assertThat(Words.lastToken(text)).as(text).isEqualTo(expected.get(expected.size() - 1));
        }
        assertThat(Words.tokens(" \t ")).isEmpty();
        assertThat(Words.count(" \t ")).isZero();
    }

    @Test
    void collapsedIsReplacingEachRunOfWhitespaceByOneSpace() {
        for (String text : TEXTS) {
            assertThat(Words.collapsed(text))
                    .as(text)
                    .isEqualTo(WHITESPACE.matcher(text).replaceAll(" "));
        }
    }
}
