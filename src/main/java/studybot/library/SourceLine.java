package studybot.library;

import java.nio.file.Path;

/**
 * A line of a seed file, so that every complaint about the book can say exactly where to look. An imported book's
 * sections come from pages, not lines: their line is {@link #WHOLE_PAGE} and the file names the page and anchor.
 *
 * <p>The file is kept as text, never as a {@link Path}: a page or anchor inside a book ({@code ch002.xhtml#über}) is
 * not a file of this machine, and {@code Path.of} refuses any name the JVM's file-name charset can't encode (ASCII
 * where no {@code LANG} is set, as under a bare service manager).
 */
public record SourceLine(String file, int line) {

    /** The line of a place that is a page or an anchor rather than a line. */
    public static final int WHOLE_PAGE = 0;

    /** Line {@code line} of the seed file {@code file}. */
    public SourceLine(Path file, int line) {
        this(file.toString(), line);
    }

    /** A page or anchor of an imported book, such as {@code library/os.html#files}. */
    public static SourceLine page(String location) {
        return new SourceLine(location, WHOLE_PAGE);
    }

    @Override
    public String toString() {
        return line == WHOLE_PAGE ? file : file + ":" + line;
    }
}
