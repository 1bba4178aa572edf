package studybot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import studybot.discord.DiscordText;

class UserEchoTest {

    @Test
    void mentionsAndMarkdownCannotFormOrPing() {
        String echoed = DiscordText.markdown(Text.plain(UserEcho.of("@everyone <@&123> **x**", 60)));

        assertThat(echoed)
                .doesNotContain("@everyone")
                .doesNotContain("<@&")
                .doesNotContain("**")
                .contains("\\*\\*x\\*\\*");
    }

    @Test
    void hiddenCharactersShowAsReplacementCharacters() {
        assertThat(UserEcho.of("a\u202Eb\u0000c\uD800d\u200Be", 60)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    }

    @Test
    void emojiJoinedByZeroWidthJoinersAreShownWhole() {
        String joined = "👩‍💻 👨‍👩‍👧 🏳️‍🌈 👍🏽";

        assertThat(UserEcho.of(joined, 60)).isEqualTo(joined);
        assertThat(UserEcho.of("a\u200Db 👩\u200D", 60))
                .as("a joiner between letters, or at the end")
                .isEqualTo("a\uFFFDb 👩\uFFFD");
    }

    @Test
    void isCutToTheLength() {
        assertThat(UserEcho.of("word ".repeat(40), 20)).hasSizeLessThanOrEqualTo(20);
    }
}
