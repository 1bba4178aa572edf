package studybot.library.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.imports.ImportLimits;

class SnapshotKeyTest {

    @TempDir
    Path temp;

    @Test
    void thePageLimitsArePartOfTheKey() throws IOException {
        Path book = Files.writeString(temp.resolve("book.html"), "<h1>One</h1><p>Text.</p>");
        ImporterBuild build = ImporterBuild.running();
        ImportLimits limits = ImportLimits.DEFAULT;

        SnapshotKey key = SnapshotKey.of(book, List.of(), limits, build);

        assertThat(SnapshotKey.of(book, List.of(), limits, build)).isEqualTo(key);
        assertThat(SnapshotKey.of(book, List.of(), withPageLimits(limits, 1_000, limits.maxPageElements()), build))
                .isNotEqualTo(key);
        assertThat(SnapshotKey.of(book, List.of(), withPageLimits(limits, limits.maxPageChars(), 1_000), build))
                .isNotEqualTo(key);
    }

    private static ImportLimits withPageLimits(ImportLimits limits, long maxPageChars, int maxPageElements) {
        return new ImportLimits(
                limits.maxFileBytes(),
                limits.maxUnpackedBytes(),
                limits.maxEntryBytes(),
                limits.maxEntries(),
                limits.maxTextChars(),
                maxPageChars,
                maxPageElements);
    }
}
