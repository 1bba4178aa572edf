package studybot;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.BookBinder;
import studybot.book.CurrentBook;
import studybot.command.BookCommand;
import studybot.command.CommandSpec;
import studybot.command.Commands;
import studybot.config.StudybotConfig;
import studybot.help.HelpCommand;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.reload.BookReloader;
import studybot.reload.SeedsWatcher;
import studybot.search.SearchCommand;
import studybot.section.SectionCommand;
import studybot.section.SectionPager;
import studybot.stats.CommandMetrics;
import studybot.stats.ConnectionInfo;
import studybot.stats.Interaction;
import studybot.stats.InteractionLog;
import studybot.stats.StatsCollector;
import studybot.stats.StatsCommand;
import studybot.stats.StatsReport;
import studybot.stats.TipCounts;
import studybot.tip.TipCommand;
import studybot.tip.TipExtractor;

/**
 * The parts every transport shares, wired once: the loaded book, its live reload, the commands that answer from
 * it, and the figures {@code /stats} reports. The console and the Discord bot are both thin layers over this.
 */
public final class Studybot {

    private static final Logger LOG = LoggerFactory.getLogger(Studybot.class);

    private final StudybotConfig config;
    private final Clock clock;
    private final CurrentBook book = new CurrentBook();
    private final LibraryLoader loader;
    private final BookBinder binder;
    private final BookReloader reloader;
    private final SectionCommand sectionCommand;
    private final Commands commands;
    private final CommandMetrics metrics = new CommandMetrics();
    private final InteractionLog interactionLog = new InteractionLog();

    private Studybot(StudybotConfig config, Clock clock, LibraryLoader loader, BookBinder binder,
                     ConnectionInfo connection, TipCounts tips) {
        this.config = config;
        this.clock = clock;
        this.loader = loader;
        this.binder = binder;
        this.reloader = new BookReloader(config.seedsFolder(), loader, binder, book, clock);
        this.sectionCommand = new SectionCommand(new SectionPager(config.section().pageCharacters()));
        StatsCollector stats = new StatsCollector(clock, clock.instant(), connection, reloader::status, metrics, tips);
        List<BookCommand> all = new ArrayList<>();
        all.add(sectionCommand);
        all.add(new SearchCommand(sectionCommand));
        all.add(new TipCommand(new SplittableRandom()));
        all.add(new HelpCommand(() -> all.stream().map(BookCommand::spec).toList()));
        all.add(new StatsCommand(stats, new StatsReport()));
        this.commands = new Commands(all);
    }

    /**
     * Wires everything but the book itself; until {@link #loadBook()} has run, answers wait for it. Lets the bot
     * connect to Discord while the book is being indexed.
     *
     * @param connection what {@code /stats} says of the Discord connection
     * @param tips       what {@code /stats} says of the daily tips
     */
    public static Studybot create(StudybotConfig config, Clock clock, ConnectionInfo connection, TipCounts tips) {
        BookBinder binder = new BookBinder(config.cache(), config.search(), new TipExtractor());
        SeedLimits limits = new SeedLimits(config.book().maxFileBytes(), config.book().maxTotalBytes());
        return new Studybot(config, clock, new LibraryLoader(new SeedParser(), clock, limits), binder, connection,
                tips);
    }

    /** {@link #create} and {@link #loadBook()} in one: a studybot ready to answer. */
    public static Studybot load(StudybotConfig config, Clock clock, ConnectionInfo connection, TipCounts tips)
            throws LibraryException {
        Studybot studybot = create(config, clock, connection, tips);
        studybot.loadBook();
        return studybot;
    }

    /** Loads the first edition of the book; refuses with the file and line to fix when the seeds are bad. */
    public void loadBook() throws LibraryException {
        serve(readBook());
    }

    /**
     * Reads and checks the seeds without indexing them: quick, and where bad seeds are refused with the file and
     * line to fix. {@link #serve} does the slower rest.
     */
    public Library readBook() throws LibraryException {
        return loader.load(config.seedsFolder());
    }

    /** Indexes {@code library} and starts answering from it. */
    public void serve(Library library) {
        book.replace(binder.bind(library));
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

    public SectionCommand sectionCommand() {
        return sectionCommand;
    }

    public Commands commands() {
        return commands;
    }

    /** Specs of the book commands, for registering them with a transport. */
    public List<CommandSpec> specs() {
        return commands.all().stream().map(BookCommand::spec).toList();
    }

    /** Where every answered interaction goes: the per-command figures and the one-line interaction log. */
    public Consumer<Interaction> interactions() {
        return interaction -> {
            metrics.record(interaction);
            interactionLog.record(interaction);
        };
    }
}
