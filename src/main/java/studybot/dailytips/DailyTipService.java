package studybot.dailytips;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.i18n.Wording;
import studybot.posting.Fanout;
import studybot.posting.RetryBackoff;
import studybot.store.Migrations;
import studybot.store.Store;
import studybot.store.StoreHealth;
import studybot.tip.Tip;

/**
 * Daily tips for admins and {@code /stats}: each server's settings and status, and the counts of posts and pauses. The
 * posting itself is {@link DailyPoster}'s (exactly once per server and local day, through {@code studybot.posting}),
 * and what a post says is {@link DailyPostChoice}'s.
 *
 * <p>Nothing here runs by itself: a scheduler calls {@link #runDue()} (every ~30 s). Each pass looks at every server's
 * <em>current local date</em> only: today's tip goes out if its time has passed and it has not gone out yet (which is
 * also the catch-up after downtime), while an earlier day that was missed stays missed. Before sending, the intent
 * (server, date, tip, question of the day, nonce) is committed; after, the message id. A post with an intent but no
 * message id is resent with the same nonce, so Discord's nonce enforcement turns the retry into the original message
 * rather than a second one.
 *
 * <p>Several processes can share the work and the store: each posts only for the servers its {@link Fanout} owns (those
 * on its shards), a post is <em>claimed</em> in the store before it is sent (only one process wins a claim, and a claim
 * whose process died lapses so another resumes it with the same nonce), and sends are paced by the bot's request rate
 * shared through the store.
 *
 * <p>A permanent failure pauses the server (its {@link PauseReason} kept for its admins) until its settings are saved
 * again; a transient one is retried with {@link RetryBackoff} until the local day ends.
 */
public final class DailyTipService {

    private static final Logger log = LoggerFactory.getLogger(DailyTipService.class);

    /** The daily-tip tables' schema history; pass it when opening the {@link Store}. */
    public static final Migrations MIGRATIONS = DailyTipStore.MIGRATIONS;

    private final DailyTipStore store;
    private final StoreHealth health;
    private final LongFunction<List<Tip>> deck;
    private final Clock clock;
    private final DailyPoster poster;
    private final BookLanguageLines bookLanguages;
    /** The {@code dailytips} bundle, for the problems {@link #status} names. */
    private final Texts texts = Texts.load("dailytips");
    /**
     * @param store opened with {@link #MIGRATIONS}
     * @param deck the current tips of the book each server reads; asked on every post, so a reloaded or newly chosen
     *     book is picked up
     * @param fanout which servers this process posts for, and how it shares the work with the bot's other processes
     * @param languages each server's language ({@code PublicLocales.of}), asked on every send
     */
    public DailyTipService(
            Store store,
            LongFunction<List<Tip>> deck,
            SectionTitles titles,
            TipChannel channel,
            Clock clock,
            RetryBackoff backoff,
            Fanout fanout,
            LongFunction<Locale> languages) {
        this(
                store,
                deck,
                titles,
                channel,
                clock,
                backoff,
                (serverId, date) -> Optional.empty(),
                DailyQuestions.none(),
                DigestThreads.none(),
                fanout,
                languages,
                BookLanguageLines.none());
    }

