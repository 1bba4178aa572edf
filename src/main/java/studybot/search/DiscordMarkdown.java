package studybot.search;

/**
 * Makes book text literal in Discord markdown. The book may contain {@code *}, {@code _} or backticks of its own;
 * escaped first, they can't pair up with each other or with the bold markers an excerpt adds around matches.
 */
public final class DiscordMarkdown {

    private static final String SPECIAL = "\\*_~`|>";

    private DiscordMarkdown() {
    }

    /** {@code text} with every markdown character escaped and every run of whitespace made one space. */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendEscaped(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text[start, end)} escaped and with whitespace runs collapsed to one space. */
    static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
        boolean inWhitespace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inWhitespace) {
                    out.append(' ');
                }
                inWhitespace = true;
                continue;
            }
            inWhitespace = false;
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
