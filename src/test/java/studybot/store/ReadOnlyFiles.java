package studybot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes files unwritable for this process for real, whoever runs the tests: {@code chmod a-w} for an ordinary user, and
 * for root (which ignores modes, as in CI) the immutable attribute ({@code chattr +i}), which root obeys too and which
 * also stops writes through files already open. {@link #close()} makes them writable again.
 */
final class ReadOnlyFiles implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path[] files;
    private final Set<PosixFilePermission> originalMode;

    private ReadOnlyFiles(Path[] files, Set<PosixFilePermission> originalMode) {
        this.files = files;
        this.originalMode = originalMode;
    }

    static ReadOnlyFiles make(Path... files) {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(files[0]);
            for (Path file : files) {
                if (ROOT) {
                    run("chattr", "+i", file.toString());
                } else {
                    Set<PosixFilePermission> readOnly = EnumSet.copyOf(mode);
                    readOnly.removeAll(Set.of(
                            PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.GROUP_WRITE,
                            PosixFilePermission.OTHERS_WRITE));
                    Files.setPosixFilePermissions(file, readOnly);
                }
            }
            return new ReadOnlyFiles(files, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            for (Path file : files) {
                if (ROOT) {
                    run("chattr", "-i", file.toString());
                } else {
                    Files.setPosixFilePermissions(file, originalMode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: "
                        + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
