package studybot.search.semantic;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads ONNX Runtime's native library from a folder studybot owns (inside the data folder) instead of letting it
 * unpack itself into the temp folder on every start. The jar ships the libraries for Linux x64 and arm64 and macOS
 * arm64 only; anywhere else, or where the library cannot be linked (Alpine has no glibc), this fails with a
 * reason that fits on one log line.
 */
public final class OnnxNatives {

    /** Platforms whose libraries the jar keeps (the shade plugin drops the others). */
    static final List<String> SHIPPED = List.of("linux-x64", "linux-aarch64", "osx-aarch64");
    private static final String RESOURCES = "/ai/onnxruntime/native/";
    private static final String VERSION = OrtEnvironment.class.getPackage().getImplementationVersion() == null
            ? "ort" : "ort-" + OrtEnvironment.class.getPackage().getImplementationVersion();

    private OnnxNatives() {
    }

    /** ONNX Runtime's name for this machine, if it is one the jar ships a library for. */
    static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String name = (os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : os)
                + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
        return SHIPPED.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * Copies this platform's libraries into {@code folder} (once; later starts reuse them) and loads them.
     *
     * @throws SemanticUnavailableException on an unsupported platform or when linking fails
     */
    public static void load(Path folder) throws SemanticUnavailableException {
        load(folder, System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static synchronized void load(Path folder, String osName, String osArch) throws SemanticUnavailableException {
        String platform = platform(osName, osArch).orElseThrow(() -> new SemanticUnavailableException(
                "no ONNX Runtime library for " + osName + " " + osArch + " in this build (it has "
                        + String.join(", ", SHIPPED) + ")"));
        Path target = folder.resolve(VERSION).resolve(platform);
        try {
            Files.createDirectories(target);
            for (String library : List.of(System.mapLibraryName("onnxruntime"),
                    System.mapLibraryName("onnxruntime4j_jni"))) {
                copy(RESOURCES + platform + "/" + library, target.resolve(library));
            }
        } catch (IOException e) {
            throw new SemanticUnavailableException("cannot unpack ONNX Runtime into " + target + ": " + e, e);
        }
        System.setProperty("onnxruntime.native.path", target.toAbsolutePath().toString());
        try {
            OrtEnvironment.getEnvironment();
        } catch (LinkageError | RuntimeException e) {
            throw new SemanticUnavailableException("ONNX Runtime cannot load on " + osName + " " + osArch
                    + " (is glibc missing?): " + e, e);
        }
    }

    private static void copy(String resource, Path file) throws IOException {
        try (InputStream in = OnnxNatives.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the jar has no " + resource);
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length) {
                return;
            }
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
