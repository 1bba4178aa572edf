package studybot.search.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model runs on this machine alone: no library that reports usage is on the classpath (the prototype's DJL
 * tokenizer phoned home by default), the tokenizer is plain Java, and ONNX Runtime's native library is unpacked into
 * the data folder, only for the platforms the jar ships.
 */
class OfflineModelTest {

    @TempDir
    Path data;

    @Test
    void noLibraryThatReportsUsageIsOnTheClasspath() {
        // the test classpath holds everything the jar does and more
        assertThatThrownBy(() -> Class.forName("ai.djl.util.Ec2Utils")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theTokenizerSplitsAsBertDoes() throws Exception {
        WordPieceTokenizer tokenizer;
        try (InputStream json = getClass().getResourceAsStream(EncoderModel.MINILM_L6_V2_Q.tokenizerResource())) {
            tokenizer = WordPieceTokenizer.fromJson(json);
        }
        // BERT's vocabulary: [CLS] 101, hello 7592, "," 1010, world 2088, "!" 999, [SEP] 102
        assertThat(tokenizer.ids("Hello, World!", 256)).containsExactly(101, 7592, 1010, 2088, 999, 102);
        assertThat(WordPieceTokenizer.words(WordPieceTokenizer.normalise("Café\u200B au-lait, naïve 数据")))
                .containsExactly("cafe", "au", "-", "lait", ",", "naive", "数", "据");
        assertThat(tokenizer.ids("", 256)).containsExactly(101, 102);
        assertThat(tokenizer.ids("\u200B\u200B\u200D", 256)).containsExactly(101, 102);
        assertThat(tokenizer.ids("word ".repeat(1000), 256)).hasSize(256);
        assertThat(tokenizer.ids("x".repeat(101), 256)).containsExactly(101, 100, 102);
    }

    @Test
    void onlyShippedPlatformsLoadAndOthersSayWhy() {
        assertThat(OnnxNatives.platform("Linux", "amd64")).contains("linux-x64");
        assertThat(OnnxNatives.platform("Linux", "aarch64")).contains("linux-aarch64");
        assertThat(OnnxNatives.platform("Mac OS X", "aarch64")).contains("osx-aarch64");
        for (List<String> other : List.of(
                List.of("Mac OS X", "x86_64"),
                List.of("Windows 11", "amd64"),
                List.of("FreeBSD", "amd64"),
                List.of("Linux", "ppc64le"))) {
            assertThat(OnnxNatives.platform(other.get(0), other.get(1)))
                    .as(other.toString())
                    .isEmpty();
        }
        assertThatThrownBy(() -> OnnxNatives.load(data, "Windows 11", "amd64"))
                .isInstanceOf(SemanticUnavailableException.class)
                .hasMessageContaining("no ONNX Runtime library for Windows 11 amd64");
    }

    @Test
    void theFoldersItCreatesInTheDataFolderAreOwnerOnly() throws Exception {
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        OnnxNatives.load(data.resolve("native"));
        EmbeddingStore.empty(data.resolve("embeddings"), EncoderModel.MINILM_L6_V2_Q)
                .save(List.of());

        try (Stream<Path> folders =
                Files.walk(data).filter(Files::isDirectory).filter(folder -> !folder.equals(data))) {
            assertThat(folders.toList())
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(
                            folder -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                                    .as(folder.toString())
                                    .isEqualTo("rwx------"));
        }
    }

    @Test
    void theNativeLibraryIsUnpackedIntoTheGivenFolder() throws Exception {
        OnnxNatives.load(data);

        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
        }
    }
}
