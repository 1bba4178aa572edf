package studybot;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.CommandRegistry;
import studybot.command.Feature;
import studybot.config.StudybotConfig;
import studybot.facts.KeyFactExtractor;
import studybot.help.HelpCommand;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.reload.BookReloader;
import studybot.reload.SeedsWatcher;
import studybot.search.SemanticIndexer;
import studybot.search.command.SearchCommand;
import studybot.search.semantic.SemanticStatus;
import studybot.section.command.SectionCommand;
import studybot.section.command.SectionFeature;
import studybot.section.command.SectionPager;
import studybot.stats.CommandMetrics;
import studybot.stats.ConnectionInfo;
import studybot.stats.Interaction;
import studybot.stats.InteractionLog;
import studybot.stats.StatsCollector;
import studybot.stats.StatsCommand;
import studybot.stats.StatsReport;
import studybot.stats.TipCounts;
import studybot.tip.ChannelTipRotation;
import studybot.tip.command.TipCommand;

/**
 * The parts every transport shares, wired once: the loaded book and its live reload, the command registry with
 * every feature, and the figures {@code /stats} reports. The console and the Discord bot each take the parts they
 * need from it.
 */
public final class Studybot {

    private static final Logger LOG = LoggerFactory.getLogger(Studybot.class);

    private final StudybotConfig config;
    private final Clock clock;
    private final CurrentBook book;
    private final LibraryLoader loader;
    private final BookBinder binder;
    private final BookReloader reloader;
    private final CommandRegistry registry;
    private final CommandMetrics metrics = new CommandMetrics();
    private final InteractionLog interactionLog = new InteractionLog();
    /** Builds search by meaning for each edition once {@link #startSearchByMeaning()} ran; null before. */
    private SemanticIndexer meaning;

    private Studybot(StudybotConfig config, Clock clock, CurrentBook book, ConnectionInfo connection, TipCounts tips,
                     ChannelTipRotation tipRotation, List<Feature> transportFeatures) {
        this.config = config;
        this.clock = clock;
        this.book = book;
        this.loader = loader(config, clock);
        this.binder = new BookBinder(config.cache(), config.search(), new KeyFactExtractor());
        this.reloader = new BookReloader(config.seedsFolder(), loader, binder, book, clock);
        StatsCollector stats = new StatsCollector(clock, clock.instant(), connection, reloader::status,
                () -> searchStatus().describe(), metrics, tips);
        SectionCommand sections = new SectionCommand(new SectionPager(config.section().pageCharacters()));
        List<Feature> features = new ArrayList<>(List.of(
                new SectionFeature(sections),
                Feature.of(new SearchCommand(sections)),
                Feature.of(new TipCommand(tipRotation)),
                Feature.of(new HelpCommand()),
                Feature.of(new StatsCommand(stats, new StatsReport()))));
        features.addAll(transportFeatures);
        this.registry = new CommandRegistry(book, features);
    }

    /**
     * Wires everything but the book itself; until {@link #serve} or {@link #loadBook()} has run, answers wait for
     * it. Lets the bot connect to Discord while the book is being indexed.
     *
     * @param book       where the edition being served is kept; features built before this (daily tips) read it too
     * @param connection what {@code /stats} says of the Discord connection
     * @param tips       what {@code /stats} says of the daily tips
     * @param tipRotation where {@code /tip} keeps each channel's round: the store the transport opened
     * @param features   features that come with the transport (such as {@code /tips}), listed after the book's own
     */
    public static Studybot create(StudybotConfig config, Clock clock, CurrentBook book, ConnectionInfo connection,
                                  TipCounts tips, ChannelTipRotation tipRotation, List<Feature> features) {
        return new Studybot(config, clock, book, connection, tips, tipRotation, features);
    }

    /**
     * Reads and checks the seeds without indexing them: quick, and where bad seeds are refused with the file and
     * line to fix. {@link #serve} does the slower rest.
     */
    public static Library readBook(StudybotConfig config, Clock clock) throws LibraryException {
        return loader(config, clock).load(config.seedsFolder());
    }

    /** Loads the first edition of the book; refuses with the file and line to fix when the seeds are bad. */
    public void loadBook() throws LibraryException {
        serve(loader.load(config.seedsFolder()));
    }

    /** The loader, with the size limits the config sets. */
    private static LibraryLoader loader(StudybotConfig config, Clock clock) {
        return new LibraryLoader(new SeedParser(), clock,
                new SeedLimits(config.book().maxFileBytes(), config.book().maxTotalBytes()),
                BookFormats.importer(ImportLimits.DEFAULT, clock));
    }

    /** Indexes {@code library} and starts answering from it. */
    public synchronized void serve(Library library) {
        Book next = binder.bind(library);
        book.replace(next);
        if (meaning != null) {
            meaning.index(next.searchIndex(), next.cache());
        }
    }

    /**
     * Starts building search by meaning in the background for the book served now and every reload, if the config
     * asks for it ({@code search.semantic}); until an edition's vectors are ready it answers with BM25 alone. Not
     * called, or {@code false} in the config, and the model is never loaded.
     */
    public synchronized void startSearchByMeaning() {
        if (!config.search().semantic() || meaning != null) {
            return;
        }
        meaning = SemanticIndexer.inDataFolder(config.dataFolder(), clock);
        reloader.addListener(next -> meaning.index(next.searchIndex(), next.cache()));
        book.ifLoaded().ifPresent(current -> meaning.index(current.searchIndex(), current.cache()));
    }

    /** Waits, at most {@code timeout}, until search by meaning is ready or known to be unavailable. */
    public void awaitSearchByMeaning(Duration timeout) throws InterruptedException {
        SemanticIndexer indexer;
        synchronized (this) {
            indexer = meaning;
        }
        if (indexer != null) {
            indexer.awaitSettled(timeout);
        }
    }

    /** Where search by meaning stands, for {@code /stats}. */
    public synchronized SemanticStatus searchStatus() {
        if (meaning != null) {
            return meaning.status();
        }
        return config.search().semantic() ? SemanticStatus.notStarted() : SemanticStatus.off();
    }

    /**
     * Starts reloading the book when the seeds change, if the config asks for it; close it to stop. A folder that
     * can't be watched is logged and the book is still served, just without live reload.
     */
    public Optional<SeedsWatcher> watchSeeds() {
        if (!config.reload().watch()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SeedsWatcher.start(config.seedsFolder(),
                    Duration.ofMillis(config.reload().quietPeriodMillis()), clock, reloader::reloadNow,
                    reloader::watcherFailed));
        } catch (IOException e) {
            LOG.warn("Cannot watch {} for changes ({}); the book is served but edits need a restart",
                    config.seedsFolder(), e.toString());
            return Optional.empty();
        }
    }

    public StudybotConfig config() {
        return config;
    }

    public CurrentBook book() {
        return book;
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
