package studybot;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import studybot.chart.ChartRenderer;
import studybot.chart.FontCheck;
import studybot.command.ClickRoute;
import studybot.command.Place;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTips;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.StoredServerZones;
import studybot.digest.ReadingServices;
import studybot.i18n.PublicLocales;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.language.ChosenLanguages;
import studybot.language.SqlServerLanguageStore;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.posting.SharedPostingRate;
import studybot.quiz.command.QuizBooks;
import studybot.quiz.command.QuizFeature;
import studybot.quiz.command.QuizIds;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReportStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.remind.PlaceBooks;
import studybot.remind.ReminderPoster;
import studybot.remind.Reminders;
import studybot.remind.SqlReminderStore;
import studybot.reply.Text;
import studybot.round.Rounds;
import studybot.section.SectionPager;
import studybot.section.SectionReplies;
import studybot.sharing.SqlShareOptInStore;
import studybot.shelf.BookPlaces;
import studybot.shelf.Shelf;
import studybot.shelf.ShelvedBook;
import studybot.shelf.SqlBookChoiceStore;
import studybot.shelf.command.BookData;
import studybot.shelf.command.PlacedBooks;
import studybot.stats.BookOnShelf;
import studybot.stats.CommandMetrics;
import studybot.stats.StatsCollector;
import studybot.stats.TipCounts;
import studybot.store.Store;
import studybot.threads.DigestThreadOpener;
import studybot.threads.DiscussionThreadStore;
import studybot.threads.DiscussionThreads;
import studybot.threads.SqlDiscussionThreadStore;
import studybot.tip.SqlTipRotationStore;

/**
 * What the features are built from: the inputs every mode gives (config, store, shelf, clock, transport ports) and the
 * services several features share, each made once, the first time a feature asks for it. Only the
 * {@link CompositionRoot} makes one, and only while building.
 */
final class FeatureParts {

    private final StudybotConfig config;
    private final Store store;
    /** The store, its work waiting until places are kept on their book (the choices' store). */
    private final Store choicesStore;
    /** The store, its work waiting until members' data has its book (plans, read marks, the quiz, rounds). */
    private final Store bookDataStore;

    private final Shelf shelf;
    private final Clock clock;
    private final TransportPorts ports;
    private final CommandMetrics metrics;
    /** Where search by meaning stands for a book of the shelf, with that book's own figures. */
    private final Function<ShelvedBook, Wording> searchStatus;

    private BookPlaces bookPlaces;
    private PlacedBooks placedBooks;
    private SectionReplies sections;
    private SqlShareOptInStore optIns;
    private StoredServerZones zones;
    private ReadingServices reading;
    private DailyTips dailyTips;
    private Rounds rounds;
    private ReportStore reports;
    private ChartRenderer charts;
    private DiscussionThreadStore discussionThreads;
    private DigestThreadOpener digestThreads;
    private ReviewStore reviews;
    private QuizFeature quiz;
    private Reminders reminders;
    private ReminderPoster reminderPoster;
    private Texts remindTexts;
    private ChosenLanguages languages;

    FeatureParts(
            StudybotConfig config,
            Store store,
            Store choicesStore,
            Store bookDataStore,
            Shelf shelf,
            Clock clock,
            TransportPorts ports,
            CommandMetrics metrics,
            Function<ShelvedBook, Wording> searchStatus) {
        this.config = config;
        this.store = store;
        this.choicesStore = choicesStore;
        this.bookDataStore = bookDataStore;
        this.shelf = shelf;
        this.clock = clock;
        this.ports = ports;
        this.metrics = metrics;
        this.searchStatus = searchStatus;
    }

    StudybotConfig config() {
        return config;
    }

    Store store() {
        return store;
    }

    /**
     * The store for members' data kept per book: its work, and its {@link Store#opened()}, wait until the data of the
     * start has its book.
     */
    Store bookDataStore() {
        return bookDataStore;
    }

    /** Every book served, and the servers' uploads. */
    Shelf shelf() {
        return shelf;
    }

    /** Which book each server, and each member in direct messages, reads. */
    BookPlaces bookPlaces() {
        if (bookPlaces == null) {
            bookPlaces = new BookPlaces(shelf, new SqlBookChoiceStore(choicesStore, clock));
        }
        return bookPlaces;
    }

