package studybot.library.snapshot;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import studybot.library.imports.BookImporter;

/**
 * Which build of the code that reads books is running, so that a snapshot kept by another build is never served: a
 * changed importer must read the book again. Worked out from what is on the class path, with nothing to bump by hand:
 *
 * <ul>
 *   <li>studybot's own classes: in a jar (as deployed), the jar's name, size and modification time, which every new
 *       build and every copy of one changes; in a classes folder (tests, {@code mvn exec}), the name, size and
 *       modification time of every class of {@code studybot.library} and its packages, which are the readers (a
 *       compiler writes every class it compiles anew);
 *   <li>every jar on the class path (in any order) by name, size and modification time, so another version of jsoup,
 *       PDFBox or commonmark is another build too.
 * </ul>
 *
 * The layout of the snapshot file has its own version ({@link SnapshotCodec#VERSION}).
 */
public final class ImporterBuild {

    private final byte[] digest;

    private ImporterBuild(byte[] digest) {
        this.digest = digest;
    }

    /** The build running in this JVM: a few milliseconds of stat calls. */
    public static ImporterBuild running() throws IOException {
        MessageDigest sha = sha256();
        CodeSource code = BookImporter.class.getProtectionDomain().getCodeSource();
        if (code != null) {
            try {
                Path own = Path.of(code.getLocation().toURI());
                if (Files.isDirectory(own)) {
                    classesIn(own, own.resolve("studybot").resolve("library"), sha);
                } else {
                    stamp(own.getFileName(), own, sha);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                sha.update(String.valueOf(code.getLocation()).getBytes(StandardCharsets.UTF_8));
            }
        }
        String[] classPath = System.getProperty("java.class.path", "").split(File.pathSeparator);
        Arrays.sort(classPath);
        for (String entry : classPath) {
            Path path = Path.of(entry);
            if (!entry.isEmpty() && Files.isRegularFile(path)) {
                stamp(path.getFileName(), path, sha);
            }
        }
        return new ImporterBuild(sha.digest());
    }

    /** The build's digest, 32 bytes. */
    byte[] digest() {
        return digest.clone();
    }

    private static void classesIn(Path root, Path folder, MessageDigest sha) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(folder)) {
            classes = walk.filter(path -> path.toString().endsWith(".class"))
                    .sorted()
                    .toList();
        }
        for (Path path : classes) {
            stamp(root.relativize(path), path, sha);
        }
    }

    private static void stamp(Path name, Path file, MessageDigest sha) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        sha.update((name + "|" + attributes.size() + "|"
                        + attributes.lastModifiedTime().toMillis() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
