package studybot.library;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The real seed book and small hand-made books, for any test that needs a book. */
public final class TestBooks {

    /** When every test book was loaded, so that books made in different tests compare equal. */
    public static final Instant LOADED = Instant.parse("2026-11-26T10:00:00Z");

    private TestBooks() {}

    /** The seed book in {@code seeds/}, as the bot loads it (tests run from the project folder). */
    public static Library seed() {
        try {
            return new LibraryLoader(new SeedParser(), Clock.fixed(LOADED, ZoneOffset.UTC)).load(Path.of("seeds"));
        } catch (LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A book of the given sections, numbered 1.1, 1.2, … in order; each is {title, paragraph, paragraph…}. */
    public static Library of(List<List<String>> sections) {
        List<Section> made = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            List<String> parts = sections.get(i);
            made.add(new Section(
                    new SectionNumber(1, i + 1),
                    parts.get(0),
                    parts.subList(1, parts.size()),
                    new SourceLine(Path.of("test.txt"), i + 1)));
        }
        return new Library(made, LOADED);
    }
}
