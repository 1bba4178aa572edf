package studybot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.config.UploadsConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.shelf.BookDiscovery;
import studybot.shelf.BookLanguages;
import studybot.shelf.BookReading;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;

/**
 * Heap and RSS of a shelf of several books, as each is built (one at a time) and once all are served: the memory figure
 * of issue 17 §6 ("5 books of about 500,000 words each fit in -Xmx1g"). Run it on a seeds folder of real books (see
 * docs/books.md), under the heap limit to check:
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-Xmx1g -cp %classpath studybot.bench.ShelfMemoryBench /tmp/five-books"
 * </pre>
 */
public final class ShelfMemoryBench {

    private ShelfMemoryBench() {}

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        Clock clock = Clock.systemUTC();
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, clock);
        Path uploads = Files.createTempDirectory("shelf-bench-uploads");
        long started = System.nanoTime();
        try (Shelf shelf = new Shelf(
                seeds,
                uploads,
                new BookDiscovery(importer),
                new BookReading(
                        new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT),
                        importer,
                        List.of(),
                        BookLanguages.FROM_METADATA),
                new BookBinder(new CacheConfig(10_000, 600, false), new SearchConfig(5, false), new KeyFactExtractor()),
                ImportLimits.DEFAULT,
                new UploadsConfig(false, 1024, 0),
                "",
                clock)) {
            shelf.addListener(edition -> System.out.printf(
                    Locale.ROOT,
                    "built %,d sections at %.0f s: heap %s, RSS %s%n",
                    edition.library().size(),
                    (System.nanoTime() - started) / 1e9,
                    heapAfterGc(),
                    rss()));
            shelf.loadAll();
            long words = 0;
            for (ShelvedBook book : shelf.booksFor(OptionalLong.empty())) {
                long bookWords = book.report().map(report -> report.words()).orElse(0L);
                words += bookWords;
                System.out.printf(
                        Locale.ROOT,
                        "%-40s %,9d words %,6d sections%n",
                        book.id(),
                        bookWords,
                        book.current().get().library().size());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d books, %,d words, built in %.0f s; serving all: heap %s, RSS %s, max heap %d MB%n",
                    shelf.booksFor(OptionalLong.empty()).size(),
                    words,
                    (System.nanoTime() - started) / 1e9,
                    heapAfterGc(),
                    rss(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static String heapAfterGc() {
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return (used >> 20) + " MB";
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring(6).strip())
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
