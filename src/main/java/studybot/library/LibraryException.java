package studybot.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.i18n.WordedException;
import studybot.i18n.Wording;

/**
 * The seeds can't be made into a book. The message names the file and line to fix, because the person reading it is
 * whoever edits the seeds, not a Java developer. It is kept as a {@link Wording} of the library's bundle, so the
 * operator's log reads English ({@link #getMessage()}) while a member who uploaded the book reads it in their language.
 */
public final class LibraryException extends WordedException {

    private static final Texts TEXTS = Texts.load("library");

    /**
     * @param key the refusal's text in the library's bundle, {@code refusal.<key>}
     * @param arguments its named arguments: paths, limits and the reasons of lower layers, as they are
     */
    public LibraryException(String key, Map<String, ?> arguments) {
        super(new Wording(TEXTS, "refusal." + key, arguments));
    }

    /** {@code file} could not be read: the reason is the system's own words. */
    public static LibraryException cannotRead(Path file, IOException cause) {
        return new LibraryException("cannotRead", Map.of("file", file, "reason", String.valueOf(cause.getMessage())));
    }

    /**
     * {@code file} is over its limit, refused before it is read.
     *
     * @param key the refusal's key, whose text takes {@code file}, {@code size} and {@code limit} (bytes)
     */
    public static LibraryException tooBig(String key, Path file, long size, long limit) {
        return new LibraryException(
                key, Map.of("file", file, "size", String.valueOf(size), "limit", String.valueOf(limit)));
    }
}
