package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import studybot.reply.Text;

/** Structure as Discord markdown: book and user text escaped, everything else in Discord's own syntax. */
class DiscordTextTest {

    @Test
    void plainTextIsEscapedAndStructureIsMarkedUp() {
        Text text = Text.builder()
                .plain("@everyone *hi* ")
                .strong("__init__")
                .plain(" ")
                .code("/tips `set`")
                .plain(" in ")
                .channel(5)
                .plain(" at ")
                .moment(60)
                .plain(" ")
                .link("a [b]", "https://x.y/z")
                .build();

        assertThat(DiscordText.markdown(text))
                .isEqualTo("@\u200Beveryone \\*hi\\* **\\_\\_init\\_\\_** `/tips 'set'`"
                        + " in <#5> at <t:60:F> (<t:60:R>) [a [b]](https://x.y/z)");
    }
}
