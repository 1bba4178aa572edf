package studybot.shelf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where one book of the shelf is read from.
 *
 * @param path the file or folder
 * @param seedText whether it is a folder of seed {@code .txt} files (the book format studybot started with)
 * @param owner the server that uploaded it; empty for the seeds folder's books, which every server shares
 */
public record BookSource(Path path, boolean seedText, OptionalLong owner) {

    public BookSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(owner, "owner");
    }

    /** The file or folder name, e.g. {@code rust-book.epub}. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** The file name without its extension, e.g. {@code rust-book}: the id of a book with no identifier or alias. */
    public String baseName() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !Files.isDirectory(path) ? name.substring(0, dot) : name;
    }
}
