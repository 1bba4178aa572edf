package studybot.store;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store opened on a thread of its own, so that logging in to Discord does not wait for it: opening SQLite (unpacking
 * its native library) and applying every feature's migration history with Flyway was most of what sat before login.
 * Work given to it before it is open waits until it is (on Discord it runs on the store handlers, and a slow answer is
 * deferred by its deadline timer, never refused). If opening fails, that work fails with the reason, and
 * {@link #awaitOpen()} throws it, so a store that cannot be used still stops startup.
 */
public final class OpeningStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(OpeningStore.class);

    private final Dialect dialect;
    private final String description;
    private final StoreHealth health;
    private final Supplier<Store> opener;
    private final CompletableFuture<Store> opened = new CompletableFuture<>();
    private boolean begun;

    private OpeningStore(Dialect dialect, String description, StoreHealth health, Supplier<Store> opener) {
        this.dialect = dialect;
        this.description = description;
        this.health = health;
        this.opener = opener;
    }

    /**
     * Starts opening the store on a thread named {@code studybot-store-opener}.
     *
     * @param health the health the opened store reports to, so whoever asked for it before the store opened sees it
     * @param opener opens the store (and throws {@link StoreException} when it cannot)
     */
    public static OpeningStore start(Dialect dialect, String description, StoreHealth health, Supplier<Store> opener) {
        OpeningStore store = prepare(dialect, description, health, opener);
        store.begin();
        return store;
    }

    /**
     * A store that opens once {@link #begin()} is called: handed to the features at once, opened when the CPU it takes
     * is no longer needed elsewhere (on Discord, once the login is under way).
     */
    public static OpeningStore prepare(
            Dialect dialect, String description, StoreHealth health, Supplier<Store> opener) {
        return new OpeningStore(dialect, description, health, opener);
    }

    /** Starts opening the store, the first time only; nothing once it was closed. */
    public synchronized void begin() {
        if (begun) {
            return;
        }
        begun = true;
        Thread thread = new Thread(
                () -> {
                    long started = System.nanoTime();
                    try {
                        opened.complete(opener.get());
                        LOG.info(
                                "Opened {} in {} ms, in the background",
                                description,
                                (System.nanoTime() - started) / 1_000_000);
                    } catch (RuntimeException | Error e) {
                        opened.completeExceptionally(e);
                    }
                },
                "studybot-store-opener");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until the store is open.
     *
     * @throws StoreException why it could not be opened
     */
    public void awaitOpen() throws InterruptedException {
        try {
            opened.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    /** Whether the store is still being opened (false once it is open or could not be). */
    public boolean isOpening() {
        return !opened.isDone();
    }

    @Override
    public CompletionStage<Void> opened() {
        return opened.thenAccept(store -> {});
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public String description() {
        return description;
    }

    /** Waits for the store to open, then runs {@code work} in it. */
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        return store().inTransaction(work);
    }

    /** Waits for the store to open, then gives {@code work} to its shared writes. */
    @Override
    public <T> T inSharedTransaction(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        return store().inSharedTransaction(work);
    }

    @Override
    public StoreHealth health() {
        return health;
    }

    /** Waits for the opening to end, then closes the store if it opened; a store never begun is never opened. */
    @Override
    public void close() {
        synchronized (this) {
            if (!begun) {
                begun = true;
                opened.completeExceptionally(new StoreException("The store " + description + " was closed unopened"));
                return;
            }
        }
        boolean interrupted = false;
        while (true) {
            try {
                opened.get().close();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Store store() {
        return awaited(opened, description, "Interrupted while " + description + " was being opened");
    }

    /**
     * What {@code ready} completes with, waited for as store work waits for a store: an interrupted wait is a busy
     * store, a store that could not be opened a {@link StoreException} naming why.
     */
    static <T> T awaited(Future<T> ready, String description, String interrupted) {
        try {
            return ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException(interrupted, e);
        } catch (ExecutionException e) {
            throw new StoreException(
                    "The store " + description + " could not be opened: "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
    }
}
