package studybot.search.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native library's folder was named {@code onnxruntime-unknown-…} in the built jar: shading drops ONNX Runtime's
 * manifest, where the version was read from.
 */
class OnnxRuntimeVersionTest {

    @TempDir
    Path data;

    @Test
    void theVersionIsReadFromThePomOnnxRuntimesJarCarriesWhichShadingKeeps() throws IOException {
        Path classes = data.resolve("shaded");
        Path pom = classes.resolve(OnnxRuntimeVersion.POM);
        Files.createDirectories(pom.getParent());
        Files.writeString(pom, """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><version>0.1</version></parent>
                  <groupId>com.microsoft.onnxruntime</groupId>
                  <artifactId>onnxruntime</artifactId>
                  <version>9.8.7</version>
                </project>
                """);
        try (URLClassLoader shaded =
                        new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
                URLClassLoader without = new URLClassLoader(
                        new URL[] {data.resolve("none").toUri().toURL()}, null)) {
            assertThat(OnnxRuntimeVersion.of(shaded)).isEqualTo("9.8.7");
            assertThat(OnnxRuntimeVersion.of(without)).isEqualTo(OnnxRuntimeVersion.UNKNOWN);
        }
    }
}
