package studybot.library.imports.pdf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the lines at some place on a page print a bookmark's title. Only letters and digits are compared, so case,
 * punctuation and a Sphinx "¶" don't matter; a title may wrap over a few lines; and the page may print a number or
 * label the bookmark leaves out ("Chapter 3" above "Replication"), or leave out one the bookmark has.
 */
final class HeadingMatch {

    /** The most lines one heading wraps over. */
    private static final int MAX_LINES = 4;

    private static final Pattern LABEL =
            Pattern.compile("(?:chapter|appendix|part|section)(?:\\d+|[a-z]|[ivxlc]+)?|\\d+|[a-z]\\d*");

    private HeadingMatch() {}

    /** How many lines from {@code start} (before {@code end}, on one page) print {@code title}; 0 when none. */
    static int lines(List<PageLine> lines, int start, int end, String title) {
        String wanted = letters(title);
        if (wanted.isEmpty()) {
            return 0;
        }
        StringBuilder seen = new StringBuilder();
        for (int i = start; i < end && i < start + MAX_LINES; i++) {
            PageLine line = lines.get(i);
            if (line.image() || line.page() != lines.get(start).page()) {
                return 0;
            }
            seen.append(letters(line.text()));
            String printed = seen.toString();
            if (printed.isEmpty()) {
                return 0;
            }
            if (same(printed, wanted)) {
                return i - start + 1;
            }
            if (printed.length() >= wanted.length() + 16) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean same(String printed, String wanted) {
        if (printed.equals(wanted)) {
            return true;
        }
        if (printed.endsWith(wanted)) {
            return LABEL.matcher(printed.substring(0, printed.length() - wanted.length()))
                    .matches();
        }
        if (wanted.endsWith(printed)) {
            return LABEL.matcher(wanted.substring(0, wanted.length() - printed.length()))
                    .matches();
        }
        return false;
    }

    static String letters(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
