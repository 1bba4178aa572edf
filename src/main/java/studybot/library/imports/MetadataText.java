package studybot.library.imports;

/**
 * A title or author as a book's file gives it, made fit to show: a file may hold anything there (bidi overrides that
 * reverse the text around them, NUL, zero-width characters, line breaks, a million characters). Control and format
 * characters go, every run of white space becomes one space, and the rest is cut to {@link #MAX_LENGTH} characters with
 * an ellipsis. Markdown and mentions are left as they are: every renderer escapes book text.
 */
public final class MetadataText {

    /** The most characters of a title or author kept; real titles are far shorter. */
    public static final int MAX_LENGTH = 200;

    private static final String ELLIPSIS = "…";

    private MetadataText() {}

    /** {@code raw} cleaned and cut; empty text stays empty. */
    public static String clean(String raw) {
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), MAX_LENGTH * 2));
        int kept = 0;
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = clean.length() > 0;
            } else if (!hidden(cp)) {
                if (kept + (space ? 2 : 1) > MAX_LENGTH) {
                    return cut(clean);
                }
                if (space) {
                    clean.append(' ');
                    kept++;
                    space = false;
                }
                clean.appendCodePoint(cp);
                kept++;
            }
        }
        return clean.toString();
    }

    /** {@code kept}, which more characters would take past {@link #MAX_LENGTH}, cut to end in an ellipsis. */
    private static String cut(StringBuilder kept) {
        int end = kept.offsetByCodePoints(0, Math.min(MAX_LENGTH - 1, kept.codePointCount(0, kept.length())));
        return kept.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
