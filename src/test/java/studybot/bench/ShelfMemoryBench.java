package studybot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import studybot.book.Book;
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
import studybot.search.SemanticIndexer;
import studybot.search.SemanticIndexing;
import studybot.search.semantic.SemanticStatus;
import studybot.shelf.BookDiscovery;
import studybot.shelf.BookLanguages;
import studybot.shelf.BookReading;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;

/**
 * Heap and RSS of a shelf of several books, as each is built (one at a time) and once all are served, and, with
 * {@code --meaning DATA_FOLDER}, as each book's passage vectors are built (one book at a time, as studybot does after a
 * start) with the time each took: the memory figure of issue 17 §6 ("5 books of about 500,000 words each, search by
 * meaning on, fit in -Xmx1g"). {@code --stand-in} attaches random unit vectors instead of embedding (the model is
 * loaded for questions all the same): the vectors served take the same memory, without the hour that embedding two
 * million words takes on a shared machine. Ends with the heap's largest classes ({@code jcmd GC.class_histogram}). Run
 * it on a seeds folder of real books ({@code scripts/real-books/five-books.sh} makes one), under the heap limit to
 * check:
 *
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *     -Dexec.args="-Xmx1g -cp %classpath studybot.bench.ShelfMemoryBench /tmp/five-books --meaning /tmp/five-books-data"
 * </pre>
 *
 * A data folder kept from an earlier run has the vectors on disk, so only the first run embeds.
 */
public final class ShelfMemoryBench {

    private static final int HISTOGRAM_LINES = 25;

    private ShelfMemoryBench() {}

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        Optional<Path> meaning =
                args.length >= 3 && args[1].equals("--meaning") ? Optional.of(Path.of(args[2])) : Optional.empty();
        boolean standIn = args.length >= 2 && args[1].equals("--stand-in");
        Clock clock = Clock.systemUTC();
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, clock);
        Path uploads = Files.createTempDirectory("shelf-bench-uploads");
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "load at start: %s%n", load());
        try (Shelf shelf = new Shelf(
                seeds,
                uploads,
                new BookDiscovery(importer),
                new BookReading(
                        new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT),
                        importer,
                        List.of(),
                        BookLanguages.FROM_METADATA),
                new BookBinder(new CacheConfig(10_000, 600, false), new SearchConfig(5, true), new KeyFactExtractor()),
                ImportLimits.DEFAULT,
                new UploadsConfig(false, 1024, 0),
                "",
                clock)) {
            shelf.addListener((book, edition) -> System.out.printf(
                    Locale.ROOT,
                    "built %s, %,d sections at %.0f s: heap %s, RSS %s%n",
                    book.id(),
                    edition.library().size(),
                    seconds(started),
                    heapAfterGc(),
                    rss()));
            shelf.loadAll();
            long words = 0;
            for (ShelvedBook book : shelf.all()) {
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
                    shelf.all().size(),
                    words,
                    seconds(started),
                    heapAfterGc(),
                    rss(),
                    Runtime.getRuntime().maxMemory() >> 20);
            if (meaning.isPresent()) {
                buildMeaning(shelf, meaning.get(), clock);
            }
            if (standIn) {
                attachStandIns(shelf);
            }
            System.out.printf(Locale.ROOT, "load at end: %s%n", load());
            histogram();
        }
    }

    /**
     * Builds every book's vectors one at a time, as {@code startSearchByMeaning} does, reporting each as it is ready.
     */
    private static void buildMeaning(Shelf shelf, Path dataFolder, Clock clock) throws InterruptedException {
        try (SemanticIndexer indexer = SemanticIndexer.inDataFolder(dataFolder, clock)) {
            long started = System.nanoTime();
            List<ShelvedBook> books = new ArrayList<>(shelf.all());
            for (ShelvedBook book : books) {
                Book edition = book.current().get();
                indexer.index(book.folderName(), edition.searchIndex(), edition.cache());
            }
            long previous = started;
            for (ShelvedBook book : books) {
                Book edition = book.current().get();
                while (!edition.searchIndex().searchesByMeaning()) {
                    if (indexer.status().state() == SemanticStatus.State.UNAVAILABLE) {
                        System.out.println("search by meaning unavailable: "
                                + indexer.status().describe());
                        return;
                    }
                    TimeUnit.MILLISECONDS.sleep(500);
                }
                long now = System.nanoTime();
                System.out.printf(
                        Locale.ROOT,
                        "vectors of %s ready after %.0f s (%.0f s for this book): heap %s, RSS %s%n",
                        book.id(),
                        (now - started) / 1e9,
                        (now - previous) / 1e9,
                        heapAfterGc(),
                        rss());
                previous = now;
            }
            indexer.awaitSettled(Duration.ofMinutes(1));
            System.out.printf(
                    Locale.ROOT,
                    "search by meaning for all %d books: %s; heap %s, RSS %s%n",
                    books.size(),
                    indexer.status().describe(),
                    heapAfterGc(),
                    rss());
        }
    }

    /** Attaches random unit vectors to every book, one at a time, reporting the memory after each. */
    private static void attachStandIns(Shelf shelf) {
        for (ShelvedBook book : shelf.all()) {
            int passages = SemanticIndexing.attachStandIn(book.current().get().searchIndex(), BenchModel.encoder());
            System.out.printf(
                    Locale.ROOT,
                    "stand-in vectors of %s (%,d passages) attached: heap %s, RSS %s%n",
                    book.id(),
                    passages,
                    heapAfterGc(),
                    rss());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
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

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The heap's largest classes, from the JDK's own {@code jcmd}. */
    private static void histogram() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(
                        jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> lines =
                new String(process.getInputStream().readAllBytes()).lines().toList();
        process.waitFor();
        lines.stream().limit(HISTOGRAM_LINES).forEach(System.out::println);
    }
}
