package studybot.reply;

/**
 * What a user typed, made safe to repeat back in a reply: cut to a length, and control, formatting (bidi overrides
 * such as U+202E, zero-width characters) and unpaired surrogate characters shown as U+FFFD. It is plain text for a
 * {@link Text}: each renderer escapes it (Discord: {@link DiscordMarkdown#escape}), so it can neither format the reply
 * nor ping anyone.
 */
public final class UserEcho {

    private static final int REPLACEMENT = 0xFFFD;

    private UserEcho() {
    }

    /** {@code typed} cut to {@code maxLength} characters, hidden characters made visible. */
    public static String of(String typed, int maxLength) {
        StringBuilder visible = new StringBuilder(typed.length());
        WordCut.toLength(typed, maxLength).codePoints()
                .map(cp -> hidden(cp) ? REPLACEMENT : cp)
                .forEach(visible::appendCodePoint);
        return visible.toString();
    }

    /** True for characters that change how the text around them shows, or show as nothing. */
    public static boolean hidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
