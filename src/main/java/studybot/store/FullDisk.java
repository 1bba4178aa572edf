package studybot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import studybot.i18n.Texts;
import studybot.i18n.Wording;

/**
 * Whether a SQLite failure came from the disk holding the store being full, so a full disk is named as such at first
 * start, at a later start and while running. SQLite says SQLITE_FULL when a write finds no room, but when the WAL's
 * shared-memory file cannot grow it says SQLITE_IOERR_SHMSIZE, and other failed writes SQLITE_IOERR_*: "disk I/O
 * error", without the system's error number, so ENOSPC cannot be told from a failing disk by the code alone. An I/O
 * error therefore counts as a full disk only when the file system holding the store has less than {@value #NEARLY_FULL}
 * bytes left for studybot; with more it is left as SQLite said it, and when the free space cannot be read it says the
 * disk may be full or failing.
 */
final class FullDisk {

    /**
     * Less room than this left (1 MiB: a few WAL frames and shared-memory blocks) after an I/O error is a full disk.
     */
    static final long NEARLY_FULL = 1L << 20;

    private static final Texts TEXTS = Texts.load("store");

    private final Path file;
    private final FreeSpace free;

    /** The bytes the file system holding a folder has left for this process; tests give a full one. */
    @FunctionalInterface
    interface FreeSpace {
        long usableBytes(Path folder) throws IOException;

        /** What the file system says (statvfs's blocks available to unprivileged users on Linux). */
        static FreeSpace ofFileSystem() {
            return folder -> Files.getFileStore(folder).getUsableSpace();
        }
    }

    /** What a SQLite failure says about the disk: full, perhaps full or failing, or nothing. */
    private enum Verdict {
        FULL,
        FULL_OR_FAILING,
        NONE
    }

    /** A SQLite result and what it says about the disk. */
    private record Finding(String code, Verdict verdict) {}

    FullDisk(Path file, FreeSpace free) {
        this.file = file;
        this.free = free;
    }

    /**
     * The line that stops startup when {@code failure} (or a cause of it: Flyway wraps the migration's) came from a
     * full disk, the same whether the store was being created or an existing one opened.
     */
    Optional<String> startupLine(Throwable failure) {
        return finding(failure)
                .filter(found -> found.verdict() == Verdict.FULL)
                .map(found -> "Database file " + file + " cannot be created or brought up to date (" + found.code()
                        + ": the disk holding " + file + " is full). Free some space there and start studybot again.");
    }

    /**
     * Why the store cannot be written, for the log and admins, when {@code failure} says something about the disk: "the
     * disk holding … is full (SQLITE_IOERR_SHMSIZE)", or SQLite's words followed by "the disk … may be full or failing"
     * when the free space cannot be read. Empty when it says nothing about the disk.
     */
    Optional<Wording> reason(Throwable failure) {
        return finding(failure).flatMap(found -> switch (found.verdict()) {
            case FULL ->
                Optional.of(new Wording(TEXTS, "fullDisk", Map.of("file", file.toString(), "code", found.code())));
            case FULL_OR_FAILING ->
                Optional.of(new Wording(
                        TEXTS,
                        "fullOrFailingDisk",
                        Map.of(
                                "file",
                                file.toString(),
                                "message",
                                String.valueOf(sqlite(failure).getMessage()))));
            case NONE -> Optional.empty();
        });
    }

    private Optional<Finding> finding(Throwable failure) {
        SQLiteException sqlite = sqlite(failure);
        if (sqlite == null) {
            return Optional.empty();
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        int primary = code.code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Optional.of(new Finding(SQLiteErrorCode.SQLITE_FULL.name(), Verdict.FULL));
        }
        if (primary != SQLiteErrorCode.SQLITE_IOERR.code) {
            return Optional.empty();
        }
        try {
            Verdict verdict = free.usableBytes(file.getParent()) < NEARLY_FULL ? Verdict.FULL : Verdict.NONE;
            return Optional.of(new Finding(code.name(), verdict));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new Finding(code.name(), Verdict.FULL_OR_FAILING));
        }
    }

    /** The SQLite failure in {@code failure}'s causes, or null. */
    private static SQLiteException sqlite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return sqlite;
            }
        }
        return null;
    }
}
