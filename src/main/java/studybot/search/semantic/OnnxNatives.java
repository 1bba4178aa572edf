package studybot.search.semantic;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import studybot.files.OwnerOnlyFolders;

/**
 * Loads ONNX Runtime's native library from a folder studybot owns (inside the data folder) instead of letting it unpack
 * itself into the temp folder on every start. The jar ships the libraries for Linux x64 and arm64 and macOS arm64 only;
 * anywhere else, or where the library cannot be linked (Alpine has no glibc), this fails with a reason that fits on one
 * log line.
 *
 * <p>A library damaged on disk can crash the JVM while it loads, which nothing in Java can catch, and a service manager
 * would restart into the same crash forever. So the folder is named by the library's version and checksum, every file
 * is checked against the jar's copy before loading and unpacked again on a mismatch, and a marker file is there only
 * while the library loads: a start that finds it knows the last one died loading, unpacks the library again and stays
 * on BM25 alone for its lifetime, leaving the next start to try again. The folders earlier releases unpacked beside it
 * are removed ({@link OldNativeFolders}).
 */
public final class OnnxNatives {

    /** Platforms whose libraries the jar keeps (the shade plugin drops the others). */
    static final List<String> SHIPPED = List.of("linux-x64", "linux-aarch64", "osx-aarch64");
    /**
     * Present only while a process loads the native library: {@code loading-<pid>}, holding the process's start time,
     * so that two processes sharing the data folder don't take each other's load for a crash.
     */
    static final String LOADING_MARKER = "loading-";

    private static final String RESOURCES = "/ai/onnxruntime/native/";
    private static final String VERSION = OnnxRuntimeVersion.of(OnnxNatives.class.getClassLoader());

    /** Links the unpacked library into the JVM; tests stand in for it to play a load that never returned. */
    @FunctionalInterface
    interface Linker {
        void link(Path folder);
    }

    private OnnxNatives() {}

    /** ONNX Runtime's name for this machine, if it is one the jar ships a library for. */
    static Optional<String> platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String name = (os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : os) + "-"
                + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
        return SHIPPED.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * Copies this platform's libraries into {@code folder} (once; later starts reuse them while their checksums match)
     * and loads them.
     *
     * @throws SemanticUnavailableException on an unsupported platform, when linking fails, or when the last start died
     *     loading the library
     */
    public static void load(Path folder) throws SemanticUnavailableException {
        load(folder, System.getProperty("os.name", ""), System.getProperty("os.arch", ""), OnnxNatives::linkRuntime);
    }

    static void load(Path folder, String osName, String osArch) throws SemanticUnavailableException {
        load(folder, osName, osArch, OnnxNatives::linkRuntime);
    }

    static synchronized void load(Path folder, String osName, String osArch, Linker linker)
            throws SemanticUnavailableException {
        String platform = platform(osName, osArch)
                .orElseThrow(() -> new SemanticUnavailableException("no ONNX Runtime library for " + osName + " "
                        + osArch + " in this build (it has " + String.join(", ", SHIPPED) + ")"));
        Map<String, byte[]> libraries = new LinkedHashMap<>();
        Path target;
        boolean crashedBefore;
        try {
            for (String library :
                    List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"))) {
                libraries.put(library, resource(RESOURCES + platform + "/" + library));
            }
            target = folder.resolve("onnxruntime-" + VERSION + "-" + platform + "-" + checksum(libraries));
            OwnerOnlyFolders.create(target);
            List<Path> crashed = markersOfDeadProcesses(target);
            crashedBefore = !crashed.isEmpty();
            for (Map.Entry<String, byte[]> library : libraries.entrySet()) {
                unpack(library.getValue(), target.resolve(library.getKey()), crashedBefore);
            }
            for (Path marker : crashed) {
                Files.delete(marker);
            }
            OldNativeFolders.removeBeside(target, Instant.now());
        } catch (IOException e) {
            throw new SemanticUnavailableException("cannot unpack ONNX Runtime into " + folder + ": " + e, e);
        }
        if (crashedBefore) {
            throw new SemanticUnavailableException("the last start died while loading ONNX Runtime from " + target
                    + "; it is unpacked again and will be tried at the next start");
        }
        ProcessHandle self = ProcessHandle.current();
        Path marker = target.resolve(LOADING_MARKER + self.pid());
        try {
            Files.writeString(marker, startTime(self));
        } catch (IOException e) {
            throw new SemanticUnavailableException("cannot write " + marker + ": " + e, e);
        }
        try {
            linker.link(target);
        } catch (LinkageError | RuntimeException e) {
            throw new SemanticUnavailableException(
                    "ONNX Runtime cannot load on " + osName + " " + osArch + " (is glibc missing?): " + e, e);
        } finally {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                // the next start finds the marker and only unpacks the library again
            }
        }
    }

    /** Markers left by processes that are gone: each of them died loading the library. */
    private static List<Path> markersOfDeadProcesses(Path folder) throws IOException {
        List<Path> dead = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path marker : files.filter(
                            file -> file.getFileName().toString().startsWith(LOADING_MARKER))
                    .toList()) {
                if (!markerOfLiveProcess(marker)) {
                    dead.add(marker);
                }
            }
        }
        return dead;
    }

    /** Whether the process that wrote this loading marker is still running (and is not a later one with its pid). */
    static boolean markerOfLiveProcess(Path marker) throws IOException {
        String pid = marker.getFileName().toString().substring(LOADING_MARKER.length());
        Optional<ProcessHandle> process =
                pid.matches("\\d{1,18}") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        return process.isPresent() && startTime(process.get()).equals(Files.readString(marker));
    }

    private static String startTime(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("");
    }

    private static void linkRuntime(Path folder) {
        System.setProperty("onnxruntime.native.path", folder.toAbsolutePath().toString());
        OrtEnvironment.getEnvironment();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OnnxNatives.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the jar has no " + name);
            }
            return in.readAllBytes();
        }
    }

    /** The first 12 hex digits of a SHA-256 over the libraries, in order. */
    private static String checksum(Map<String, byte[]> libraries) {
        MessageDigest sha = sha256();
        libraries.values().forEach(sha::update);
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    /** Writes {@code bytes} to {@code file} unless it holds them already (and is not suspect). */
    private static void unpack(byte[] bytes, Path file, boolean suspect) throws IOException {
        if (!suspect
                && Files.isRegularFile(file)
                && Files.size(file) == bytes.length
                && Arrays.equals(sha256().digest(Files.readAllBytes(file)), sha256().digest(bytes))) {
            return;
        }
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