    /** The language each server chose for its public messages, which the registry puts in every call. */
    ChosenLanguages languages() {
        if (languages == null) {
            languages = new ChosenLanguages(new SqlServerLanguageStore(store, clock));
        }
        return languages;
    }

    /** The language of each server's public messages when no member is asking: the daily post, a round's questions. */
    PublicLocales publicLocales() {
        return new PublicLocales(languages(), ports.preferredLocales());
    }

    /** Members' plans, read marks and quiz data per book at each server, which {@code /book} deletes and lists. */
    BookData bookData() {
        ReadingServices reading = reading();
        ReviewStore quiz = reviews();
        return new BookData() {
            @Override
            public Set<String> booksWithData(long server) {
                Set<String> books = new TreeSet<>(reading.booksWithData(server));
                books.addAll(quiz.books(server));
                return books;
            }

            @Override
            public void forget(long server, String book) {
                reading.forgetBook(server, book);
                quiz.forgetBook(server, book);
            }
        };
    }

    /** The book of each place, which the registry gives every call. */
    PlacedBooks placedBooks() {
        if (placedBooks == null) {
            placedBooks = new PlacedBooks(shelf, bookPlaces());
        }
        return placedBooks;
    }

    Clock clock() {
        return clock;
    }

    /** What {@code /section} shows, which {@code /search} also answers a section number with. */
    SectionReplies sections() {
        if (sections == null) {
            sections = new SectionReplies(new SectionPager(config.section().pageCharacters()));
        }
        return sections;
    }

    /** Who agreed to be named, shared by the quiz's leaderboard and {@code /progress group}. */
    SqlShareOptInStore optIns() {
        if (optIns == null) {
            optIns = new SqlShareOptInStore(store, clock);
        }
        return optIns;
    }

    /** Each server's time zone, which days, streaks and plans are counted in. */
    StoredServerZones zones() {
        if (zones == null) {
            zones = new StoredServerZones(store);
        }
        return zones;
    }

    /** Reading plans, read marks and the digest they add to the daily post. */
    ReadingServices reading() {
        if (reading == null) {
            reading = ReadingServices.open(
                    bookDataStore,
                    place -> placedBooks().at(place).get().library(),
                    placedBooks()::dataBookAt,
                    optIns(),
                    clock);
        }
        return reading;
    }

    /** Members' reports of bad quiz questions, which {@code /quiz}, the question of the day and rounds leave out. */
    ReportStore reports() {
        if (reports == null) {
            reports = new SqlReportStore(bookDataStore);
        }
        return reports;
    }

    /** The members' quiz reviews, which {@code /quiz}, rounds and reminders read. */
    ReviewStore reviews() {
        if (reviews == null) {
            reviews = new SqlReviewStore(bookDataStore);
        }
        return reviews;
    }

    /** {@code /quiz}, whose clicks reminders also answer through (their "Start" asks its next question). */
    QuizFeature quiz() {
        if (quiz == null) {
            quiz = new QuizFeature(
                    reviews(),
                    optIns(),
                    zones(),
                    reading().studyPlaces(),
                    reports(),
                    new QuizBooks(placedBooks()::dataBookAt, this::titleAt),
                    charts(),
                    (memberId, locale) -> reminders().takeIdleNotice(memberId, locale),
                    clock,
                    Texts.load("quiz"));
        }
        return quiz;
    }

    /** The quiz's click route, for reminders' "Start". */
    ClickRoute quizClicks() {
        return quiz().clickRoutes().stream()
                .filter(route -> route.prefix().equals(QuizIds.PREFIX))
                .findFirst()
                .orElseThrow();
    }

    /** Members' review reminders: their settings and the test DM. */
    Reminders reminders() {
        if (reminders == null) {
            reminders = new Reminders(
                    new SqlReminderStore(store), reviews(), placeBooks(), ports.directMessages(), remindTexts(), clock);
        }
        return reminders;
    }

    /**
     * The reminder DMs' exactly-once fan-out: the members this process sends for are those its shards would own, at the
     * request rate the daily posts share through the store.
     */
    ReminderPoster reminderPoster() {
        if (reminderPoster == null) {
            DailyTips.Posting posting = ports.posting();
            reminderPoster = new ReminderPoster(
                    reminders(),
                    new SqlReminderStore(store),
                    reviews(),
                    placeBooks(),
                    ports.directMessages(),
                    remindTexts(),
                    clock,
                    RetryBackoff.DEFAULT,
                    Fanout.of(
                            posting.ownsServer(),
                            SharedPostingRate.discordGlobal(store, Clock.systemUTC()),
                            posting.sendTimeout()));
        }
        return reminderPoster;
    }

