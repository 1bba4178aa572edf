package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studybot.library.LibraryException;
import studybot.library.imports.ImportLimits;
import studybot.testing.LogCapture;

/**
 * Damaged copies of a good book: cut short (with and without the end marker a PDF closes with), or with bytes
 * overwritten at random (fixed seeds, so a failure repeats). Whatever the damage, reading ends within seconds, with a
 * book or a one-line {@link LibraryException}, never with any other exception.
 */
class PdfReaderFuzzTest {

    @TempDir
    static Path dir;

    private static byte[] good;

    @BeforeAll
    static void writeTheGoodBook() throws IOException {
        PdfBook book = new PdfBook().runningHeader("Fuzzing").page();
        for (int chapter = 1; chapter <= 3; chapter++) {
            book.heading(1, chapter + " Chapter " + chapter)
                    .prose("Some prose with a broken replica-", "tion and a read-only word.")
                    .heading(2, chapter + ".1 Section")
                    .code(0, "for x in y:")
                    .code(4, "print(x)")
                    .image()
                    .page();
        }
        good = Files.readAllBytes(book.save(dir.resolve("good.pdf")));
    }

    static Stream<String> damages() {
        Stream<String> cuts = Stream.of(0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99)
                .flatMap(share -> Stream.of("cut " + share, "cut-marked " + share));
        Stream<String> flips = IntStream.range(0, 24).mapToObj(seed -> "flip " + seed);
        return Stream.concat(cuts, flips);
    }

    @ParameterizedTest
    @MethodSource("damages")
    void aDamagedPdfIsReadOrRefusedInOneLineAndNeverHangs(String damage) throws IOException {
        Path damaged = Files.write(dir.resolve(damage.replace(' ', '-') + ".pdf"), damaged(damage));

        try (LogCapture errors = LogCapture.of(Level.ERROR, "org.apache.pdfbox", "studybot")) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    assertThat(new PdfReader()
                                    .read(damaged, ImportLimits.DEFAULT)
                                    .chapters())
                            .isNotNull();
                } catch (LibraryException e) {
                    assertThat(e.getMessage())
                            .startsWith(damaged.getFileName().toString())
                            .doesNotContain("\n");
                }
            });
            assertThat(errors.events())
                    .as("a damaged PDF is refused through the exception, never logged by studybot")
                    .noneMatch(event -> event.getLoggerName().startsWith("studybot"));
        }
    }

    /** A cut file that still ends as a PDF does, so that the parser, not the end check, meets the damage. */
    private static byte[] withEndMarker(byte[] cut) {
        byte[] marker = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] marked = Arrays.copyOf(cut, cut.length + marker.length);
        System.arraycopy(marker, 0, marked, cut.length, marker.length);
        return marked;
    }

    private static byte[] damaged(String damage) {
        String[] parts = damage.split(" ");
        if (parts[0].startsWith("cut")) {
            byte[] cut = Arrays.copyOf(good, (int) (good.length * Double.parseDouble(parts[1])));
            return parts[0].equals("cut") ? cut : withEndMarker(cut);
        }
        int seed = Integer.parseInt(parts[1]);
        Random random = new Random(seed);
        byte[] bytes = good.clone();
        int flips = 1 + seed % 4 * 8;
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
