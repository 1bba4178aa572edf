package studybot.reply;

/**
 * Makes book text and echoed user text safe to put into a reply that Discord renders as markdown. Without it a stray
 * {@code *} or {@code _} in the book reformats the rest of a page (or pairs up with the bold an excerpt adds around
 * matches), and a typed {@code @everyone} could ping a whole server when a renderer puts the text into a message.
 */
public final class DiscordMarkdown {

    private static final String ALWAYS_ESCAPED = "\\*_~`|>";
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private DiscordMarkdown() {}

    /**
     * Backslash-escapes {@code \ * _ ~ ` | >} everywhere and {@code #} at the start of a line (a heading), and puts a
     * zero-width space after every {@code @} so no mention ({@code @everyone}, {@code <@123>}) can form.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (c == '#' && lineStart)) {
                out.append('\\');
            }
            out.append(c);
            if (c == '@') {
                out.append(ZERO_WIDTH_SPACE);
            }
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
        }
        return out.toString();
    }
}
