package studybot.shelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import studybot.library.LibraryLoader;

/**
 * What a book's files look like on disk: how many, how big in all, and the latest change. A reload of the seeds folder
 * rebuilds only the books whose stamp changed, so editing one book never rebuilds the other four. The seed text's
 * folder is the seeds folder itself, which holds the other books too: its stamp counts only the files seed text reads
 * (every {@code .txt}, {@value LibraryLoader#TITLE_FILE} and {@value LibraryLoader#INDEX_FILE}).
 */
record SourceStamp(long files, long bytes, long lastModifiedMillis) {

    /** The stamp of {@code source}'s files; an unreadable one gets a stamp no other matches. */
    static SourceStamp of(BookSource source) {
        if (!source.seedText()) {
            return of(source.path(), (path, attributes) -> true);
        }
        try {
            return of(source.path().toRealPath(), SourceStamp::isSeedTextFile);
        } catch (IOException e) {
            return new SourceStamp(-1, -1, -1);
        }
    }

    /** A file seed text reads; its folders' times don't count, as they change with every other book's files. */
    private static boolean isSeedTextFile(Path file, BasicFileAttributes attributes) {
        if (!attributes.isRegularFile()) {
            return false;
        }
        String name = file.getFileName().toString();
        return name.endsWith(".txt") || name.equals(LibraryLoader.TITLE_FILE) || name.equals(LibraryLoader.INDEX_FILE);
    }

    private static SourceStamp of(Path path, BiPredicate<Path, BasicFileAttributes> counted) {
        long[] totals = new long[3];
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (!counted.test(file, attributes)) {
                        return;
                    }
                    if (attributes.isRegularFile()) {
                        totals[0]++;
                        totals[1] += attributes.size();
                    }
                    totals[2] =
                            Math.max(totals[2], attributes.lastModifiedTime().toMillis());
                } catch (IOException e) {
                    totals[2] = -1;
                }
            });
        } catch (IOException | RuntimeException e) {
            return new SourceStamp(-1, -1, -1);
        }
        return new SourceStamp(totals[0], totals[1], totals[2]);
    }
}
