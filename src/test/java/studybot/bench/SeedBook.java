package studybot.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedParser;

/** The real seed book from {@code seeds/}, loaded the way the bot loads it (run from the project folder). */
final class SeedBook {

    static final Path FOLDER = Path.of("seeds");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private SeedBook() {
    }

    static Library load() {
        try {
            return new LibraryLoader(new SeedParser(), CLOCK).load(FOLDER);
        } catch (LibraryException e) {
            throw new IllegalStateException("benchmarks run from the project folder, next to seeds/: "
                    + e.getMessage(), e);
        }
    }
}
