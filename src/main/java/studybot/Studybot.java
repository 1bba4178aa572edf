package studybot;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.book.check.BookCheck;
import studybot.command.CommandRegistry;
import studybot.concurrent.DaemonThreads;
import studybot.config.ConfigException;
import studybot.config.StudybotConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.library.snapshot.BookSnapshots;
import studybot.metrics.MetricsEndpoint;
import studybot.reload.SeedsWatcher;
import studybot.search.semantic.SemanticStatus;
import studybot.shelf.BookDiscovery;
import studybot.shelf.BookLanguages;
import studybot.shelf.BookReading;
import studybot.shelf.ReadBook;
import studybot.shelf.SeedsFolderCheck;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.stats.CommandMetrics;
import studybot.stats.Interaction;
import studybot.stats.InteractionLog;

/**
 * A running studybot's book side, whatever the transport: the loaded book and its live reload, search by meaning, the
 * command registry the {@link CompositionRoot} built with every feature, and where answered interactions go.
 */
public final class Studybot {

    private static final Logger LOG = LoggerFactory.getLogger(Studybot.class);

    private final StudybotConfig config;
    private final Clock clock;
    private final Shelf shelf;
    private final SearchByMeaning meaning;
    private final CommandRegistry registry;
    private final CommandMetrics metrics;
    private final PrometheusMeterRegistry meters;
    private final InteractionLog interactionLog = new InteractionLog();

    /**
     * Wires everything but the book itself; until {@link #serve} or {@link #loadBook()} has run, answers wait for it.
     * Lets the bot connect to Discord while the book is being indexed. Only the {@link CompositionRoot} builds one.
     */
    Studybot(
            StudybotConfig config,
            Clock clock,
            Shelf shelf,
            SearchByMeaning meaning,
            CommandRegistry registry,
            CommandMetrics metrics,
            PrometheusMeterRegistry meters) {
        this.config = config;
        this.clock = clock;
        this.shelf = shelf;
        this.meaning = meaning;
        this.registry = registry;
        this.metrics = metrics;
        this.meters = meters;
        shelf.addListener(meaning::index);
        shelf.addRemovalListener(meaning::forget);
    }

    /**
     * Reads and checks the first book to serve without indexing it: quick, and where a bad book is refused with the
     * file and line to fix. {@link #serve} does the slower rest. {@code beforeParsing} runs first if the book must be
     * parsed rather than read from its snapshot.
     */
    public static ReadBook readBook(StudybotConfig config, Clock clock, Runnable beforeParsing)
            throws LibraryException {
        try (Shelf shelf = shelf(config, clock)) {
            return shelf.readFirst(beforeParsing);
        }
    }

    /** Loads every book of the shelf, one at a time; refuses with the file and line to fix when the first is bad. */
    public void loadBook() throws LibraryException, ConfigException {
        shelf.loadAll();
    }

    /**
     * The shelf the config describes: the seeds folder's books and the servers' uploads in the data folder, read within
     * the size limits the config sets, indexed with its cache and search settings.
     */
    static Shelf shelf(StudybotConfig config, Clock clock) {
        ImportLimits limits = ImportLimits.forHeap(Runtime.getRuntime().maxMemory());
        BookImporter importer = BookFormats.importer(limits, clock);
        LibraryLoader seedText = new LibraryLoader(
                new SeedParser(),
                clock,
                new SeedLimits(config.book().maxFileBytes(), config.book().maxTotalBytes()));
        return new Shelf(
                config.seedsFolder(),
                config.dataFolder().resolve("books"),
                new BookDiscovery(importer),
                new BookReading(
                        seedText,
                        importer,
                        config.book().aliases(),
                        new BookLanguages(
                                config.book().language(), config.book().languages()),
                        Optional.of(
                                new BookSnapshots(config.dataFolder().resolve(BookSnapshots.FOLDER), limits, clock))),
                new BookBinder(config.cache(), config.search(), new KeyFactExtractor(), deckBuilder()),
                limits,
                config.book().uploads(),
                config.book().defaultBook(),
                clock);
    }

