package studybot;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import studybot.command.CommandRegistry;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.config.StudybotConfig;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTips;
import studybot.dailytips.command.DailyTipsCommand;
import studybot.dailytips.discord.DailyTipsOnDiscord;
import studybot.dailytips.discord.DiscordPosting;
import studybot.discord.ShardStatus;
import studybot.discord.remind.JdaDirectMessages;
import studybot.discord.remind.RemindersOnDiscord;
import studybot.discord.round.JdaRoundChannel;
import studybot.discord.round.RoundsOnDiscord;
import studybot.discord.threads.JdaThreads;
import studybot.help.command.HelpCommand;
import studybot.i18n.PreferredLocales;
import studybot.i18n.Texts;
import studybot.language.SqlServerLanguageStore;
import studybot.language.command.LanguageCommand;
import studybot.plan.PlanStore;
import studybot.plan.SqlPlanStore;
import studybot.plan.command.PlanCommand;
import studybot.posting.SharedPostingRate;
import studybot.privacy.PersonalData;
import studybot.privacy.command.PrivacyFeature;
import studybot.progress.ReadMarkStore;
import studybot.progress.SqlReadMarkStore;
import studybot.progress.command.ProgressFeature;
import studybot.quiz.command.QuizIds;
import studybot.quiz.review.ReportStore;
import studybot.quiz.review.ReviewStore;
import studybot.quiz.review.SqlReviewStore;
import studybot.remind.DirectMessages;
import studybot.remind.ReminderStore;
import studybot.remind.command.RemindFeature;
import studybot.round.RoundChannel;
import studybot.round.RoundStore;
import studybot.round.command.RoundFeature;
import studybot.search.command.SearchCommand;
import studybot.section.command.SectionFeature;
import studybot.shards.Heartbeat;
import studybot.shards.SqlProcessStore;
import studybot.sharing.SqlShareOptInStore;
import studybot.shelf.Shelf;
import studybot.shelf.SqlBookChoiceStore;
import studybot.shelf.command.BookFeature;
import studybot.stats.CommandMetrics;
import studybot.stats.ConnectionInfo;
import studybot.stats.command.StatsCommand;
import studybot.stats.command.StatsReport;
import studybot.store.Migrations;
import studybot.store.Store;
import studybot.store.WaitingStore;
import studybot.threads.DiscussionThreadStore;
import studybot.threads.ThreadPort;
import studybot.threads.command.DiscussCommand;
import studybot.tip.SqlTipRotationStore;
import studybot.tip.command.TipCommand;

/**
 * The one place studybot's features are built, from the config, the store, the book, the clock and the few ports of the
 * transport they run on. Both modes and every test that starts a bot go through it, so they cannot drift apart; the
 * store's schema list is derived from the same list. Adding a feature is one package and one line in {@link #FEATURES}
 * (docs/architecture.md).
 */
public final class CompositionRoot {

