package studybot.library.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.files.OwnerOnlyFolders;
import studybot.library.imports.ImportLimits;

/**
 * The data folder's {@code books-read/}: one snapshot per book read from its files, so that the next start with
 * unchanged files reads it instead of parsing the book (a second of CPU for a large HTML book in a fresh JVM). Written
 * whole to a temporary file and moved over the old one; the folder is owner-only, like the rest of the data folder.
 *
 * <p>A snapshot that cannot stand in for the book (missing, of an older key, cut short, corrupt, a folder in its place,
 * unreadable) is one INFO line, the book is parsed as before and its snapshot written anew. Snapshots of books no
 * longer on the shelf are deleted, so the folder holds one file per book.
 */
public final class BookSnapshots {

    /** The folder's name in the data folder. */
    public static final String FOLDER = "books-read";

    private static final Logger LOG = LoggerFactory.getLogger(BookSnapshots.class);

    private final Path folder;
    private final ImportLimits limits;
    private final Clock clock;
    private volatile ImporterBuild build;

    /**
     * @param folder where the snapshots are kept ({@code books-read/} in the data folder)
     * @param limits the import's limits, which bound what a snapshot may hold
     * @param clock when a book read from its snapshot counts as loaded
     */
    public BookSnapshots(Path folder, ImportLimits limits, Clock clock) {
        this.folder = folder;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The key of the book at {@code book} read with {@code settings}; empty (and one INFO line) when its files cannot
     * be hashed, in which case the book is simply parsed and not kept.
     */
    public Optional<SnapshotKey> key(Path book, List<String> settings) {
        try {
            return Optional.of(SnapshotKey.of(book, settings, limits, build()));
        } catch (IOException | RuntimeException e) {
            LOG.info("Reading {} from its files without a snapshot: {}", book, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The reading kept as {@code name} under {@code key}; empty, with one INFO line saying why, when there is none that
     * can stand in for the book.
     *
     * @param name the snapshot's name in the folder, e.g. {@code python-tutorial.read} or
     *     {@code server-42/notes.epub.read}
     */
    public Optional<ReadingSnapshot> find(String name, SnapshotKey key) {
        Path file = file(name);
        try {
            if (Files.size(file) > SnapshotCodec.maxBytes(limits)) {
                LOG.info("Reading {} from its files: its snapshot {} is too large to be one", name, file);
                return Optional.empty();
            }
            ReadingSnapshot kept = SnapshotCodec.decode(Files.readAllBytes(file), key, limits, clock.instant());
            LOG.info("Read {} from its snapshot {}: its files are unchanged", name, file);
            return Optional.of(kept);
        } catch (NoSuchFileException e) {
            LOG.info("Reading {} from its files: it has no snapshot yet", name);
        } catch (IOException e) {
            LOG.info("Reading {} from its files: its snapshot {} cannot be read ({})", name, file, e.toString());
        } catch (UnusableSnapshot e) {
            if (e.isDamaged()) {
                LOG.info(
                        "Reading {} from its files: its snapshot {} is damaged ({}); it is written again",
                        name,
                        file,
                        e.getMessage());
            } else {
                LOG.info("Reading {} from its files: its snapshot {} is unusable, {}", name, file, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps {@code reading} as {@code name} under {@code key}, replacing whatever was there (a folder included). A
     * snapshot that cannot be written is one INFO line: the book is served anyway and parsed again at the next start.
     */
    public void keep(String name, SnapshotKey key, ReadingSnapshot reading) {
        Path file = file(name);
        try {
            byte[] bytes = SnapshotCodec.encode(key, reading);
            if (bytes.length > SnapshotCodec.maxBytes(limits)) {
                LOG.info("Kept no snapshot of {}: it would be larger than the import limits allow", name);
                return;
            }
            OwnerOnlyFolders.create(file.getParent());
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(file);
            }
            Path partial =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            try {
                Files.write(partial, bytes);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("Kept no snapshot of {} at {}: {}", name, file, e.toString());
        }
    }

    /** Deletes the snapshot {@code name}, if there is one (a book taken off the shelf). */
    public void forget(String name) {
        try {
            deleteTree(file(name));
        } catch (IOException e) {
            LOG.info("Cannot delete the snapshot {}: {}", name, e.toString());
        }
    }

    /**
     * Deletes everything in the folder but the snapshots {@code names} (books gone from the shelf, files left by a
     * write that was cut off), so it never grows beyond one file per book.
     */
    public void keepOnly(Set<String> names) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                if (path.equals(folder)) {
                    continue;
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    if (isEmpty(path)) {
                        Files.delete(path);
                    }
                } else if (!names.contains(folder.relativize(path)
                        .toString()
                        .replace(path.getFileSystem().getSeparator(), "/"))) {
                    Files.delete(path);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Cannot tidy the snapshots in {}: {}", folder, e.toString());
        }
    }

    private ImporterBuild build() throws IOException {
        ImporterBuild known = build;
        if (known == null) {
            known = ImporterBuild.running();
            build = known;
        }
        return known;
    }

    private Path file(String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder.normalize()) || file.equals(folder.normalize())) {
            throw new IllegalArgumentException("not a snapshot's name: " + name);
        }
        return file;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path inside : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(inside);
            }
        }
    }
}
