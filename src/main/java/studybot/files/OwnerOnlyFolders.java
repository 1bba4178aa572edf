package studybot.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates the folders studybot keeps in the data folder ({@code embeddings/}, {@code native/}, {@code books-read/}, the
 * console's exports) owner-only (0700), like the rest of the data folder: a native library in them is loaded into the
 * process, and a member's export is theirs alone. Folders that exist keep their modes (the host may have chosen them);
 * file systems without POSIX modes get none asked for.
 */
public final class OwnerOnlyFolders {

    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private OwnerOnlyFolders() {}

    public static void create(Path folder) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(folder, posix ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0]);
    }
}
