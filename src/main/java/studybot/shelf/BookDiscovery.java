package studybot.shelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.library.BookFiles;
import studybot.library.BookImport;
import studybot.library.LibraryException;

/**
 * Finds the shelf's books on disk. In the seeds folder each EPUB, PDF or Markdown file and each folder of HTML or
 * Markdown is one book ({@link BookFiles}); the seed {@code .txt} files, at any depth, are one book, as they always
 * were, so existing setups don't change, also beside other books. Uploaded books live in the data folder, one folder
 * per server ({@code books/<server id>/}), each entry one book.
 */
public final class BookDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(BookDiscovery.class);

    private final BookImport imports;

    public BookDiscovery(BookImport imports) {
        this.imports = imports;
    }

    /**
     * The seeds folder's books, by name; the folder itself when it is seed text. Seed {@code .txt} files beside other
     * books are one more book, after them, so adding an EPUB never drops the seed book; unless some of the {@code .txt}
     * files are inside one of those books, which seed text (read at any depth) would take in too: then it is left off
     * with one log line saying why.
     */
    public List<BookSource> seeds(Path seedsFolder) throws LibraryException {
        List<Path> books = BookFiles.in(seedsFolder, imports);
        BookSource seedText = new BookSource(seedsFolder, true, OptionalLong.empty());
        if (books.isEmpty()) {
            return List.of(seedText);
        }
        List<BookSource> found = new ArrayList<>();
        books.forEach(path -> found.add(new BookSource(path, false, OptionalLong.empty())));
        if (hasSeedTextBeside(seedsFolder, books)) {
            found.add(seedText);
        }
        return List.copyOf(found);
    }

    /** Whether {@code seedsFolder} holds {@code .txt} files outside {@code books}, and none inside them. */
    private static boolean hasSeedTextBeside(Path seedsFolder, List<Path> books) throws LibraryException {
        List<Path> inside = new ArrayList<>();
        List<Path> outside = new ArrayList<>();
        try {
            Path target = seedsFolder.toRealPath();
            List<Path> bookNames = books.stream().map(seedsFolder::relativize).toList();
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path file : walk.filter(
                                path -> path.getFileName().toString().endsWith(".txt"))
                        .filter(Files::isRegularFile)
                        .map(target::relativize)
                        .sorted()
                        .toList()) {
                    (bookNames.stream().anyMatch(file::startsWith) ? inside : outside).add(file);
                }
            }
        } catch (IOException e) {
            throw new LibraryException(
                    "cannotListSeeds", Map.of("folder", seedsFolder, "reason", String.valueOf(e.getMessage())));
        }
        if (!outside.isEmpty() && !inside.isEmpty()) {
            LOG.warn(
                    "Left the seed text of {} ({}) off the shelf: seed text is read at any depth, and {} is inside the"
                            + " book {}; move the .txt files to a folder of their own",
                    seedsFolder,
                    outside.get(0),
                    inside.get(0),
                    inside.get(0).getName(0));
            return false;
        }
        return !outside.isEmpty();
    }

    /** Every server's uploaded books under {@code uploadsFolder}, by server and name; none when it doesn't exist. */
    public List<BookSource> uploads(Path uploadsFolder) throws LibraryException {
        if (!Files.isDirectory(uploadsFolder)) {
            return List.of();
        }
        List<BookSource> found = new ArrayList<>();
        try (Stream<Path> servers = Files.list(uploadsFolder)) {
            for (Path server : servers.sorted().toList()) {
                String name = server.getFileName().toString();
                if (!Files.isDirectory(server) || !name.matches("\\d{1,20}")) {
                    continue;
                }
                long serverId = Long.parseUnsignedLong(name);
                try (Stream<Path> entries = Files.list(server)) {
                    entries.filter(entry -> !entry.getFileName().toString().startsWith("."))
                            .filter(imports::accepts)
                            .sorted()
                            .forEach(entry -> found.add(new BookSource(entry, false, OptionalLong.of(serverId))));
                }
            }
        } catch (IOException e) {
            throw new LibraryException(
                    "cannotListUploads", Map.of("folder", uploadsFolder, "reason", String.valueOf(e.getMessage())));
        }
        return found;
    }
}
