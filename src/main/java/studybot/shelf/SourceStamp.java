package studybot.shelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * What a book's files look like on disk: how many, how big in all, and the latest change. A reload of the seeds folder
 * rebuilds only the books whose stamp changed, so editing one book never rebuilds the other four.
 */
record SourceStamp(long files, long bytes, long lastModifiedMillis) {

    /** The stamp of the file or folder at {@code path}; an unreadable one gets a stamp no other matches. */
    static SourceStamp of(Path path) {
        long[] totals = new long[3];
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
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
