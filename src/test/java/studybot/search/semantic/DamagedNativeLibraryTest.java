package studybot.search.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A native library damaged in place, its size unchanged, crashed the JVM with SIGSEGV at every start and a service
 * manager restarted it forever. Each load runs in a process of its own here, so a crash fails the test instead of
 * ending the test run.
 */
class DamagedNativeLibraryTest {

    @TempDir
    Path data;

    @Test
    void aLibraryDamagedInPlaceIsUnpackedAgainBeforeItLoads() throws Exception {
        assumeTrue(OnnxNatives.platform(System.getProperty("os.name"), System.getProperty("os.arch"))
                .isPresent());
        assertThat(probe()).isEqualTo("loaded");
        Path library = find(System.mapLibraryName("onnxruntime"));
        long size = Files.size(library);
        damage(library);
        assertThat(Files.size(library)).isEqualTo(size);

        assertThat(probe()).isEqualTo("loaded");
        assertThat(probe()).as("the start after the repair").isEqualTo("loaded");
    }

    @Test
    void aStartAfterOneThatDiedLoadingStaysOnBm25AndTheNextLoads() throws Exception {
        assumeTrue(OnnxNatives.platform(System.getProperty("os.name"), System.getProperty("os.arch"))
                .isPresent());
        assertThat(probe("die")).startsWith("exit 134");
        Path library = find(System.mapLibraryName("onnxruntime"));
        assertThat(library.getParent().getFileName().toString())
                .as("named by version, platform and checksum")
                .matches("onnxruntime-\\d+\\.\\d+\\.\\d+-[a-z0-9-]+-[0-9a-f]{12}");
        long modified = Files.getLastModifiedTime(library).toMillis();
        Thread.sleep(20);

        assertThat(probe())
                .isEqualTo("unavailable: the last start died while loading ONNX Runtime from " + library.getParent()
                        + "; it is unpacked again and will be tried at the next start");
        assertThat(Files.getLastModifiedTime(library).toMillis())
                .as("unpacked again")
                .isGreaterThan(modified);
        assertThat(probe()).isEqualTo("loaded");
        try (Stream<Path> files = Files.list(library.getParent())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(OnnxNatives.LOADING_MARKER));
        }
    }

    private Path find(String name) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(file -> file.getFileName().toString().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Overwrites the second half of the file with breakpoint instructions, in place. */
    private static void damage(Path library) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(library.toFile(), "rw")) {
            byte[] garbage = new byte[(int) (file.length() / 2)];
            Arrays.fill(garbage, (byte) 0xCC);
            file.seek(file.length() - garbage.length);
            file.write(garbage);
        }
    }

    /** What a fresh JVM says after loading the library from the data folder. */
    private String probe(String... mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ErrorFile=" + data.resolve("hs_err_%p.log"),
                "-cp",
                System.getProperty("java.class.path"),
                NativeLoadProbe.class.getName(),
                data.resolve("native").toString()));
        command.addAll(List.of(mode));
        Process process = new ProcessBuilder(command)
                .directory(data.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the probe finished")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = output.lines().toList();
        return process.exitValue() == 0 && !lines.isEmpty()
                ? lines.get(lines.size() - 1)
                : "exit " + process.exitValue() + ": " + (lines.isEmpty() ? "" : lines.get(0));
    }
}
