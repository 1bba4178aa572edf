package studybot.search.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the native-library folders earlier studybot releases unpacked beside the current one ({@code ort},
 * {@code ort-*}, other {@code onnxruntime-*}), about 16 MB each, which nothing uses after an upgrade. A folder is kept
 * while a live process loads from it (its loading marker, {@link OnnxNatives#LOADING_MARKER}) or when it changed within
 * {@link #SETTLING}: another process may be unpacking into it before writing its marker. A process that has loaded the
 * library already keeps it mapped, so removing its files does not disturb it.
 */
final class OldNativeFolders {

    static final Duration SETTLING = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(OldNativeFolders.class);
    private static final Pattern STUDYBOTS = Pattern.compile("ort|ort-.+|onnxruntime-.+");

    private OldNativeFolders() {}

    /** Removes the old folders beside {@code current}, logging one INFO line naming them when there were any. */
    static List<String> removeBeside(Path current, Instant now) {
        List<String> removed = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> entries = Files.list(current.getParent())) {
            for (Path folder : entries.filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .filter(entry -> !entry.getFileName().equals(current.getFileName()))
                    .filter(entry ->
                            STUDYBOTS.matcher(entry.getFileName().toString()).matches())
                    .sorted()
                    .toList()) {
                if (inUse(folder, now)) {
                    continue;
                }
                long size = size(folder);
                delete(folder);
                removed.add(folder.getFileName().toString());
                bytes += size;
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove older ONNX Runtime folders beside {}: {}", current, e.toString());
        }
        if (!removed.isEmpty()) {
            LOG.info(
                    "Removed {} ONNX Runtime folder(s) left by earlier studybot releases from {} ({} MB): {}",
                    removed.size(),
                    current.getParent(),
                    bytes / (1024 * 1024),
                    String.join(", ", removed));
        }
        return removed;
    }

    private static boolean inUse(Path folder, Instant now) throws IOException {
        if (Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .isAfter(now.minus(SETTLING))) {
            return true;
        }
        List<Path> markers;
        try (Stream<Path> files = Files.list(folder)) {
            markers = files.filter(file -> file.getFileName().toString().startsWith(OnnxNatives.LOADING_MARKER))
                    .toList();
        }
        for (Path marker : markers) {
            if (OnnxNatives.markerOfLiveProcess(marker)) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> files = Files.walk(folder)) {
            deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : deepestFirst) {
            Files.deleteIfExists(file);
        }
    }
}
