package studybot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of the machine's temp space that one test or benchmark owns and that is deleted with everything in it when
 * it ends (where JUnit's {@code @TempDir} can't reach: in extensions and benchmarks), so a store or a data folder never
 * lands in the repository's {@code data/} nor stays behind in the temp space.
 */
public final class TempFolder implements AutoCloseable {

    private final Path path;

    private TempFolder(Path path) {
        this.path = path;
    }

    public static TempFolder create() {
        try {
            return new TempFolder(Files.createTempDirectory("studybot-test"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a temp folder for the test", e);
        }
    }

    public Path path() {
        return path;
    }

    /**
     * Deletes the folder, deepest files first; a file that can't be deleted fails the test, as with {@code @TempDir}.
     */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test's temp folder " + path, e);
        }
    }
}
