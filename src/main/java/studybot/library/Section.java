package studybot.library;

import java.util.List;
import java.util.Objects;

/**
 * One section of the book exactly as the seed file has it: the number and title from the heading line and the
 * body's paragraphs in order. {@code origin} says where it came from so errors can name the file and line.
 */
public record Section(SectionNumber number, String title, List<String> paragraphs, SourceLine origin) {

    public Section {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(origin, "origin");
    }

    /** The heading as readers see it: {@code 20.4 Replication Groups: Primary Node and Read Replicas}. */
    public String heading() {
        return number + " " + title;
    }

    /** The body with paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
