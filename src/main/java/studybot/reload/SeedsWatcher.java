package studybot.reload;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the seeds folder and every folder under it, including folders created later, and runs {@code reload} on
 * its own thread once the folder has been quiet for the quiet period after a change (a file added, changed,
 * removed or renamed). Requests never wait for it.
 *
 * <p>Every change counts, not only {@code *.txt} files: an editor's save often ends in a rename or a folder
 * removal, and reloading an unchanged book is cheap. If the seeds folder itself is removed, watching stops (logged);
 * the last good book keeps serving until a restart.
 */
public final class SeedsWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SeedsWatcher.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path root;
    private final WatchService service;
    private final QuietPeriod quiet;
    private final Clock clock;
    private final Runnable reload;
    /** Watched folders by key; filled before the thread starts, then touched by the watching thread only. */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    private SeedsWatcher(Path root, WatchService service, Duration quietPeriod, Clock clock, Runnable reload) {
        this.root = root;
        this.service = service;
        this.quiet = new QuietPeriod(quietPeriod);
        this.clock = clock;
        this.reload = reload;
        this.thread = new Thread(this::watch, "seeds-watcher " + root);
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code seedsFolder}. Every folder under it is watched when this returns, so a change made
     * afterwards is never missed.
     *
     * @param quietPeriod how long the folder must stay unchanged before {@code reload} runs
     * @param clock       measures the quiet period
     * @param reload      runs on the watching thread, one at a time; what it throws is logged
     */
    public static SeedsWatcher start(Path seedsFolder, Duration quietPeriod, Clock clock, Runnable reload)
            throws IOException {
        WatchService service = seedsFolder.getFileSystem().newWatchService();
        try {
            SeedsWatcher watcher = new SeedsWatcher(seedsFolder, service, quietPeriod, clock, reload);
            watcher.register(seedsFolder);
            watcher.thread.start();
            LOG.info("Watching {} for changes; reloading {} ms after the last one", seedsFolder,
                    quietPeriod.toMillis());
            return watcher;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            service.close();
            throw e;
        }
    }

    /** Stops watching and waits for a reload in progress to finish. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Could not close the watch on {}", root, e);
        }
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        try {
            while (true) {
                Optional<Duration> wait = quiet.remaining(clock.instant());
                WatchKey key = wait.isPresent() ? service.poll(wait.get().toNanos(), TimeUnit.NANOSECONDS)
                        : service.take();
                if (key != null) {
                    handle(key);
                    quiet.changed(clock.instant());
                }
                if (quiet.takeDue(clock.instant())) {
                    runReload();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("Stopped watching {}", root);
        }
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        List<WatchEvent<?>> events = key.pollEvents();
        for (WatchEvent<?> event : events) {
            if (event.kind() == OVERFLOW) {
                registerQuietly(root);
            } else if (event.kind() == ENTRY_CREATE && folder != null) {
                Path created = folder.resolve((Path) event.context());
                if (Files.isDirectory(created, NOFOLLOW_LINKS)) {
                    registerQuietly(created);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
            if (root.equals(folder)) {
                LOG.warn("The seeds folder {} is gone: live reload has stopped until studybot restarts", root);
            }
        }
    }

    private void runReload() {
        try {
            reload.run();
        } catch (RuntimeException e) {
            LOG.error("Reloading {} failed; still watching", root, e);
        }
    }

    private void registerQuietly(Path top) {
        try {
            register(top);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot watch {} for changes: {}", top, e.getMessage());
        }
    }

    /** Watches {@code top} and every folder under it; watching a folder twice is harmless. */
    private void register(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path folder : walk.filter(path -> Files.isDirectory(path, NOFOLLOW_LINKS)).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }
}