    /**
     * {@code check-book}: a book, or every book of a seeds folder, read as the shelf reads it with no config (no
     * aliases, each book in the language its metadata or text gives, seed text within the default limits).
     */
    static SeedsFolderCheck bookCheck(Clock clock) {
        ImportLimits limits = ImportLimits.forHeap(Runtime.getRuntime().maxMemory());
        BookImporter importer = BookFormats.importer(limits, clock);
        return new SeedsFolderCheck(
                new BookCheck(limits, clock, new KeyFactExtractor()),
                importer,
                new BookDiscovery(importer),
                new BookReading(
                        new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT),
                        importer,
                        List.of(),
                        BookLanguages.FROM_METADATA));
    }

    /**
     * Where the books' quiz decks are built, one at a time, after each book answers: one thread, which ends when idle,
     * so a process holds none between reloads.
     */
    private static ThreadPoolExecutor deckBuilder() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), DaemonThreads.named("quiz-deck"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Indexes {@code first} (from {@link #readBook}) and starts answering from it, then builds the other books. */
    public void serve(ReadBook first) throws LibraryException, ConfigException {
        shelf.load(first);
    }

    /**
     * Starts building search by meaning in the background for every book served now (the default book first), one book
     * at a time, then for every reload and upload, if the config asks for it ({@code search.semantic}); until a book's
     * vectors are ready it answers with BM25 alone. Not called, or {@code false} in the config, and the model is never
     * loaded.
     */
    public synchronized void startSearchByMeaning() {
        List<ShelvedBook> books = new ArrayList<>(shelf.all());
        shelf.defaultBook().ifPresent(first -> {
            books.remove(first);
            books.add(0, first);
        });
        meaning.start(books);
    }

    /** Stops building search by meaning, as the bot stops; questions already asked are still answered. */
    public void stopSearchByMeaning() {
        meaning.stop();
    }

    /** Waits, at most {@code timeout}, until every book's search by meaning is ready or known to be unavailable. */
    public void awaitSearchByMeaning(Duration timeout) throws InterruptedException {
        meaning.awaitSettled(timeout);
    }

    /** Where search by meaning stands, for {@code /stats}. */
    public SemanticStatus searchStatus() {
        return meaning.status();
    }

    /**
     * Starts reloading the book when the seeds change, if the config asks for it; close it to stop. A folder that can't
     * be watched is logged and the book is still served, just without live reload.
     */
    public Optional<SeedsWatcher> watchSeeds() {
        if (!config.reload().watch()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SeedsWatcher.start(
                    config.seedsFolder(),
                    Duration.ofMillis(config.reload().quietPeriodMillis()),
                    clock,
                    shelf::reloadSeeds,
                    shelf::watcherFailed));
        } catch (IOException e) {
            LOG.warn(
                    "Cannot watch {} for changes ({}); the book is served but edits need a restart",
                    config.seedsFolder(),
                    e.toString());
            return Optional.empty();
        }
    }

    /**
     * Starts the Prometheus endpoint, if the config gives it a port; close it to stop. An address that can't be bound
     * is logged and the bot runs on without it: metrics are not worth an outage.
     */
    public Optional<MetricsEndpoint> serveMetrics() {
        if (!config.metrics().enabled()) {
            return Optional.empty();
        }
        InetSocketAddress address =
                new InetSocketAddress(config.metrics().host(), config.metrics().port());
        try {
            MetricsEndpoint endpoint = MetricsEndpoint.start(address, meters);
            LOG.info(
                    "Serving metrics at http://{}:{}{}",
                    config.metrics().host(),
                    endpoint.address().getPort(),
                    MetricsEndpoint.PATH);
            return Optional.of(endpoint);
        } catch (IOException | UnresolvedAddressException e) {
            LOG.warn(
                    "Cannot serve metrics on {}:{} ({}); the bot runs on without them",
                    config.metrics().host(),
                    config.metrics().port(),
                    e.toString());
            return Optional.empty();
        }
    }

    public StudybotConfig config() {
        return config;
    }

    /** The default book's edition, which places without a choice of their own read. */
    public CurrentBook book() {
        return shelf.served();
    }

    /** Every book served, and the servers' uploads. */
    public Shelf shelf() {
        return shelf;
    }

    /** Every feature's commands and component ids: what a transport answers from. */
    public CommandRegistry registry() {
        return registry;
    }

    /** Where every answered interaction goes: the per-command figures and the one-line interaction log. */
    public Consumer<Interaction> interactions() {
        return interaction -> {
            metrics.record(interaction);
            interactionLog.record(interaction);
        };
    }
}
