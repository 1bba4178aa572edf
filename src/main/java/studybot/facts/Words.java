package studybot.facts;

import java.util.ArrayList;
import java.util.List;

/** Whitespace-separated tokens of a sentence and their cores (the token without surrounding punctuation). */
final class Words {

    /** What the regular expression {@code \s} matches: the separators of tokens. */
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private Words() {
    }

    /** The tokens of {@code text} split on whitespace (space, tab, line feed, vertical tab, form feed, return). */
    static List<String> tokens(String text) {
        String stripped = text.strip();
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= stripped.length(); i++) {
            boolean separator = i == stripped.length() || WHITESPACE.indexOf(stripped.charAt(i)) >= 0;
            if (separator && start >= 0) {
                tokens.add(stripped.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    /** The token without leading and trailing punctuation and quotes: {@code “channel,”} gives {@code channel}. */
    static String core(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return token.substring(start, end);
    }

    static boolean capitalised(String core) {
        return !core.isEmpty() && Character.isUpperCase(core.codePointAt(0));
    }

    static boolean lowercase(String core) {
        return !core.isEmpty() && Character.isLowerCase(core.codePointAt(0));
    }

    /** Whether the token ends in a mark that continues a sentence ({@code , ; :}) rather than a title. */
    static boolean endsWithClausePunctuation(String token) {
        return token.endsWith(",") || token.endsWith(";") || token.endsWith(":");
    }
}
