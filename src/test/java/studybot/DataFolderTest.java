package studybot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.DataFolder.DataFolderException;

class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void createsTheFolderTheLogsAndTheStoreOwnerOnly() throws Exception {
        Path data = temp.resolve("deep/data");

        DataFolder.prepare(data, true);

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("logs"))).isEqualTo("rwx------");
        assertThat(mode(data.resolve("studybot.db"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("logs/studybot.log"))).isEqualTo("rw-------");
        try (var left = Files.list(data)) {
            assertThat(left)
                    .extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("logs", "studybot.db");
        }
    }

    @Test
    void keepsTheModesOfWhatExistsAlready() throws Exception {
        Path data = Files.createDirectories(
                temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        DataFolder.prepare(data, false);

        assertThat(mode(data)).isEqualTo("rwxr-x---");
        assertThat(data.resolve("studybot.db"))
                .as("no SQLite file for a PostgreSQL store")
                .doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOneLineNamingIt() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("data"), "a file");

        assertThatThrownBy(() -> DataFolder.prepare(notAFolder, true))
                .isInstanceOf(DataFolderException.class)
                .hasMessageStartingWith(notAFolder + ": cannot create the folder")
                .hasMessageContaining("writable by the user studybot runs as")
                .hasMessageNotContaining("\n");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
