package studybot.logging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks interaction and webhook tokens in text bound for a log. An interaction token lets anyone answer (or edit the
 * answer to) that interaction for 15 minutes, a webhook token lets anyone post through the webhook; JDA writes both
 * into its error reports, as a {@code "token"} field of the payload it failed on or as a path segment of a request
 * route ({@code interactions/ID/TOKEN/callback}, {@code webhooks/ID/TOKEN}).
 */
public final class TokenMask {

    /** What a token is replaced with. */
    public static final String MASK = "<token>";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(\"(?:token|access_token)\"\\s*:\\s*\")[^\"]*(\")"), "$1" + MASK + "$2"),
            new Rule(Pattern.compile("((?:interactions|webhooks)/\\d+/)[^/\\s\"'?#)]+"), "$1" + MASK),
            new Rule(Pattern.compile("(\\btoken=)[^,\\s)}\\]&]+"), "$1" + MASK));

    private TokenMask() {}

    /** {@code text} with every token replaced by {@link #MASK}; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || !text.contains("token") && !text.contains("interactions/") && !text.contains("webhooks/")) {
            return text;
        }
        String masked = text;
        for (Rule rule : RULES) {
            masked = rule.pattern().matcher(masked).replaceAll(rule.replacement());
        }
        return masked;
    }

    private record Rule(Pattern pattern, String replacement) {}
}
