package studybot.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whitespace-separated tokens of a sentence and their cores (the token without surrounding punctuation). */
final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Words() {
    }

    /** The tokens of {@code text} split on whitespace. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : WHITESPACE.split(text.strip())) {
            if (!token.isEmpty()) {
                tokens.add(token);
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
