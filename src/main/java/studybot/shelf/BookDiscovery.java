package studybot.shelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import studybot.library.BookFiles;
import studybot.library.BookImport;
import studybot.library.LibraryException;

/**
 * Finds the shelf's books on disk. In the seeds folder each EPUB, PDF or Markdown file and each folder of HTML or
 * Markdown is one book ({@link BookFiles}); a seeds folder holding only seed {@code .txt} files, at any depth, is one
 * book, as it always was, so existing setups don't change. Uploaded books live in the data folder, one folder per
 * server ({@code books/<server id>/}), each entry one book.
 */
public final class BookDiscovery {

    private final BookImport imports;

    public BookDiscovery(BookImport imports) {
        this.imports = imports;
    }

    /** The seeds folder's books, by name; the folder itself when it is seed text. */
    public List<BookSource> seeds(Path seedsFolder) throws LibraryException {
        List<Path> books = BookFiles.in(seedsFolder, imports);
        if (books.isEmpty()) {
            return List.of(new BookSource(seedsFolder, true, OptionalLong.empty()));
        }
        return books.stream()
                .map(path -> new BookSource(path, false, OptionalLong.empty()))
                .toList();
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