    /** Every feature, in the order {@code /help} lists them, each with the tables it keeps. */
    private static final List<FeatureEntry> FEATURES = List.of(
            FeatureEntry.ofBook(parts -> new SectionFeature(parts.sections())),
            FeatureEntry.ofBook(parts -> Feature.of(new SearchCommand(parts.sections()))),
            FeatureEntry.withTables(
                    parts -> Feature.of(new TipCommand(parts.tipRotation(), Texts.load("tip"))),
                    SqlTipRotationStore.MIGRATIONS),
            FeatureEntry.ofBook(
                    parts -> Feature.of(new HelpCommand(parts.placedBooks()::chosenAt, Texts.load("help")))),
            FeatureEntry.withTables(
                    parts -> new BookFeature(
                            parts.shelf(),
                            parts.bookPlaces(),
                            parts.config().book().uploads(),
                            parts.bookData(),
                            parts.clock(),
                            Texts.load("shelf")),
                    SqlBookChoiceStore.MIGRATIONS,
                    DailyTipService.MIGRATIONS,
                    PlanStore.MIGRATIONS,
                    ReadMarkStore.MIGRATIONS,
                    SqlShareOptInStore.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> Feature.of(new StatsCommand(parts.stats(), new StatsReport())),
                    DailyTipService.MIGRATIONS,
                    ReportStore.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> Feature.of(new DailyTipsCommand(
                            parts.dailyTips().service(),
                            parts.postingAccess(),
                            parts.digestThreads(),
                            Texts.load("dailytips"))),
                    DailyTipService.MIGRATIONS,
                    DiscussionThreadStore.MIGRATIONS,
                    SharedPostingRate.MIGRATIONS,
                    PlanStore.MIGRATIONS,
                    ReadMarkStore.MIGRATIONS,
                    SqlShareOptInStore.MIGRATIONS,
                    ReportStore.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> Feature.of(new LanguageCommand(parts.languages(), Texts.load("language"))),
                    SqlServerLanguageStore.MIGRATIONS),
            FeatureEntry.withTables(
                    FeatureParts::quiz,
                    ReviewStore.MIGRATIONS,
                    SqlShareOptInStore.MIGRATIONS,
                    DailyTipService.MIGRATIONS,
                    PlanStore.MIGRATIONS,
                    ReadMarkStore.MIGRATIONS,
                    ReminderStore.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> new RemindFeature(
                            parts.reminders(),
                            parts.zones(),
                            parts.quizClicks(),
                            parts.placedBooks(),
                            parts.remindTexts()),
                    ReminderStore.MIGRATIONS,
                    ReviewStore.MIGRATIONS,
                    SharedPostingRate.MIGRATIONS,
                    DailyTipService.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> new RoundFeature(parts.rounds().service(), parts.rounds()::wake, Texts.load("round")),
                    RoundStore.MIGRATIONS,
                    ReviewStore.MIGRATIONS,
                    PlanStore.MIGRATIONS,
                    ReadMarkStore.MIGRATIONS,
                    SqlShareOptInStore.MIGRATIONS,
                    DailyTipService.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> Feature.of(
                            new PlanCommand(parts.reading().plans(), parts::threadsMissing, Texts.load("plan"))),
                    PlanStore.MIGRATIONS,
                    DailyTipService.MIGRATIONS,
                    DiscussionThreadStore.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> Feature.of(new DiscussCommand(parts.discussion(), Texts.load("threads"))),
                    DiscussionThreadStore.MIGRATIONS),
            FeatureEntry.withTables(
                    parts -> new ProgressFeature(
                            parts.reading().progress(),
                            parts.charts(),
                            new ConfirmationNonces(parts.clock()),
                            Texts.load("progress")),
                    ReadMarkStore.MIGRATIONS,
                    PlanStore.MIGRATIONS,
                    SqlShareOptInStore.MIGRATIONS,
                    DailyTipService.MIGRATIONS),
            FeatureEntry.acrossEveryTable(parts -> new PrivacyFeature(
                    new PersonalData(parts.store(), tables(), parts.clock()),
                    new ConfirmationNonces(parts.clock()),
                    Texts.load("privacy"))));

    /** Tables of the Discord transport itself: each process's heartbeat, for {@code /stats} across shards. */
    private static final List<Migrations> TRANSPORT_TABLES = List.of(SqlProcessStore.MIGRATIONS);

    private CompositionRoot() {}

    /** Every schema history the store is opened with, each once: the features' and the transport's. */
    public static List<Migrations> tables() {
        return Stream.concat(FEATURES.stream().flatMap(entry -> entry.tables().stream()), TRANSPORT_TABLES.stream())
                .distinct()
                .toList();
    }

    /**
     * studybot without Discord, as the console runs it: daily tips can be set up but nothing is posted; rounds post
     * through {@code roundChannel} once started.
     *
     * @param store opened with {@link #tables()}
     */
    public static ConsoleStudybot offline(StudybotConfig config, Store store, Clock clock, RoundChannel roundChannel) {
        TransportPorts ports = new TransportPorts(
                DailyTips.offlineChannel(),
                DailyTips.offlineAccess(),
                DailyTips.Posting.everything(
                        Duration.ofSeconds(config.dailyTips().sendTimeoutSeconds())),
                ConnectionInfo.offline(),
                roundChannel,
                ThreadPort.offline(),
                PreferredLocales.none(),
                DirectMessages.offline());
        Built built = build(config, store, clock, ports);
        built.parts().charts().warmUpInBackground();
        return new ConsoleStudybot(built.studybot(), built.parts().rounds());
    }

