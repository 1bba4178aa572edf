package studybot.search;

import java.text.Normalizer;
import java.util.regex.Pattern;
import studybot.reply.UserEcho;

/**
 * Recognises searches that look like an attempt to make the bot say something rather than to find something: mentions,
 * Discord markdown, or search-engine syntax, also once Unicode compatibility forms are folded (NFKC turns a full-width
 * {@code ＠everyone} into {@code @everyone}), and text with control or formatting characters (a bidi override such as
 * U+202E, NUL, an unpaired surrogate) that show differently from what they are. They are still answered (the text is
 * escaped and nothing can ping), but only to the asker, so the bot never repeats them to a whole channel. Plain
 * technical words such as {@code pub/sub} or {@code C++} are not suspicious.
 */
public final class SuspiciousQuery {

    private static final Pattern SUSPICIOUS =
            Pattern.compile("@|<[@#:a]|\\*\\*|__|~~|`|\\|\\||^>|\\b(AND|OR|NOT)\\b|\\w:\\S|[()\\[\\]{}\"^]|\\S[*~]");

    private SuspiciousQuery() {}

    public static boolean test(String query) {
        return query.codePoints().anyMatch(UserEcho::hidden)
                || SUSPICIOUS.matcher(query).find()
                || SUSPICIOUS
                        .matcher(Normalizer.normalize(query, Normalizer.Form.NFKC))
                        .find();
    }
}
