package studybot.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A section's identity that outlives its number: a hash of its title path (chapter, parent sections, its own title) and
 * a hash of its opening words. What a member marked read, or where a plan stands, is stored with it, so a reload that
 * inserts a section and renumbers the rest moves the mark with its section instead of leaving it on whatever now
 * carries the old number. Two halves, so a section keeps its identity when either its title or its opening is edited,
 * though not both.
 *
 * @param title 12 hex digits of the normalised title path
 * @param opening 12 hex digits of the normalised opening words
 */
public record SectionKey(String title, String opening) {

    private static final Pattern HALF = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Enough opening words to tell sections apart, few enough that editing later text keeps the key. */
    private static final int OPENING_WORDS = 16;

    public SectionKey {
        if (title == null
                || !HALF.matcher(title).matches()
                || opening == null
                || !HALF.matcher(opening).matches()) {
            throw new IllegalArgumentException("a section key is two 12-digit hex hashes: " + title + "." + opening);
        }
    }

    /** The key of {@code section} in {@code library}, whose titles make its path. */
    public static SectionKey of(Library library, Section section) {
        StringBuilder path = new StringBuilder();
        library.chapterTitle(section.number().chapter())
                .ifPresent(chapter -> path.append(chapter).append(" > "));
        Optional<SectionNumber> parent = section.number().parent();
        StringBuilder ancestors = new StringBuilder();
        while (parent.isPresent()) {
            library.find(parent.get()).ifPresent(found -> ancestors.insert(0, found.title() + " > "));
            parent = parent.get().parent();
        }
        path.append(ancestors).append(section.title());
        String[] words = normalise(section.body()).split(" ");
        String opening = String.join(" ", Arrays.copyOf(words, Math.min(words.length, OPENING_WORDS)));
        return new SectionKey(hash(normalise(path.toString())), hash(opening));
    }

    /** A stored key, as {@link #toString()} wrote it; empty for anything else (rows written before keys existed). */
    public static Optional<SectionKey> parse(String stored) {
        if (stored == null || stored.length() != 25 || stored.charAt(12) != '.') {
            return Optional.empty();
        }
        String title = stored.substring(0, 12);
        String opening = stored.substring(13);
        return HALF.matcher(title).matches() && HALF.matcher(opening).matches()
                ? Optional.of(new SectionKey(title, opening))
                : Optional.empty();
    }

    /** {@code title.opening}, 25 characters: the stored form. */
    @Override
    public String toString() {
        return title + "." + opening;
    }

    private static String normalise(String text) {
        return NOT_WORDS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
