package studybot.discord;

import java.time.Instant;
import net.dv8tion.jda.api.utils.TimeFormat;
import studybot.reply.DiscordMarkdown;
import studybot.reply.Text;

/**
 * Writes structured text as Discord markdown: plain runs escaped (so book and user text can neither reformat a message
 * nor form a mention), emphasis in bold, code in backticks, channels as {@code <#id>}, moments as timestamps every
 * reader sees in their own timezone (JDA's {@link TimeFormat}); a book's code listing as a fenced code block. The
 * escaping stays studybot's own ({@link DiscordMarkdown}): JDA's {@code MarkdownSanitizer} leaves backslashes,
 * headings, mid-line quotes and mentions as they are.
 */
public final class DiscordText {

    private DiscordText() {}

    public static String markdown(Text text) {
        StringBuilder out = new StringBuilder();
        for (Text.Span span : text.spans()) {
            if (span instanceof Text.Plain plain) {
                out.append(DiscordMarkdown.escape(plain.text()));
            } else if (span instanceof Text.Strong strong) {
                out.append("**").append(DiscordMarkdown.escape(strong.text())).append("**");
            } else if (span instanceof Text.Code code) {
                out.append('`').append(code.text().replace('`', '\'')).append('`');
            } else if (span instanceof Text.CodeBlock block) {
                out.append("```\n")
                        .append(block.text().replace("```", "``\u200b`"))
                        .append("\n```");
            } else if (span instanceof Text.Link link) {
                out.append('[')
                        .append(DiscordMarkdown.escape(link.label()))
                        .append("](")
                        .append(link.url())
                        .append(')');
            } else if (span instanceof Text.Day day) {
                out.append(TimeFormat.DATE_LONG.format(Instant.ofEpochSecond(day.epochSecond())));
            } else if (span instanceof Text.Member member) {
                out.append("<@").append(Long.toUnsignedString(member.userId())).append('>');
            } else if (span instanceof Text.Channel channel) {
                out.append("<#").append(Long.toUnsignedString(channel.id())).append('>');
            } else {
                Instant at = Instant.ofEpochSecond(((Text.Moment) span).epochSecond());
                out.append(TimeFormat.DATE_TIME_LONG.format(at))
                        .append(" (")
                        .append(TimeFormat.RELATIVE.format(at))
                        .append(')');
            }
        }
        return out.toString();
    }
}
