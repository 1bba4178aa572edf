package studybot.library;

import java.nio.file.Path;

/** A line of a seed file, so that every complaint about the book can say exactly where to look. */
public record SourceLine(Path file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
