package studybot.reply;

/**
 * What a user typed, made safe to repeat back in a reply: cut to a length, and control, formatting (bidi overrides such
 * as U+202E, zero-width characters) and unpaired surrogate characters shown as U+FFFD, except the zero-width joiner
 * inside an emoji sequence (👩‍💻), which is part of the emoji. It is plain text for a {@link Text}: each renderer
 * escapes it (Discord: {@link DiscordMarkdown#escape}), so it can neither format the reply nor ping anyone.
 */
public final class UserEcho {

    private static final int REPLACEMENT = 0xFFFD;
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;

    /** The most characters of what a user typed that a reply repeats, unless a command has a reason for fewer. */
    public static final int LENGTH = 60;

    private UserEcho() {}

    /** {@code typed} without surrounding spaces, cut to {@link #LENGTH}, hidden characters made visible. */
    public static String of(String typed) {
        return of(typed.strip(), LENGTH);
    }

    /** {@link #of(String)} escaped as an argument of studybot's own markup ({@link Text#markup}). */
    public static String literal(String typed) {
        return Text.literal(of(typed));
    }

    /** {@code typed} cut to {@code maxLength} characters, hidden characters made visible. */
    public static String of(String typed, int maxLength) {
        int[] codePoints = WordCut.toLength(typed, maxLength).codePoints().toArray();
        StringBuilder visible = new StringBuilder(typed.length());
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            boolean joinsEmoji = cp == ZERO_WIDTH_JOINER
                    && emojiBefore(codePoints, i)
                    && i + 1 < codePoints.length
                    && Character.getType(codePoints[i + 1]) == Character.OTHER_SYMBOL;
            visible.appendCodePoint(hidden(cp) && !joinsEmoji ? REPLACEMENT : cp);
        }
        return visible.toString();
    }

    /** Whether an emoji ends just before {@code at}, after its presentation selector or skin tone if any. */
    private static boolean emojiBefore(int[] codePoints, int at) {
        int i = at - 1;
        while (i >= 0
                && (codePoints[i] == EMOJI_PRESENTATION
                        || Character.getType(codePoints[i]) == Character.MODIFIER_SYMBOL)) {
            i--;
        }
        return i >= 0 && Character.getType(codePoints[i]) == Character.OTHER_SYMBOL;
    }

    /** True for characters that change how the text around them shows, or show as nothing. */
    public static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }
}
