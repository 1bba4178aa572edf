package studybot.reply;

/**
 * Makes book text and echoed user text safe to put into a reply that Discord renders as markdown. Without it a stray
 * {@code *} or {@code _} in the book reformats the rest of a page (or pairs up with the bold an excerpt adds around
 * matches), and a typed {@code @everyone} could ping a whole server when a renderer puts the text into a message.
 */
public final class DiscordMarkdown {

    private static final String ALWAYS_ESCAPED = "\\*_~`|>";
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private DiscordMarkdown() {
    }

    /**
     * Backslash-escapes {@code \ * _ ~ ` | >} everywhere and {@code #} at the start of a line (a heading), and puts a
     * zero-width space after every {@code @} so no mention ({@code @everyone}, {@code <@123>}) can form.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, 0, text.length(), false);
        return out.toString();
    }

    /**
     * Appends {@code text[start, end)} escaped as {@link #escape} does; with {@code collapseWhitespace}, every run of
     * whitespace becomes one space (for excerpts, which show a passage on one line).
     */
    public static void appendEscaped(StringBuilder out, CharSequence text, int start, int end,
                                     boolean collapseWhitespace) {
        boolean lineStart = true;
        boolean inWhitespace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (collapseWhitespace && Character.isWhitespace(c)) {
                if (!inWhitespace) {
                    out.append(' ');
                }
                inWhitespace = true;
                continue;
            }
            inWhitespace = false;
            if (ALWAYS_ESCAPED.indexOf(c) >= 0 || (c == '#' && lineStart)) {
                out.append('\\');
            }
            out.append(c);
            if (c == '@') {
                out.append(ZERO_WIDTH_SPACE);
            }
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
        }
    }
}
