package studybot.tip;

import java.util.Objects;
import studybot.library.SectionNumber;

/**
 * A short study tip that stands on its own, with the section it was drawn from so readers can go and read more.
 * {@code id} is stable across reloads while the tip's text is unchanged, so a server's place in its rotation survives
 * edits elsewhere in the book.
 */
public record Tip(String id, String text, SectionNumber source) {

    public Tip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
