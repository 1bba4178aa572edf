package studybot;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import studybot.store.Stores;

/**
 * Readies the data folder before anything writes to it: the folder and its {@code logs/} are created owner-only (0700)
 * and the SQLite store (when the store is SQLite) and the log file owner-only (0600), since they hold server settings
 * and interaction logs; SQLite gives its {@code -wal} and {@code -shm} files the store's mode. A folder that can't be
 * used is one clear line and exit status 2, checked before logging starts, so the host doesn't get ~80 lines of logback
 * status instead. Folders and files that exist already keep their modes: the host may have chosen them.
 */
final class DataFolder {

    /** Where the shipped logback config writes, under the data folder. */
    static final String LOG_FILE = "logs/studybot.log";

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {}

    /**
     * Creates what is missing, owner-only, and checks the folder can be written; the exception names the path.
     *
     * @param sqliteStore whether the store is the SQLite file in this folder (rather than a PostgreSQL server)
     */
    static void prepare(Path folder, boolean sqliteStore) throws DataFolderException {
        Path logs = folder.resolve(LOG_FILE).getParent();
        createFolder(folder);
        createFolder(logs);
        if (sqliteStore) {
            createFile(folder.resolve(Stores.SQLITE_FILE));
        }
        createFile(folder.resolve(LOG_FILE));
        checkWritable(folder);
        checkWritable(logs);
    }

    private static void createFolder(Path folder) throws DataFolderException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, permissions(folder, OWNER_FOLDER));
        } catch (IOException | UnsupportedOperationException e) {
            throw new DataFolderException(folder, "cannot create the folder", e);
        }
    }

    private static void createFile(Path file) throws DataFolderException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, permissions(file, OWNER_FILE));
        } catch (FileAlreadyExistsException e) {
            // another process sharing the data folder (a shard of the same deployment) created it just now
        } catch (IOException | UnsupportedOperationException e) {
            throw new DataFolderException(file, "cannot create the file", e);
        }
    }

    private static void checkWritable(Path folder) throws DataFolderException {
        try {
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp", permissions(folder, OWNER_FILE)));
        } catch (IOException | UnsupportedOperationException e) {
            throw new DataFolderException(folder, "cannot write in the folder", e);
        }
    }

    /** Owner-only where the file system knows POSIX permissions; nothing asked for elsewhere. */
    private static FileAttribute<?>[] permissions(Path path, Set<PosixFilePermission> mode) {
        boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)} : new FileAttribute<?>[0];
    }

    /** The data folder can't be used; the message names the path, what failed and why, in one line. */
    static final class DataFolderException extends Exception {

        DataFolderException(Path path, String what, Exception cause) {
            super(
                    path + ": " + what + " (" + reason(cause) + "); the data folder must be writable by the user"
                            + " studybot runs as",
                    cause);
        }

        private static String reason(Exception cause) {
            if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
                return fileSystem.getReason();
            }
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
    }
}
