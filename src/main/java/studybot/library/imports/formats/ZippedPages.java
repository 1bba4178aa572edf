package studybot.library.imports.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import studybot.library.LibraryException;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.PageMarkup;
import studybot.library.imports.UnpackBudget;
import studybot.library.imports.ZipEntryNames;

/**
 * Unpacks an uploaded zip of HTML or Markdown pages into a folder, as safely as the EPUB reader opens its zips: every
 * entry name is checked before anything is written (none may climb out with {@code ..}, start at the root or name a
 * drive), the entries are counted, and each is copied through one {@link UnpackBudget}, so a zip bomb is refused after
 * writing at most a limit's worth; a page (HTML or XHTML) is held to the page limits as it is unpacked, refused as the
 * reader would refuse it and never written past them ({@link PageMarkup#copyPage}). A zip whose entries all sit in one
 * top folder (as a zipped manual usually does) is unpacked without it, so the folder is the book. Uploads and
 * {@code check-book} both unpack through here, so they read the same zips.
 */
public final class ZippedPages {

    private static final String EXTENSION = ".zip";

    private ZippedPages() {}

    /** Whether a file named {@code fileName} is read as a zip of pages: its name ends in {@code .zip}. */
    public static boolean named(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /**
     * Unpacks {@code zipFile} into {@code folder}, which must not exist; on refusal nothing is left behind.
     *
     * @param where what the refusals name the zip as: the uploaded file's name followed by ": "
     */
    public static void unpack(Path zipFile, Path folder, ImportLimits limits, String where) throws LibraryException {
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > limits.maxEntries()) {
                throw new LibraryException(
                        "zipTooManyEntries",
                        Map.of(
                                "where",
                                where,
                                "count",
                                String.valueOf(zip.size()),
                                "limit",
                                String.valueOf(limits.maxEntries())));
            }
            List<ZipEntry> files = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (ZipEntryNames.climbsOut(entry.getName())) {
                    throw new LibraryException("zipUnsafeEntry", Map.of("where", where, "name", entry.getName()));
                }
                if (!entry.isDirectory()) {
                    files.add(entry);
                }
            }
            String top = commonTopFolder(files);
            Files.createDirectories(folder);
            UnpackBudget budget = new UnpackBudget(limits, where);
            PageMarkup pages = new PageMarkup(limits, where.replaceFirst(": $", ""));
            for (ZipEntry entry : files) {
                Path target = target(folder, entry, top, where);
                if (!target.startsWith(folder)) {
                    throw new LibraryException("zipUnsafeEntry", Map.of("where", where, "name", entry.getName()));
                }
                Files.createDirectories(target.getParent());
                String name = entry.getName().substring(top.length());
                try (InputStream in = zip.getInputStream(entry);
                        OutputStream out = Files.newOutputStream(target)) {
                    if (PageMarkup.isPage(name)) {
                        pages.copyPage(name, entry.getName(), entry.getSize(), in, out, budget);
                    } else {
                        budget.copy(entry.getName(), in, out);
                    }
                }
            }
        } catch (ZipException e) {
            deleteQuietly(folder);
            throw new LibraryException("zipDamaged", Map.of("where", where, "reason", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new LibraryException(
                    "zipCannotUnpack", Map.of("where", where, "reason", String.valueOf(e.getMessage())));
        } catch (LibraryException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    /**
     * Where {@code entry} unpacks to. A name this machine's file-name charset can't encode (an umlaut where the JVM
     * runs without a UTF-8 {@code LANG}) is refused by name rather than thrown out of the upload.
     */
    private static Path target(Path folder, ZipEntry entry, String top, String where) throws LibraryException {
        try {
            return folder.resolve(entry.getName().substring(top.length())).normalize();
        } catch (InvalidPathException e) {
            throw new LibraryException("zipUnstorableName", Map.of("where", where, "name", entry.getName()));
        }
    }

    /** {@code name/} when every file sits under the folder {@code name}, else empty text. */
    private static String commonTopFolder(List<ZipEntry> files) {
        if (files.isEmpty()) {
            return "";
        }
        String first = files.get(0).getName();
        int slash = first.indexOf('/');
        if (slash <= 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return files.stream().allMatch(entry -> entry.getName().startsWith(top)) ? top : "";
    }

    /** Removes a file or a folder with everything in it; what cannot be removed is left (it is in the data folder). */
    public static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | RuntimeException e) {
            // left in the data folder; the next upload of the same name says it is there
        }
    }
}
