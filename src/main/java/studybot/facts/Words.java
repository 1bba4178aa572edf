package studybot.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whitespace-separated tokens of a sentence and their cores (the token without surrounding punctuation), and its
 * lower-case words ({@link #plain}, {@link #marked}).
 */
final class Words {

    /** What the regular expression {@code \s} matches: the separators of tokens. */
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private Words() {}

    /** Whether two lower-case words are one word, or its plural in "-s" or "-es" ("file", "files"; "box", "boxes"). */
    static boolean sameWord(String a, String b) {
        return a.equals(b) || a.equals(b + "s") || b.equals(a + "s") || a.equals(b + "es") || b.equals(a + "es");
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

    /** Where the token starting at {@code start} of {@code text} ends (the next whitespace, or the end). */
    static int tokenEnd(String text, int start) {
        int end = start;
        while (end < text.length() && WHITESPACE.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Where the next token starts at or after {@code from} ({@code text.length()} when there is none). */
    static int nextTokenStart(String text, int from) {
        int start = from;
        while (start < text.length() && WHITESPACE.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    /** How many {@link #tokens} {@code text} has, without making them. */
    static int count(String text) {
        String stripped = text.strip();
        int count = 0;
        boolean inToken = false;
        for (int i = 0; i < stripped.length(); i++) {
            boolean separator = WHITESPACE.indexOf(stripped.charAt(i)) >= 0;
            if (!separator && !inToken) {
                count++;
            }
            inToken = !separator;
        }
        return count;
    }

    /** The first of {@link #tokens}, without splitting the rest; {@code text} must have a token. */
    static String firstToken(String text) {
        String stripped = nonBlank(text);
        int end = 0;
        while (end < stripped.length() && WHITESPACE.indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return stripped.substring(0, end);
    }

    /** The last of {@link #tokens}, without splitting the rest; {@code text} must have a token. */
    static String lastToken(String text) {
        String stripped = nonBlank(text);
        int start = stripped.length();
        while (start > 0 && WHITESPACE.indexOf(stripped.charAt(start - 1)) < 0) {
            start--;
        }
        return stripped.substring(start);
    }

    private static String nonBlank(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IndexOutOfBoundsException("no token in a blank text");
        }
        return stripped;
    }

    /** {@code text} with every run of whitespace (what {@code \s+} matches) replaced by one space. */
    static String collapsed(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean inWhitespace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean whitespace = WHITESPACE.indexOf(c) >= 0;
            if (!whitespace) {
                result.append(c);
            } else if (!inWhitespace) {
                result.append(' ');
            }
            inWhitespace = whitespace;
        }
        return result.toString();
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

    /**
     * Lower-case words of letters and digits, keeping the dots, hyphens and underscores inside a name
     * ("requirements.txt", "File::open") and the apostrophes inside a word; every other mark is a word of its own
     * ({@link #mark}), where a phrase or a clause may end.
     */
    static List<String> marked(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean joinsAName = ".-_':".indexOf(c) >= 0
                    && word.length() > 0
                    && i + 1 < lower.length()
                    && (Character.isLetterOrDigit(lower.charAt(i + 1)) || c == ':' && lower.charAt(i + 1) == ':');
            if (Character.isLetterOrDigit(c) || joinsAName) {
                word.append(c);
            } else {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    words.add(String.valueOf(c));
                }
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Whether a word of {@link #marked} is a mark rather than a word. */
    static boolean mark(String word) {
        return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0));
    }

    /** The text in lower case with curly single quotes made straight ("Don’t" gives "don't"). */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /**
     * Lower-case words: letters, digits and apostrophes; anything else separates (unlike {@link #marked}, marks are no
     * words and dots split names).
     */
    static List<String> plain(String lower) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length()
                    && (Character.isLetterOrDigit(lower.charAt(i)) || lower.charAt(i) == '\'' && start >= 0);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The token without the commas, semicolons, colons and full stops it ends with. */
    static String withoutTrailingPunctuation(String token) {
        int end = token.length();
        while (end > 0 && ",;:.".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }
}
