package studybot.quiz;

/**
 * A cheap test that rules out a case-insensitive regular expression before it runs. The masks and blanks match a quoted
 * literal with {@code CASE_INSENSITIVE | UNICODE_CASE}, which compares {@code toLowerCase(toUpperCase(c))} of each
 * character; {@link String#regionMatches(boolean, int, String, int, int)} with {@code ignoreCase} accepts every such
 * pair of characters (and more), so where it finds no occurrence the pattern cannot match either. Checked only for an
 * ASCII literal, where that holds without exceptions; any other literal is left to the pattern. An ASCII character can
 * only match itself in the other case or a non-ASCII one (the Kelvin sign, the long s, dotted and dotless i), so only
 * positions starting with one of those are compared in full.
 */
final class CaseInsensitive {

    private CaseInsensitive() {}

    /** False only when {@code text} certainly has no case-insensitive occurrence of {@code literal}. */
    static boolean mayContain(String text, String literal) {
        if (!ascii(literal)) {
            return true;
        }
        if (literal.isEmpty()) {
            return true;
        }
        char lower = Character.toLowerCase(literal.charAt(0));
        char upper = Character.toUpperCase(literal.charAt(0));
        for (int at = 0; at + literal.length() <= text.length(); at++) {
            char c = text.charAt(at);
            boolean mayStart = c == lower || c == upper || c >= 0x80;
            if (mayStart && text.regionMatches(true, at, literal, 0, literal.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (literal.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
