package studybot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void markupMarksCodeAndStrongAndNothingElse() {
        Text text = Text.markup("Use `/tips set` to start; tips are **on**, a * b and \\`c\\` stay as typed.");

        assertThat(text.spans())
                .containsExactly(
                        new Text.Plain("Use "),
                        new Text.Code("/tips set"),
                        new Text.Plain(" to start; tips are "),
                        new Text.Strong("on"),
                        new Text.Plain(", a * b and `c` stay as typed."));
    }

    @Test
    void plainTextDropsStructureAndTheBoundCountsWhatMayBeEscaped() {
        Text text = Text.builder()
                .plain("In ")
                .channel(42)
                .plain(" at ")
                .moment(60)
                .strong(" now")
                .build();

        assertThat(text.plainText()).isEqualTo("In #42 at 60 now");
        assertThat(Text.renderedLengthBound("a_b*c")).isEqualTo(7);
        assertThat(Text.plain("").isEmpty()).isTrue();
        assertThat(Text.lines(java.util.List.of(Text.plain("a"), Text.plain("b")))
                        .plainText())
                .isEqualTo("a\nb");
    }
}
