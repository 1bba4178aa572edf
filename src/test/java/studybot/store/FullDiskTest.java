package studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Which SQLite failures name a full disk, and in which words, at startup and while running. */
class FullDiskTest {

    private static final Path FILE = Path.of("/srv/studybot/data/studybot.db");

    @Test
    void anExistingStoreThatCannotOpenOnAFullDiskStopsStartupWithTheFirstStartLine() {
        FullDisk full = new FullDisk(FILE, folder -> 0);
        RuntimeException wrapped = new RuntimeException("switching to WAL failed", ioError());

        assertThat(full.startupLine(wrapped))
                .contains("Database file " + FILE + " cannot be created or brought up to date (SQLITE_IOERR_SHMSIZE:"
                        + " the disk holding " + FILE + " is full). Free some space there and start studybot again.");
        assertThat(full.startupLine(new SQLiteException("[SQLITE_FULL] full", SQLiteErrorCode.SQLITE_FULL)))
                .get()
                .asString()
                .contains("(SQLITE_FULL: the disk holding " + FILE + " is full)");
    }

    @Test
    void anInputOutputErrorIsAFullDiskOnlyWhenNoRoomIsLeft() {
        assertThat(new FullDisk(FILE, folder -> FullDisk.NEARLY_FULL - 1).reason(ioError()))
                .get()
                .extracting(reason -> reason.in(Locale.GERMAN))
                .isEqualTo("der Datenträger mit " + FILE + " ist voll (SQLITE_IOERR_SHMSIZE); gib dort Platz frei");
        FullDisk roomy = new FullDisk(FILE, folder -> FullDisk.NEARLY_FULL);
        assertThat(roomy.reason(ioError())).isEmpty();
        assertThat(roomy.startupLine(ioError())).isEmpty();
    }

    @Test
    void otherFailuresSayNothingAboutTheDisk() {
        FullDisk full = new FullDisk(FILE, folder -> 0);

        assertThat(full.reason(new SQLiteException("[SQLITE_BUSY] locked", SQLiteErrorCode.SQLITE_BUSY)))
                .isEmpty();
        assertThat(full.reason(new SQLException("not SQLite's"))).isEmpty();
    }

    private static SQLiteException ioError() {
        return new SQLiteException(
                "[SQLITE_IOERR_SHMSIZE] Some kind of disk I/O error occurred (disk I/O error)",
                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
    }
}