    /**
     * @param store opened with {@link #MIGRATIONS}
     * @param deck the current tips of the book each server reads; asked on every post, so a reloaded or newly chosen
     *     book is picked up
     * @param digests what a server's reading plan adds to its post, asked on every post
     * @param questions the question of the day: chosen once with a post's intent, found again for every send
     * @param threads the discussion thread a digest opens on its own message, through the post's claim
     * @param fanout which servers this process posts for, and how it shares the work with the bot's other processes
     * @param languages each server's language ({@code PublicLocales.of}), asked on every send
     * @param bookLanguages why a server's book has no tips when it is not in English, for {@link #status(long, Locale)}
     */
    public DailyTipService(
            Store store,
            LongFunction<List<Tip>> deck,
            SectionTitles titles,
            TipChannel channel,
            Clock clock,
            RetryBackoff backoff,
            DailyDigests digests,
            DailyQuestions questions,
            DigestThreads threads,
            Fanout fanout,
            LongFunction<Locale> languages,
            BookLanguageLines bookLanguages) {
        this.bookLanguages = Objects.requireNonNull(bookLanguages, "bookLanguages");
        this.store = new SqlDailyTipStore(store, new TipRotation());
        this.health = store.health();
        this.deck = Objects.requireNonNull(deck, "deck");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.poster = new DailyPoster(
                this.store,
                new DailyPostChoice(deck, titles, digests, questions, languages),
                channel,
                threads,
                clock,
                backoff,
                fanout);
    }

    public Optional<DailyTipSettings> settings(long serverId) {
        return store.server(serverId).map(ServerEntry::settings);
    }

    /**
     * Saves a server's settings (creating them the first time) and lifts any pause. A post time that has already passed
     * today counts from tomorrow, unless today's tip was already in flight, which then resumes.
     */
    public void saveSettings(long serverId, DailyTipSettings settings) {
        changeSettings(serverId, SettingsChange.all(settings));
    }

    /**
     * Changes only what {@code change} names, so admins changing different settings at once both keep theirs; the rest
     * is as {@link #saveSettings}.
     *
     * @return the settings now in force; empty when the server has none and {@code change} does not name them all
     */
    public Optional<DailyTipSettings> changeSettings(long serverId, SettingsChange change) {
        Optional<DailyTipSettings> saved = store.changeSettings(serverId, change, clock.instant());
        saved.ifPresent(settings -> log.info(
                "Server {}: daily tips set to {} at {} {} in channel {}",
                serverId,
                settings.enabled() ? "on" : "off",
                PostTimeFormat.format(settings.postTime()),
                settings.zone(),
                settings.channelId()));
        return saved;
    }

    /** The servers with daily-tip settings, in id order. */
    public List<Long> serverIds() {
        return store.servers().stream().map(ServerEntry::serverId).sorted().toList();
    }

    /** Forgets a server's settings, history and rotation, for when studybot leaves it. */
    public void removeServer(long serverId) {
        store.removeServer(serverId);
        log.info("Server {}: daily tips removed", serverId);
    }

    /** The server's status, as {@link #status(long, Locale)} with a book's language line in English. */
    public DailyTipStatus status(long serverId) {
        return status(serverId, Languages.ENGLISH);
    }

    /**
     * The server's status for an admin reading in {@code reader}'s language: a book without tips because it is not in
     * English says so with the book's language line in that language.
     */
    public DailyTipStatus status(long serverId, Locale reader) {
        Instant now = clock.instant();
        Optional<ServerEntry> server = store.server(serverId);
        Optional<LastPost> lastPost = store.lastSent(serverId)
                .map(post -> new LastPost(
                        post.date(),
                        post.channelId().orElseThrow(),
                        post.messageId().orElseThrow(),
                        post.tip().map(Tip::id),
                        post.tip().map(Tip::source)));
        if (server.isEmpty()) {
            return new DailyTipStatus(
                    Optional.empty(), OptionalLong.empty(), lastPost, Optional.empty(), Optional.empty());
        }
        ServerEntry entry = server.get();
        OptionalLong next = nextPostAt(entry, now)
                .map(at -> OptionalLong.of(at.getEpochSecond()))
                .orElse(OptionalLong.empty());
        return new DailyTipStatus(
                Optional.of(entry.settings()), next, lastPost, entry.pausedReason(), problem(entry, now, reader));
    }

    /** How many servers (on every process's shards) have received the tip for their current local date. */
    public int tipsPostedToday() {
        Instant now = clock.instant();
        Map<Long, List<DailyPost>> posts = store.recentOrOpenPosts(DailyPoster.earliestLocalDate(now));
        return (int) store.servers().stream()
                .filter(server ->
                        todays(posts, server, now).filter(DailyPost::sent).isPresent())
                .count();
    }

