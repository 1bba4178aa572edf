package studybot.search.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.testing.LogCapture;

/** After an upgrade the native library of the release before stayed in the data folder, 16 MB each. */
class OldNativeFoldersTest {

    private static final Instant LONG_AGO = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void aStartRemovesTheFoldersOfEarlierReleasesButNotOneALiveProcessLoadsFrom() throws Exception {
        Path natives = data.resolve("native");
        Path firstRelease = old(natives.resolve("ort"));
        Path unnamed = old(natives.resolve("onnxruntime-unknown-linux-x64-e217ea689b6c"));
        Path loading = natives.resolve("onnxruntime-1.19.0-linux-x64-0123456789ab");
        Files.createDirectories(loading);
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(
                loading.resolve(OnnxNatives.LOADING_MARKER + self.pid()),
                self.info().startInstant().orElseThrow().toString());
        old(loading);
        Path unpacking = natives.resolve("ort-1.18.0");
        Files.createDirectories(unpacking);
        Path notOurs = old(natives.resolve("models"));

        try (LogCapture log = LogCapture.of(Level.INFO, "studybot.search.semantic")) {
            OnnxNatives.load(natives, "Linux", "amd64", folder -> {});

            assertThat(firstRelease).doesNotExist();
            assertThat(unnamed).doesNotExist();
            assertThat(loading).as("a live process is loading from it").isDirectory();
            assertThat(unpacking)
                    .as("changed a moment ago: maybe being unpacked")
                    .isDirectory();
            assertThat(notOurs).isDirectory();
            assertThat(log.messages())
                    .containsExactly("Removed 2 ONNX Runtime folder(s) left by earlier studybot releases from "
                            + natives + " (2 MB): onnxruntime-unknown-linux-x64-e217ea689b6c, ort");
        }
        try (Stream<Path> left = Files.list(natives)) {
            assertThat(left.map(folder -> folder.getFileName().toString()))
                    .as("the current folder is named by ONNX Runtime's version")
                    .anyMatch(name -> name.matches("onnxruntime-\\d+\\.\\d+\\.\\d+-linux-x64-[0-9a-f]{12}"));
        }
    }

    /** A folder holding a 1 MB library, last changed long ago. */
    private static Path old(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("libonnxruntime.so"), new byte[1024 * 1024]);
        Files.setLastModifiedTime(folder, FileTime.from(LONG_AGO));
        return folder;
    }
}
