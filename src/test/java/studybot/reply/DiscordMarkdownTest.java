package studybot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscordMarkdownTest {

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '"',
            value = {
                "plain text, no change => plain text, no change",
                "**bold** and __under__ => \\*\\*bold\\*\\* and \\_\\_under\\_\\_",
                "~~gone~~ `code` ||spoiler|| => \\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|",
                "> quote, a > b => \\> quote, a \\> b",
                "a\\b => a\\\\b",
                "# Heading => \\# Heading",
                "C# and #hashtag => C# and #hashtag",
                "@everyone hi => @\u200Beveryone hi",
                "<@123> and <@&456> => <@\u200B123\\> and <@\u200B&456\\>"
            })
    void escapesMarkdownAndNeutralisesMentions(String text, String escaped) {
        assertThat(DiscordMarkdown.escape(text)).isEqualTo(escaped);
    }

    @Test
    void escapesHeadingsOnLaterLines() {
        assertThat(DiscordMarkdown.escape("first\n# second")).isEqualTo("first\n\\# second");
        assertThat(DiscordMarkdown.escape("x\n  ## y")).isEqualTo("x\n  \\## y");
    }
}
