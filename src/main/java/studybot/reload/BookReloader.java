package studybot.reload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.library.Library;
import studybot.library.LibraryException;

/**
 * Re-reads one book (the whole seeds folder of seed text, or one book of the shelf) into a new edition and swaps it
 * into {@link CurrentBook}, or, when the seeds can't be made into a book, keeps the old edition serving and says why
 * (file and line). Reading and indexing happen on the caller's thread, which is the watcher's, never a request's;
 * requests already holding the old {@link Book} finish on it.
 *
 * <p>Listeners hear of every new edition on the reloading thread, after it is being served.
 */
public final class BookReloader {

    private static final Logger LOG = LoggerFactory.getLogger(BookReloader.class);
    private static final Texts TEXTS = Texts.load("reload");

    /** Reads the book at a path into a library, or refuses with the file and line to fix. */
    @FunctionalInterface
    public interface LibraryReading {
        Library read(Path source) throws LibraryException;
    }

    private final Path seedsFolder;
    private final LibraryReading loader;
    private final BookBinder binder;
    private final CurrentBook current;
    private final Clock clock;
    private final List<Consumer<Book>> listeners = new CopyOnWriteArrayList<>();
    private volatile ReloadStatus status = ReloadStatus.initial();

    public BookReloader(Path seedsFolder, LibraryReading loader, BookBinder binder, CurrentBook current, Clock clock) {
        this.seedsFolder = seedsFolder;
        this.loader = loader;
        this.binder = binder;
        this.current = current;
        this.clock = clock;
    }

    /**
     * Calls {@code listener} with each edition swapped in from now on. A listener that throws is logged and skipped.
     */
    public void addListener(Consumer<Book> listener) {
        listeners.add(listener);
    }

    /** Reloads now, whatever changed; one reload at a time. */
    public synchronized ReloadOutcome reloadNow() {
        Book next;
        try {
            next = binder.bind(loader.read(seedsFolder));
        } catch (LibraryException e) {
            LOG.warn("Kept the previous book: {}", e.getMessage());
            return refuse(e.wording());
        } catch (RuntimeException e) {
            Wording reason = new Wording(TEXTS, "cannotBuild", Map.of("folder", seedsFolder, "reason", e.toString()));
            LOG.warn("Kept the previous book: {}", reason, e);
            return refuse(reason);
        }
        Book previous = current.replace(next);
        status = status.swapped(clock.instant());
        Library library = next.library();
        LOG.info(
                "Reloaded the book from {}: {} sections in {} chapters (was {} sections)",
                seedsFolder,
                library.size(),
                library.chapters().size(),
                previous.library().size());
        for (Consumer<Book> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A reload listener failed; the new book is served anyway", e);
            }
        }
        return new ReloadOutcome.Swapped(next);
    }

    /** The seeds watcher failed and is starting over: {@code /stats} shows it until studybot restarts. */
    public void watcherFailed(String reason, Instant at) {
        status = status.watcherFailed(new ReloadError(reason, at));
    }

    /** Reload counts, the last reload and the last refusal. */
    public ReloadStatus status() {
        return status;
    }

    private ReloadOutcome refuse(Wording reason) {
        ReloadError error = new ReloadError(reason, clock.instant());
        status = status.refused(error);
        return new ReloadOutcome.Refused(error);
    }
}
