package studybot.section;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What people type, from a Discord option or a console line, made comparable (full-width and other-script digits become
 * ASCII, odd spaces become one space) and screened for what can't be looked up, before anyone parses it.
 */
final class UserText {

    static final int MAX_LENGTH = 100;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CUSTOM_EMOJI = Pattern.compile("<a?:\\w+:\\d+>");
    private static final String MARKDOWN = "*_~`|>\\";
    /**
     * An underscore between two letters or digits joins an identifier ({@code pam_unix}, {@code PAM_ITEMs}), which
     * Discord shows as typed; only one that opens or closes a word ({@code _replication_}) is markdown.
     */
    private static final Pattern IDENTIFIER_UNDERSCORE = Pattern.compile("(?<=[\\p{L}\\p{N}])_(?=[\\p{L}\\p{N}])");

    private UserText() {}

    /** Trimmed, NFKC-normalised, digits in ASCII, whitespace runs as one space. */
    static String normalized(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /**
     * The first reason {@code raw} can't be looked up, if any. Tabs and line breaks count as spaces; other control and
     * invisible formatting characters do not.
     */
    static Optional<InputProblem> problemIn(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(InputProblem.EMPTY);
        }
        if (raw.strip().length() > MAX_LENGTH) {
            return Optional.of(InputProblem.TOO_LONG);
        }
        String text = normalized(raw);
        if (CUSTOM_EMOJI.matcher(text).find()) {
            return Optional.of(InputProblem.EMOJI);
        }
        return IDENTIFIER_UNDERSCORE
                .matcher(text)
                .replaceAll("")
                .codePoints()
                .mapToObj(UserText::problemWith)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<InputProblem> problemWith(int cp) {
        int type = Character.getType(cp);
        if (type == Character.OTHER_SYMBOL
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || cp == 0x20E3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return Optional.of(InputProblem.EMOJI);
        }
        if (type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return Optional.of(InputProblem.CONTROL_CHARACTERS);
        }
        if (cp == '@') {
            return Optional.of(InputProblem.MENTION);
        }
        if (MARKDOWN.indexOf(cp) >= 0) {
            return Optional.of(InputProblem.MARKDOWN);
        }
        return Optional.empty();
    }
}
