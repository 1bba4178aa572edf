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
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the seeds folder and every folder under it, including folders created later, and runs {@code reload} on its
 * own thread once the folder has been quiet for the quiet period after a change (a file added, changed, removed or
 * renamed). Requests never wait for it.
 *
 * <p>Every change counts, not only {@code *.txt} files: an editor's save often ends in a rename or a folder removal,
 * and reloading an unchanged book is cheap.
 *
 * <p>The seeds folder itself may be replaced: swapped for another ({@code mv seeds seeds.old; mv seeds.new seeds}), or
 * removed and created again. A watch follows a folder, not its name, so the folder holding the seeds folder is watched
 * too, and every {@link #CHECK_INTERVAL} the watcher also checks that the folder under the name is still the one it
 * watches. Either way the new folder is watched and reloaded after the quiet period. While no folder has the name, the
 * reload is refused (the old book keeps serving and {@code /stats} says the folder is missing) until one appears.
 *
 * <p>A failure of the watcher itself (whatever {@code reload} throws, an {@code Error} included) is logged, passed to
 * {@code failures} for {@code /stats}, and the watcher starts over with a fresh reload.
 */
public final class SeedsWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SeedsWatcher.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** How often the watcher checks that the seeds folder is still the folder it watches. */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(2);
    /** How long the watcher waits before starting over after it failed, so a failure that repeats can't spin. */
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(1);

    private final Path root;
    private final WatchService service;
    private final QuietPeriod quiet;
    private final Clock clock;
    private final Runnable reload;
    private final WatcherFailures failures;
    /** Watched folders by key; filled before the thread starts, then touched by the watching thread only. */
    private final Map<WatchKey, Path> folders = new HashMap<>();

    private final Thread thread;
    private WatchKey parentKey;
    /** The identity of the folder watched under the seeds folder's name; null while there is none. */
    private Object rootIdentity;

    private SeedsWatcher(
            Path root,
            WatchService service,
            Duration quietPeriod,
            Clock clock,
            Runnable reload,
            WatcherFailures failures) {
        this.root = root;
        this.service = service;
        this.quiet = new QuietPeriod(quietPeriod);
        this.clock = clock;
        this.reload = reload;
        this.failures = failures;
        this.thread = new Thread(this::watch, "seeds-watcher " + root);
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code seedsFolder}. Every folder under it is watched when this returns, so a change made
     * afterwards is never missed.
     *
     * @param quietPeriod how long the folder must stay unchanged before {@code reload} runs
     * @param clock measures the quiet period
     * @param reload runs on the watching thread, one at a time
     * @param failures hears of each failure of the watcher, after which it starts over
     */
    public static SeedsWatcher start(
            Path seedsFolder, Duration quietPeriod, Clock clock, Runnable reload, WatcherFailures failures)
            throws IOException {
        WatchService service = seedsFolder.getFileSystem().newWatchService();
        try {
            SeedsWatcher watcher = new SeedsWatcher(seedsFolder, service, quietPeriod, clock, reload, failures);
            watcher.watchParent();
            watcher.register(seedsFolder);
            watcher.rootIdentity = identity(seedsFolder);
            watcher.thread.start();
            LOG.info(
                    "Watching {} for changes; reloading {} ms after the last one", seedsFolder, quietPeriod.toMillis());
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
        while (true) {
            try {
                watchUntilStopped();
                return;
            } catch (ClosedWatchServiceException e) {
                LOG.debug("Stopped watching {}", root);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                if (!startOver(e)) {
                    return;
                }
            }
        }
    }

    private void watchUntilStopped() throws InterruptedException {
        while (true) {
            Duration wait = quiet.remaining(clock.instant())
                    .filter(left -> left.compareTo(CHECK_INTERVAL) < 0)
                    .orElse(CHECK_INTERVAL);
            WatchKey key = service.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (key != null) {
                handle(key);
                quiet.changed(clock.instant());
            }
            checkRootIdentity();
            if (quiet.takeDue(clock.instant())) {
                reload.run();
            }
        }
    }

    /**
     * Reports {@code failure}, then starts over with every folder watched afresh; the next change reloads (not at once:
     * if the reload itself failed, running it again straight away would fail the same way). False when the watcher was
     * closed meanwhile.
     */
    private boolean startOver(Throwable failure) {
        String reason = failure.toString();
        LOG.error("Watching {} failed ({}); starting over", root, reason, failure);
        try {
            failures.failed(reason, clock.instant());
            Thread.sleep(RESTART_PAUSE.toMillis());
            folders.keySet().forEach(WatchKey::cancel);
            folders.clear();
            watchParent();
            rootReplaced();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ClosedWatchServiceException e) {
            return false;
        } catch (RuntimeException | Error e) {
            LOG.error("Could not start watching {} again", root, e);
            return true;
        }
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (key == parentKey) {
                if (event.kind() == OVERFLOW || root.getFileName().equals(event.context())) {
                    checkRootIdentity();
                }
            } else if (event.kind() == OVERFLOW) {
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
            if (key == parentKey) {
                parentKey = null;
            }
        }
    }

    /** Notices when the name now points at another folder, or at none, and watches what is there now. */
    private void checkRootIdentity() {
        if (!Objects.equals(rootIdentity, identity(root))) {
            rootReplaced();
            quiet.changed(clock.instant());
        }
        if (parentKey == null) {
            watchParent();
        }
    }

    private void rootReplaced() {
        folders.keySet().stream().filter(key -> key != parentKey).forEach(WatchKey::cancel);
        folders.keySet().removeIf(key -> key != parentKey);
        rootIdentity = identity(root);
        if (rootIdentity == null) {
            LOG.warn("The seeds folder {} is gone; the book loaded last keeps serving until it is back", root);
            return;
        }
        LOG.info("The seeds folder {} was replaced; watching the new one", root);
        registerQuietly(root);
    }

    private void watchParent() {
        Path parent = root.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            parentKey = parent.register(service, ENTRY_CREATE, ENTRY_DELETE);
            folders.put(parentKey, parent);
        } catch (IOException e) {
            LOG.debug("Cannot watch {} for the seeds folder being replaced: {}", parent, e.toString());
        }
    }

    private void registerQuietly(Path top) {
        try {
            register(top);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot watch {} for changes: {}", top, e.getMessage());
        }
    }

    /**
     * Watches {@code top} and every folder under it; watching a folder twice is harmless. A link in place of the seeds
     * folder is followed: the folder it points at is what changes.
     */
    private void register(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top.toRealPath())) {
            for (Path folder :
                    walk.filter(path -> Files.isDirectory(path, NOFOLLOW_LINKS)).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    /** What tells one folder from another under the same name (device and inode on Unix); null when there is none. */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return attributes.isDirectory()
                    ? Optional.ofNullable(attributes.fileKey()).orElse(folder)
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}
