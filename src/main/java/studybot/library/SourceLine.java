package studybot.library;

import java.nio.file.Path;

/**
 * A line of a seed file, so that every complaint about the book can say exactly where to look. An imported book's
 * sections come from pages, not lines: their line is {@link #WHOLE_PAGE} and the file names the page and anchor.
 */
public record SourceLine(Path file, int line) {

    /** The line of a place that is a page or an anchor rather than a line. */
    public static final int WHOLE_PAGE = 0;

    /** A page or anchor of an imported book, such as {@code library/os.html#files}. */
    public static SourceLine page(String location) {
        return new SourceLine(Path.of(location), WHOLE_PAGE);
    }

    @Override
    public String toString() {
        return line == WHOLE_PAGE ? file.toString() : file + ":" + line;
    }
}
