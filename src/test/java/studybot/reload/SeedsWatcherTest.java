package studybot.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static studybot.reload.SeedFolder.seed;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.book.Book;
import studybot.book.CurrentBook;
import studybot.library.SectionNumber;
import studybot.testing.LogCapture;

/** The real {@code WatchService} on a temporary folder; every wait is for an event, with a generous timeout. */
class SeedsWatcherTest {

    private static final long TIMEOUT_SECONDS = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);

    @TempDir
    Path folder;

    private SeedFolder seeds;
    private CurrentBook current;
    private BookReloader reloader;
    private final BlockingQueue<Book> swappedIn = new LinkedBlockingQueue<>();
    private SeedsWatcher watcher;

    @BeforeEach
    void serveTheBook() throws Exception {
        seeds = new SeedFolder(folder);
        seeds.write("a.txt", seed("20.4 Replication Groups", "Replicas copy the primary."));
        current = seeds.serve();
        reloader = seeds.reloader(current);
        reloader.addListener(swappedIn::add);
    }

    @AfterEach
    void stopWatching() {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Test
    void tenSavesInABurstAreOneReload() throws Exception {
        watch(Duration.ofMillis(1500));

        for (int save = 1; save <= 10; save++) {
            String text = seed("30.1 Draft", "Version " + save + " of the draft.");
            if (save % 2 == 0) {
                seeds.write("b.txt", text);
            } else {
                Path temp = seeds.write(".b.txt.swp", text);
                Files.move(
                        temp,
                        folder.resolve("b.txt"),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }

        Book afterBurst = nextSwap();
        assertThat(body(afterBurst, 30, 1)).isEqualTo("Version 10 of the draft.");
        assertThat(reloader.status().reloads()).isEqualTo(1);

        seeds.write("c.txt", seed("40.1 Sentinel", "Written after the burst was reloaded."));
        Book afterSentinel = nextSwap();
        assertThat(afterSentinel.library().find(new SectionNumber(40, 1))).isPresent();
        assertThat(reloader.status().reloads())
                .as("the burst gave one reload and the sentinel one more")
                .isEqualTo(2);
    }

    @Test
    void folderCreatedAfterStartIsWatchedToo() throws Exception {
        watch(Duration.ofMillis(200));

        Files.createDirectories(folder.resolve("part2"));
        nextSwap();
        seeds.write("part2/deep.txt", seed("62.1 Deeper", "Found in a folder made after the watch began."));

        assertThat(body(nextSwapWith(62, 1), 62, 1)).isEqualTo("Found in a folder made after the watch began.");
        assertThat(current.get().library().size()).isEqualTo(2);
    }

    @Test
    void removingAFileReloadsWithoutIt() throws Exception {
        seeds.write("b.txt", seed("30.1 Extra", "Soon gone."));
        reloader.reloadNow();
        swappedIn.clear();
        watch(Duration.ofMillis(200));

        seeds.delete("b.txt");

        Book after = nextSwap();
        assertThat(after.library().find(new SectionNumber(30, 1))).isEmpty();
        assertThat(current.get()).isSameAs(after);
    }

    @Test
    void invalidEditKeepsWatchingAndTheFixIsPickedUp() throws Exception {
        watch(Duration.ofMillis(200));
        Book before = current.get();

        try (LogCapture log = LogCapture.of(BookReloader.class)) {
            seeds.write("b.txt", "no heading at all\n");
            awaitRefusal();
            assertThat(log.messages(Level.WARN)).first().asString().contains("b.txt:1: no sections");
        }
        assertThat(current.get()).isSameAs(before);
        seeds.write("b.txt", seed("30.1 Fixed", "Now it has a heading."));

        assertThat(body(nextSwapWith(30, 1), 30, 1)).isEqualTo("Now it has a heading.");
        assertThat(reloader.status().failing()).isFalse();
    }

    @Test
    void closeStopsTheWatchingThread() throws Exception {
        watch(Duration.ofMillis(200));
        String threadName = "seeds-watcher " + folder;
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .contains(threadName);

        watcher.close();

        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .doesNotContain(threadName);
    }

    @Test
    void aSwappedInFolderIsWatchedAndReloaded() throws Exception {
        Path live = nestedSeeds("20.4 Replication Groups", "The first edition.");
        watch(live, Duration.ofMillis(200));
        Path next = Files.createDirectories(folder.resolve("seeds.new"));
        Files.writeString(next.resolve("a.txt"), seed("20.4 Replication Groups", "The second edition."));

        Files.move(live, folder.resolve("seeds.old"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(next, live, StandardCopyOption.ATOMIC_MOVE);

        assertThat(body(nextSwapSaying(20, 4, "The second edition."), 20, 4)).isEqualTo("The second edition.");
        Files.writeString(live.resolve("b.txt"), seed("30.1 Later", "Edited in the swapped-in folder."));
        assertThat(body(nextSwapWith(30, 1), 30, 1)).isEqualTo("Edited in the swapped-in folder.");
    }

    @Test
    void aSymlinkedSeedsFolderIsFollowedAndItsTargetWatched() throws Exception {
        Path release = Files.createDirectories(folder.resolve("releases/v1/seeds"));
        Files.writeString(release.resolve("a.txt"), seed("20.4 Replication Groups", "Release one."));
        Path link = Files.createSymbolicLink(folder.resolve("seeds"), folder.relativize(release));
        SeedFolder linked = new SeedFolder(link);
        current = linked.serve();
        reloader = linked.reloader(current);
        reloader.addListener(swappedIn::add);
        assertThat(body(current.get(), 20, 4)).isEqualTo("Release one.");
        watch(link, Duration.ofMillis(200));

        Files.writeString(release.resolve("b.txt"), seed("30.1 Later", "Edited in the target."));
        assertThat(body(nextSwapWith(30, 1), 30, 1)).isEqualTo("Edited in the target.");

        Path second = Files.createDirectories(folder.resolve("releases/v2/seeds"));
        Files.writeString(second.resolve("a.txt"), seed("20.4 Replication Groups", "Release two."));
        Path relinked = Files.createSymbolicLink(folder.resolve("seeds.next"), folder.relativize(second));
        Files.move(relinked, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(body(nextSwapSaying(20, 4, "Release two."), 20, 4)).isEqualTo("Release two.");
    }

    @Test
    void aRemovedFolderKeepsTheBookServingAndSaysSoUntilItIsBack() throws Exception {
        Path live = nestedSeeds("20.4 Replication Groups", "Before the removal.");
        watch(live, Duration.ofMillis(200));
        Book before = current.get();

        try (LogCapture log = LogCapture.of(SeedsWatcher.class, BookReloader.class)) {
            deleteTree(live);
            await().atMost(TIMEOUT).until(() -> reloader.status().failing());

            assertThat(current.get()).isSameAs(before);
            assertThat(reloader.status().lastError())
                    .get()
                    .extracting(ReloadError::message)
                    .asString()
                    .contains("the seeds folder does not exist");
            assertThat(log.messages(Level.WARN)).anyMatch(line -> line.contains("is gone"));
        }
        Files.createDirectories(live);
        Files.writeString(live.resolve("a.txt"), seed("20.4 Replication Groups", "After the removal."));

        assertThat(body(nextSwapSaying(20, 4, "After the removal."), 20, 4)).isEqualTo("After the removal.");
        assertThat(reloader.status().failing()).isFalse();
    }

    @Test
    void aWatcherThatFailsIsReportedAndStartsOver() throws Exception {
        AtomicBoolean failOnce = new AtomicBoolean(true);
        try (LogCapture log = LogCapture.of(SeedsWatcher.class)) {
            watcher = SeedsWatcher.start(
                    folder,
                    Duration.ofMillis(200),
                    Clock.systemUTC(),
                    () -> {
                        if (failOnce.getAndSet(false)) {
                            throw new OutOfMemoryError("Java heap space (thrown by the test)");
                        }
                        reloader.reloadNow();
                    },
                    reloader::watcherFailed);

            seeds.write("b.txt", seed("30.1 First", "Reloading this one fails."));
            await().atMost(TIMEOUT).until(() -> reloader.status().watcherRestarts() == 1);
            assertThat(reloader.status().lastWatcherFailure())
                    .get()
                    .extracting(ReloadError::message)
                    .asString()
                    .contains("OutOfMemoryError");
            assertThat(log.messages(Level.ERROR)).singleElement().asString().contains("starting over");
        }
        seeds.write("c.txt", seed("40.1 Second", "Picked up after the restart."));

        assertThat(body(nextSwapWith(40, 1), 40, 1)).isEqualTo("Picked up after the restart.");
    }

    private Path nestedSeeds(String heading, String body) throws Exception {
        Path live = Files.createDirectories(folder.resolve("seeds"));
        Files.writeString(live.resolve("a.txt"), seed(heading, body));
        SeedFolder nested = new SeedFolder(live);
        current = nested.serve();
        reloader = nested.reloader(current);
        reloader.addListener(swappedIn::add);
        return live;
    }

    private static void deleteTree(Path top) throws Exception {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void watch(Duration quietPeriod) throws Exception {
        watch(folder, quietPeriod);
    }

    private void watch(Path seedsFolder, Duration quietPeriod) throws Exception {
        watcher = SeedsWatcher.start(
                seedsFolder, quietPeriod, Clock.systemUTC(), reloader::reloadNow, reloader::watcherFailed);
    }

    /** Waits for the first edition whose section has this body. */
    private Book nextSwapSaying(int chapter, int section, String body) throws InterruptedException {
        while (true) {
            Book book = nextSwapWith(chapter, section);
            if (body(book, chapter, section).equals(body)) {
                return book;
            }
        }
    }

    private Book nextSwap() throws InterruptedException {
        Book book = swappedIn.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(book).as("a reload within %d s", TIMEOUT_SECONDS).isNotNull();
        return book;
    }

    /** Waits for the first edition that has the section: a folder event may cause a reload before the file is in. */
    private Book nextSwapWith(int chapter, int section) throws InterruptedException {
        while (true) {
            Book book = nextSwap();
            if (book.library().find(new SectionNumber(chapter, section)).isPresent()) {
                return book;
            }
        }
    }

    private void awaitRefusal() {
        await().atMost(TIMEOUT).until(() -> reloader.status().refused() > 0);
    }

    private static String body(Book book, int chapter, int section) {
        return book.library()
                .find(new SectionNumber(chapter, section))
                .orElseThrow()
                .body();
    }
}
