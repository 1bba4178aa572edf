package studybot.shelf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a book is called in commands, choices and members' data: lower-case letters, digits and dashes, at most
 * {@link #MAX_LENGTH} characters. It comes from the book's own identifier, an operator's alias or the file name, never
 * from where the file happens to sit, so it stays the same across restarts and renames.
 */
public record BookId(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public BookId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a book id: " + value);
        }
    }

    /** {@code text} made into an id: accents dropped, anything else than letters and digits a dash. */
    public static BookId slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        String trimmed = trimDashes(plain);
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimDashes(trimmed.substring(0, MAX_LENGTH));
        }
        return new BookId(trimmed.isEmpty() ? "book" : trimmed);
    }

    /** Whether {@code text} is a valid id as it stands (what a command or a button may carry). */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^-+", "").replaceAll("-+$", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
