package studybot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text worded later for its reader, with a reason inside it worded in the same language. */
class WordingTest {

    private final Texts check = Texts.load("book/check");

    @Test
    void aWordingGivenAsAnArgumentIsWordedInTheSameLanguage() {
        Wording problems = new Wording(
                Texts.load("shelf"),
                "upload.problems",
                Map.of(
                        "first",
                        new Wording(check, "problem.noProse", Map.of()),
                        "rest",
                        new Wording(check, "problem.littleKept", Map.of("percent", "40"))));

        assertThat(problems.in(Locale.GERMAN))
                .isEqualTo("gar kein Fließtext: nichts zu suchen, zu zitieren oder zu lehren; nur 40 % des Textes der"
                        + " Quelle wurden behalten");
        assertThat(problems.toString())
                .isEqualTo(
                        "no prose at all: nothing to search, quote or teach; only 40% of the source's text was kept");
    }
}
