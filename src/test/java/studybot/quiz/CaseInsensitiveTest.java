package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseInsensitiveTest {

    /**
     * The claim the pre-check rests on: wherever a quoted ASCII literal matches case-insensitively (as the masks and
     * blanks compile it), {@code mayContain} says it may. Checked for every lower-case letter, the capitals with odd
     * case mappings (I, K, S), digits, and every BMP char.
     */
    @Test
    void neverRulesOutWhatTheCaseInsensitivePatternMatches() {
        List<String> misses = new ArrayList<>();
        String literals = "abcdefghijklmnopqrstuvwxyzIKS0123456789'/-";
        for (char literal : literals.toCharArray()) {
            Pattern pattern = Pattern.compile(
                    Pattern.quote(String.valueOf(literal)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                String text = String.valueOf((char) c);
                if (pattern.matcher(text).matches() && !CaseInsensitive.mayContain(text, String.valueOf(literal))) {
                    misses.add(literal + " vs U+" + Integer.toHexString(c));
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void findsALiteralInAnyCaseAndRulesOutTextsWithout() {
        assertThat(CaseInsensitive.mayContain("The Replication log", "REPLI")).isTrue();
        assertThat(CaseInsensitive.mayContain("ſchedule", "sched")).isTrue();
        assertThat(CaseInsensitive.mayContain("\u212Aernel", "kernel")).isTrue();
        assertThat(CaseInsensitive.mayContain("The page table", "repli")).isFalse();
        assertThat(CaseInsensitive.mayContain("abc", "abcd")).isFalse();
        assertThat(CaseInsensitive.mayContain("anything", "réplica")).isTrue();
    }
}
