package studybot.library.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import studybot.library.imports.ImportLimits;

/**
 * Everything reading a book depends on, hashed: the bytes of every file of the book (with its path and size), where the
 * book is, the reading settings that apply to it, the import limits, the build of the code that reads books and the
 * snapshot layout's version. Two readings with the same key produce the same book, so a snapshot kept under it may
 * stand in for parsing. Hashing a megabyte of HTML takes a few milliseconds, against a second to parse it.
 *
 * @param hex 64 lower-case hex digits of a SHA-256
 */
public record SnapshotKey(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public SnapshotKey {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a snapshot key is 64 hex digits");
        }
    }

    /**
     * The key of the book at {@code book} (a file, or a folder of files, or a link to either) read with
     * {@code settings}.
     *
     * @param settings the reading settings that apply to this book, in a fixed order (its alias, its language)
     * @throws IOException when a file of the book cannot be read, or the book holds more bytes than an import unpacks
     */
    public static SnapshotKey of(Path book, List<String> settings, ImportLimits limits, ImporterBuild build)
            throws IOException {
        MessageDigest sha = ImporterBuild.sha256();
        text(sha, "format " + SnapshotCodec.VERSION);
        sha.update(build.digest());
        text(sha, book.toAbsolutePath().normalize().toString());
        text(
                sha,
                "limits " + limits.maxFileBytes() + " " + limits.maxUnpackedBytes() + " " + limits.maxEntryBytes() + " "
                        + limits.maxEntries() + " " + limits.maxTextChars() + " " + limits.maxPageChars() + " "
                        + limits.maxPageElements());
        settings.forEach(setting -> text(sha, setting));
        Path real = book.toRealPath();
        List<Path> files;
        if (Files.isDirectory(real)) {
            try (Stream<Path> walk = Files.walk(real)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(real);
        }
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            long size = Files.size(file);
            total += size;
            if (total > limits.maxUnpackedBytes()) {
                throw new IOException(book + " holds more than " + limits.maxUnpackedBytes() + " bytes");
            }
            text(sha, real.relativize(file) + "|" + size);
            try (InputStream in = Files.newInputStream(file)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    sha.update(buffer, 0, read);
                }
            }
        }
        return new SnapshotKey(HexFormat.of().formatHex(sha.digest()));
    }

    private static void text(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