    /**
     * studybot on Discord, not yet connected: the features, and the daily-tip scheduler, this process's heartbeat and
     * the rounds' timer.
     *
     * @param store opened with {@link #tables()}, or still opening in the background ({@link Store#opened()})
     */
    public static DiscordStudybot onDiscord(StudybotConfig config, Store store, Clock clock) {
        DiscordPosting posting =
                new DiscordPosting(config.dailyTips(), config.discord().shards(), QuizIds::answer);
        Heartbeat heartbeat = new Heartbeat(
                new SqlProcessStore(store, clock), config.discord().shards());
        ShardStatus shards = new ShardStatus(config.discord().shards(), heartbeat::fleet);
        JdaRoundChannel roundChannel = new JdaRoundChannel(clock);
        JdaThreads threads =
                new JdaThreads(Duration.ofSeconds(config.dailyTips().sendTimeoutSeconds()));
        JdaDirectMessages directMessages =
                new JdaDirectMessages(Duration.ofSeconds(config.dailyTips().sendTimeoutSeconds()));
        Built built = build(
                config,
                store,
                clock,
                new TransportPorts(
                        posting.channel(),
                        posting.access(),
                        posting.posting(),
                        shards,
                        roundChannel,
                        threads,
                        posting.preferredLocales(),
                        directMessages));
        FeatureParts parts = built.parts();
        DailyTipsOnDiscord dailyTips =
                new DailyTipsOnDiscord(posting, parts.dailyTips(), config.dailyTips(), parts.reading()::forgetServer);
        RoundsOnDiscord rounds = new RoundsOnDiscord(
                parts.rounds(), roundChannel, config.discord().shards());
        RemindersOnDiscord reminders = new RemindersOnDiscord(
                directMessages,
                parts.reminderPoster(),
                Duration.ofSeconds(config.dailyTips().checkIntervalSeconds()));
        return new DiscordStudybot(
                built.studybot(),
                dailyTips,
                parts.reading(),
                shards,
                heartbeat,
                rounds,
                threads,
                reminders,
                parts.charts(),
                parts.bookDataStore().opened());
    }

    private static Built build(StudybotConfig config, Store store, Clock clock, TransportPorts ports) {
        Shelf shelf = Studybot.shelf(config, clock);
        SearchByMeaning meaning = new SearchByMeaning(config.search().semantic(), config.dataFolder(), clock);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CommandMetrics metrics = new CommandMetrics(meters);
        CompletableFuture<Void> choicesSettled = new CompletableFuture<>();
        CompletableFuture<Void> dataSettled = new CompletableFuture<>();
        FeatureParts parts = new FeatureParts(
                config,
                store,
                new WaitingStore(store, choicesSettled),
                new WaitingStore(store, dataSettled),
                shelf,
                clock,
                ports,
                metrics,
                book -> meaning.status(book).wording());
        ExecutorService bookDataSteps = UnassignedBookData.steps();
        // the book-data steps settle the data the features' stores wait for: theirs must not wait for themselves
        SqlReviewStore reviewsWithoutWaiting = new SqlReviewStore(store);
        UnassignedBookData unassigned = new UnassignedBookData(
                shelf,
                parts.bookPlaces(),
                new SqlPlanStore(store),
                new SqlReadMarkStore(store),
                reviewsWithoutWaiting,
                new DefaultBookPins(store, clock),
                store.opened(),
                bookDataSteps);
        unassigned.choicesSettled().thenRun(() -> choicesSettled.complete(null));
        unassigned.dataSettled().thenRun(() -> dataSettled.complete(null));
        shelf.addListener(unassigned);
        shelf.addLoadListener(unassigned);
        QuizCardSuccession succession =
                new QuizCardSuccession(shelf, reviewsWithoutWaiting, store.opened(), bookDataSteps);
        shelf.addListener(succession);
        shelf.addLoadListener(succession);
        List<Feature> features =
                FEATURES.stream().map(entry -> entry.feature(parts)).toList();
        Studybot studybot = new Studybot(
                config,
                clock,
                shelf,
                meaning,
                new CommandRegistry(parts.placedBooks(), parts.languages(), features),
                metrics,
                meters);
        return new Built(studybot, parts);
    }

    /** A studybot and the parts its features were built from, for the transport's own services. */
    private record Built(Studybot studybot, FeatureParts parts) {}
}