    /** What keeps the store from taking writes, if anything, for {@code /stats}. */
    public Optional<String> storeProblem() {
        return health.problem();
    }

    /** What keeps the store from taking writes, if anything, in {@code reader}'s language, for {@code /tips status}. */
    public Optional<String> storeProblem(Locale reader) {
        return health.problem(reader);
    }

    /** How many servers have daily tips paused by a permanent failure. */
    public int pausedServers() {
        return store.pausedServers();
    }

    /**
     * One pass over this process's servers: gives up on earlier days' unsent tips, sends today's where due, retries
     * failed sends whose backoff has passed, and resumes posts whose claimer died. The servers and their recent posts
     * are read in two queries; the due posts are then claimed, sent and recorded in groups. A failure affecting one
     * server is logged and does not stop the others.
     */
    public void runDue() {
        poster.runDue();
    }

    /**
     * Posts the server's next tip from its rotation to {@code channelId} right away, for admins trying the feature out.
     * It is not the day's tip: the daily post still goes out as scheduled (with a different tip). It asks the server's
     * question of the day, as the day's post does. Failures are the caller's to show; they do not pause anything.
     *
     * @param interaction the Discord interaction that asked for it, whose id the post's nonce is derived from, so
     *     asking once posts once however often the interaction is handled
     * @throws IllegalStateException when the book has no tips
     */
    public SentMessage postNow(long serverId, long channelId, OptionalLong interaction) throws TipSendException {
        return poster.postNow(serverId, channelId, interaction);
    }

    private static Optional<DailyPost> todays(Map<Long, List<DailyPost>> posts, ServerEntry server, Instant now) {
        LocalDate today = server.settings().localDate(now);
        return posts.getOrDefault(server.serverId(), List.of()).stream()
                .filter(post -> post.date().equals(today))
                .findFirst();
    }

    private Optional<Instant> nextPostAt(ServerEntry server, Instant now) {
        if (!server.active()) {
            return Optional.empty();
        }
        DailyTipSettings settings = server.settings();
        LocalDate today = settings.localDate(now);
        Optional<DailyPost> todays = store.post(server.serverId(), today);
        if (todays.isPresent()) {
            return Optional.of(
                    todays.get().inFlight() ? todays.get().nextAttemptAt() : settings.postInstantOn(today.plusDays(1)));
        }
        Instant at = settings.postInstantOn(today);
        return Optional.of(at.isBefore(server.updatedAt()) ? settings.postInstantOn(today.plusDays(1)) : at);
    }

    private Optional<Wording> problem(ServerEntry server, Instant now, Locale reader) {
        Optional<Wording> storeProblem = health.wording();
        if (storeProblem.isPresent()) {
            return storeProblem;
        }
        if (server.pausedReason().isPresent()) {
            return Optional.empty();
        }
        Optional<Wording> failing = store.post(
                        server.serverId(), server.settings().localDate(now))
                .filter(DailyPost::inFlight)
                .flatMap(DailyPost::lastError)
                .map(error -> new Wording(texts, "status.problem.failing", Map.of("error", error)));
        if (failing.isPresent()) {
            return failing;
        }
        return deck.apply(server.serverId()).isEmpty()
                ? Optional.of(noTips(server.serverId(), reader))
                : Optional.empty();
    }

    /**
     * "The book has no tips to post", with the reason when the server's book is not in English (its language line,
     * worded for {@code reader}), for {@code /tips status} and a "post now" that has no tip to post.
     */
    public Wording noTips(long serverId, Locale reader) {
        return bookLanguages
                .of(serverId, reader)
                .map(line -> new Wording(texts, "status.problem.noTips.language", Map.of("line", line)))
                .orElseGet(() -> new Wording(texts, "status.problem.noTips", Map.of()));
    }
}