    /** The reminders' texts, {@code /remind}'s and its DMs'. */
    Texts remindTexts() {
        if (remindTexts == null) {
            remindTexts = Texts.load("remind");
        }
        return remindTexts;
    }

    /** The book read at each place, whose reviews a reminder counts and names. */
    private PlaceBooks placeBooks() {
        return new PlaceBooks(placedBooks()::dataBookAt, this::titleAt);
    }

    /** The title of the book read at {@code place}, else the default book's. */
    private String titleAt(Place place) {
        long member = place.isPersonal() ? place.id() : SqlBookChoiceStore.NONE;
        return bookPlaces()
                .bookOf(place.storageKey(), member)
                .or(shelf::defaultBook)
                .map(ShelvedBook::title)
                .orElse("the book");
    }

    /** The daily tips, posted through the transport's ports. */
    DailyTips dailyTips() {
        if (dailyTips == null) {
            dailyTips = DailyTips.over(
                    store,
                    placedBooks(),
                    ports.tipChannel(),
                    ports.posting(),
                    clock,
                    reading().digests(),
                    reports()::dropped,
                    digestThreads(),
                    publicLocales());
        }
        return dailyTips;
    }

    /** Live quiz rounds, posting through the transport; nothing moves them on until the mode starts them. */
    Rounds rounds() {
        if (rounds == null) {
            rounds = Rounds.over(
                    bookDataStore,
                    placedBooks(),
                    reading().plans(),
                    placedBooks()::dataBookAt,
                    optIns(),
                    zones(),
                    clock,
                    ports.roundChannel(),
                    reports()::dropped,
                    Texts.load("round"),
                    publicLocales());
        }
        return rounds;
    }

    /**
     * Draws the charts of {@code /progress group} and {@code /quiz stats}, asking once whether this machine has fonts.
     * The mode warms it up ({@link ChartRenderer#warmUpInBackground}) once startup no longer needs the CPU.
     */
    ChartRenderer charts() {
        if (charts == null) {
            charts = new ChartRenderer(FontCheck.system());
        }
        return charts;
    }

    /** The discussion threads of each server's sections, which digests and {@code /discuss} open. */
    DiscussionThreadStore discussionThreads() {
        if (discussionThreads == null) {
            discussionThreads = new SqlDiscussionThreadStore(store);
        }
        return discussionThreads;
    }

    /** The thread each digest opens on its own message. */
    DigestThreadOpener digestThreads() {
        if (digestThreads == null) {
            digestThreads = new DigestThreadOpener(
                    ports.threads(),
                    discussionThreads(),
                    placedBooks(),
                    config.threads().autoArchive(),
                    clock,
                    Texts.load("threads"),
                    publicLocales());
        }
        return digestThreads;
    }

    /** {@code /discuss}: a section's thread, opened on demand within the server's limits. */
    DiscussionThreads discussion() {
        return new DiscussionThreads(
                ports.threads(), discussionThreads(), placedBooks(), config.threads(), clock, Texts.load("threads"));
    }

    /**
     * What studybot lacks to open digests' threads in the server's tip channel, in {@code reader}'s language, for
     * {@code /plan status}.
     */
    Optional<Text> threadsMissing(long serverId, Locale reader) {
        return dailyTips()
                .service()
                .settings(serverId)
                .flatMap(settings -> digestThreads().missing(serverId, settings.channelId(), reader));
    }

    /** How the transport checks that studybot may post in a channel. */
    PostingAccess postingAccess() {
        return ports.postingAccess();
    }

    /** {@code /tip}'s round per channel. */
    SqlTipRotationStore tipRotation() {
        return new SqlTipRotationStore(store, new SplittableRandom());
    }

    /** The figures {@code /stats} reports. */
    StatsCollector stats() {
        DailyTipService tips = dailyTips().service();
        return new StatsCollector(
                clock,
                clock.instant(),
                ports.connection(),
                edition -> shelf.holding(edition)
                        .map(book -> new BookOnShelf(book.title(), book.reloadStatus(), searchStatus.apply(book)))
                        .orElseGet(BookOnShelf::unknown),
                metrics,
                TipCounts.of(tips::tipsPostedToday, tips::pausedServers, tips::storeProblem),
                reports()::totals);
    }
}
