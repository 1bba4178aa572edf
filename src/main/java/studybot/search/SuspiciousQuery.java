package studybot.search;

import java.util.regex.Pattern;

/**
 * Recognises searches that look like an attempt to make the bot say something rather than to find something:
 * mentions, Discord markdown, or search-engine syntax. They are still answered (the text is escaped and nothing
 * can ping), but only to the asker, so the bot never repeats them to a whole channel. Plain technical words such
 * as {@code pub/sub} or {@code C++} are not suspicious.
 */
public final class SuspiciousQuery {

    private static final Pattern SUSPICIOUS = Pattern.compile(
            "@|<[@#:a]|\\*\\*|__|~~|`|\\|\\||^>|\\b(AND|OR|NOT)\\b|\\w:\\S|[()\\[\\]{}\"^]|\\S[*~]");

    private SuspiciousQuery() {
    }

    public static boolean test(String query) {
        return SUSPICIOUS.matcher(query).find();
    }
}
