package studybot.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The books in a seeds folder. The folder itself is one book when a generator wrote it (an HTML manual's
 * {@code index.html}, an mdBook's {@code SUMMARY.md}); otherwise each EPUB, PDF or Markdown file and each folder of
 * pages directly inside it is one book. A folder of {@code .txt} seed files alone, at any depth, holds no imported
 * book: it is the seed book, as it always was.
 */
public final class BookFiles {

    private static final List<String> GENERATED_BOOK_MARKS = List.of("index.html", "SUMMARY.md", "src/SUMMARY.md");

    private BookFiles() {}

    /** The imported books in {@code seedsFolder}, by name; empty when the folder is the seed text book. */
    public static List<Path> in(Path seedsFolder, BookImport imports) throws LibraryException {
        if (!Files.isDirectory(seedsFolder)) {
            throw new LibraryException("noSeedsFolder", Map.of("folder", seedsFolder));
        }
        boolean generated =
                GENERATED_BOOK_MARKS.stream().anyMatch(mark -> Files.isRegularFile(seedsFolder.resolve(mark)));
        if (generated && imports.accepts(seedsFolder)) {
            return List.of(seedsFolder);
        }
        try (Stream<Path> entries = Files.list(seedsFolder)) {
            return entries.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .filter(imports::accepts)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LibraryException(
                    "cannotListSeeds", Map.of("folder", seedsFolder, "reason", String.valueOf(e.getMessage())));
        }
    }
}
