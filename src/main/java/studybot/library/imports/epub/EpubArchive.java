package studybot.library.imports.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import studybot.library.LibraryException;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.UnpackBudget;
import studybot.library.imports.ZipEntryNames;

/**
 * An EPUB's zip, opened so that a hostile one can do no harm: every entry name is checked before anything is read (none
 * may climb out of the book with {@code ..} or start at the root), the entries are counted, and each entry is unpacked
 * through one {@link UnpackBudget}, so a zip bomb is refused after reading at most a limit's worth.
 */
final class EpubArchive implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final ImportLimits limits;
    private final UnpackBudget budget;

    private EpubArchive(Path file, ZipFile zip, ImportLimits limits) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.budget = new UnpackBudget(limits, file + ": ");
    }

    static EpubArchive open(Path file, ImportLimits limits) throws LibraryException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new LibraryException("epubDamaged", Map.of("file", file, "reason", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw LibraryException.cannotRead(file, e);
        }
        EpubArchive archive = new EpubArchive(file, zip, limits);
        try {
            archive.index();
        } catch (LibraryException | RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    private void index() throws LibraryException {
        if (zip.size() > limits.maxEntries()) {
            throw new LibraryException(
                    "epubTooManyEntries",
                    Map.of(
                            "file",
                            file,
                            "count",
                            String.valueOf(zip.size()),
                            "limit",
                            String.valueOf(limits.maxEntries())));
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (ZipEntryNames.climbsOut(name)) {
                throw new LibraryException("zipUnsafeEntry", Map.of("where", file + ": ", "name", name));
            }
            if (!entry.isDirectory()) {
                entries.put(name, entry);
            }
        }
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The entry's bytes, unpacked within the limits; empty when there is no such entry. */
    Optional<byte[]> read(String name) throws LibraryException {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            budget.copy(name, in, out);
            return Optional.of(out.toByteArray());
        } catch (ZipException e) {
            throw new LibraryException(
                    "epubEntryDamaged", Map.of("file", file, "name", name, "reason", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new LibraryException(
                    "cannotReadEntry", Map.of("file", file, "name", name, "reason", String.valueOf(e.getMessage())));
        }
    }

    Optional<String> readText(String name) throws LibraryException {
        return read(name).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a read-only zip loses nothing
        }
    }
}
