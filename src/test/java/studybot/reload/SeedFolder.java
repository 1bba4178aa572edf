package studybot.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedParser;

/** A seeds folder the test edits, and the real loader and binder over it. */
final class SeedFolder {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final Path root;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final LibraryLoader loader = new LibraryLoader(new SeedParser(), clock);
    final BookBinder binder =
            new BookBinder(new CacheConfig(1000, 600, true), new SearchConfig(5, false), new KeyFactExtractor());

    SeedFolder(Path root) {
        this.root = root;
    }

    Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String name) {
        try {
            Files.delete(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The book as the folder is now, being served. */
    CurrentBook serve() throws LibraryException {
        return new CurrentBook(bind());
    }

    Book bind() throws LibraryException {
        return binder.bind(loader.load(root));
    }

    BookReloader reloader(CurrentBook current) {
        return new BookReloader(root, loader::load, binder, current, clock);
    }

    /** Seed text for sections written {@code "20.4 Title"} followed by their one-paragraph bodies. */
    static String seed(String... headingsAndBodies) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < headingsAndBodies.length; i += 2) {
            text.append(headingsAndBodies[i])
                    .append("\n\n")
                    .append(headingsAndBodies[i + 1])
                    .append("\n\n");
        }
        return text.toString();
    }
}
