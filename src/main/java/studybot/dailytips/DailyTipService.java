package studybot.dailytips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.store.Migrations;
import studybot.store.Store;
import studybot.store.StoreBusyException;
import studybot.store.StoreException;
import studybot.store.StoreHealth;
import studybot.store.StoreUnwritableException;
import studybot.tip.Tip;

/**
 * Posts each server's daily tip once per local day, at its admins' chosen time and zone, surviving restarts and
 * crashes.
 *
 * <p>Nothing here runs by itself: a scheduler calls {@link #runDue()} (every ~30 s). Each pass looks at every server's
 * <em>current local date</em> only: today's tip goes out if its time has passed and it has not gone out yet (which is
 * also the catch-up after downtime), while an earlier day that was missed stays missed. Before sending, the intent
 * (server, date, tip, nonce) is committed; after, the message id. A post with an intent but no message id is resent
 * with the same nonce, so Discord's nonce enforcement turns the retry into the original message rather than a second
 * one.
 *
 * <p>Several processes can share the work and the store: each posts only for the servers its {@link Fanout} owns (those
 * on its shards), a post is <em>claimed</em> in the store before it is sent (only one process wins a claim, and a claim
 * whose process died lapses so another resumes it with the same nonce), and sends are paced by the bot's request rate
 * shared through the store.
 *
 * <p>The post also asks the server's question of the day ({@link DailyQuestions}). Its card id is committed with the
 * intent, so a resend (after a failure, a crash or a lapsed claim) asks the same question under the same nonce.
 *
 * <p>A permanent failure pauses the server (reason kept for its admins) until its settings are saved again; a transient
 * one is retried with {@link RetryBackoff} until the local day ends.
 */
public final class DailyTipService {

    private static final Logger log = LoggerFactory.getLogger(DailyTipService.class);
    /** Posts claimed in one transaction, and recorded as sent in one. */
    private static final int CLAIM_GROUP = 20;

    /** The daily-tip tables' schema history; pass it when opening the {@link Store}. */
    public static final Migrations MIGRATIONS = DailyTipStore.MIGRATIONS;

    private final DailyTipStore store;
    private final StoreHealth health;
    private final Supplier<List<Tip>> deck;
    private final SectionTitles titles;
    private final TipChannel channel;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Fanout fanout;
    private final ParallelSends sends;
    private final DailyDigests digests;
    private final DailyQuestions questions;
    private final Object posting = new Object();

    /**
     * @param store opened with {@link #MIGRATIONS}
     * @param deck the current tips; asked on every post, so a reloaded book is picked up
     * @param fanout which servers this process posts for, and how it shares the work with the bot's other processes
     */
    public DailyTipService(
            Store store,
            Supplier<List<Tip>> deck,
            SectionTitles titles,
            TipChannel channel,
            Clock clock,
            RetryBackoff backoff,
            Fanout fanout) {
        this(
                store,
                deck,
                titles,
                channel,
                clock,
                backoff,
                (serverId, date) -> Optional.empty(),
                DailyQuestions.none(),
                fanout);
    }

    /**
     * @param store opened with {@link #MIGRATIONS}
     * @param deck the current tips; asked on every post, so a reloaded book is picked up
     * @param digests what a server's reading plan adds to its post, asked on every post
     * @param questions the question of the day: chosen once with a post's intent, found again for every send
     * @param fanout which servers this process posts for, and how it shares the work with the bot's other processes
     */
    public DailyTipService(
            Store store,
            Supplier<List<Tip>> deck,
            SectionTitles titles,
            TipChannel channel,
            Clock clock,
            RetryBackoff backoff,
            DailyDigests digests,
            DailyQuestions questions,
            Fanout fanout) {
        this.store = new SqlDailyTipStore(store, new TipRotation());
        this.health = store.health();
        this.deck = Objects.requireNonNull(deck, "deck");
        this.titles = Objects.requireNonNull(titles, "titles");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.fanout = Objects.requireNonNull(fanout, "fanout");
        this.sends = new ParallelSends(fanout.senders(), CLAIM_GROUP * 2);
        this.digests = Objects.requireNonNull(digests, "digests");
        this.questions = Objects.requireNonNull(questions, "questions");
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

    public DailyTipStatus status(long serverId) {
        Instant now = clock.instant();
        Optional<ServerEntry> server = store.server(serverId);
        Optional<LastPost> lastPost = store.lastSent(serverId)
                .map(post -> new LastPost(
                        post.date(),
                        post.channelId().orElseThrow(),
                        post.messageId().orElseThrow(),
                        post.tipId(),
                        post.section()));
        if (server.isEmpty()) {
            return new DailyTipStatus(
                    Optional.empty(), OptionalLong.empty(), lastPost, Optional.empty(), Optional.empty());
        }
        ServerEntry entry = server.get();
        OptionalLong next = nextPostAt(entry, now)
                .map(at -> OptionalLong.of(at.getEpochSecond()))
                .orElse(OptionalLong.empty());
        return new DailyTipStatus(
                Optional.of(entry.settings()), next, lastPost, entry.pausedReason(), problem(entry, now));
    }

    /** How many servers (on every process's shards) have received the tip for their current local date. */
    public int tipsPostedToday() {
        Instant now = clock.instant();
        Map<Long, List<DailyPost>> posts = store.recentOrOpenPosts(earliestLocalDate(now));
        return (int) store.servers().stream()
                .filter(server ->
                        todays(posts, server, now).filter(DailyPost::sent).isPresent())
                .count();
    }

    /** What keeps the store from taking writes, if anything, for {@code /stats}. */
    public Optional<String> storeProblem() {
        return health.problem();
    }

    /** How many servers have daily tips paused by a permanent failure. */
    public int pausedServers() {
        return store.pausedServers();
    }

    /**
     * One pass over this process's servers: gives up on earlier days' unsent tips, sends today's where due, retries
     * failed sends whose backoff has passed, and resumes posts whose claimer died. The servers and their recent posts
     * are read in two queries. Due posts are then claimed {@value #CLAIM_GROUP} at a time in one transaction, sent
     * several at once at the shared rate, and recorded as sent {@value #CLAIM_GROUP} at a time, so a store that commits
     * slowly (every commit waits for the disk) still keeps up with Discord's rate. A failure affecting one server is
     * logged and does not stop the others.
     */
    public void runDue() {
        synchronized (posting) {
            Instant now = clock.instant();
            Map<Long, ServerEntry> servers = new HashMap<>();
            Map<Long, List<DailyPost>> posts;
            try {
                store.servers().stream()
                        .filter(ServerEntry::active)
                        .filter(server -> fanout.ownsServer().test(server.serverId()))
                        .forEach(server -> servers.put(server.serverId(), server));
                if (servers.isEmpty()) {
                    return;
                }
                posts = store.recentOrOpenPosts(earliestLocalDate(now));
            } catch (StoreException e) {
                storeFailed("the pass could not read the servers", e);
                return;
            }
            List<DailyTipStore.Claim> due = new ArrayList<>();
            for (ServerEntry server : servers.values()) {
                try {
                    dueClaim(server, posts.getOrDefault(server.serverId(), List.of()), now)
                            .ifPresent(due::add);
                } catch (StoreException e) {
                    storeFailed("Server " + server.serverId() + ": daily tip bookkeeping failed", e);
                }
            }
            due.sort(Comparator.comparingLong(DailyTipStore.Claim::serverId));
            try {
                send(due, servers);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A store that is busy or cannot be written is reported once by its {@link StoreHealth} and retried on the next
     * pass; anything else is an error worth its stack trace.
     */
    private static void storeFailed(String what, StoreException e) {
        if (e instanceof StoreUnwritableException || e instanceof StoreBusyException) {
            log.debug("{}: {}", what, e.getMessage());
        } else {
            log.error(what, e);
        }
    }

    /**
     * Posts the server's next tip from its rotation to {@code channelId} right away, for admins trying the feature out.
     * It is not the day's tip: the daily post still goes out as scheduled (with a different tip). It asks the server's
     * question of the day, as the day's post does. Failures are the caller's to show; they do not pause anything.
     *
     * @throws IllegalStateException when the book has no tips
     */
    public SentMessage postNow(long serverId, long channelId) throws TipSendException {
        synchronized (posting) {
            List<Tip> tips = deck.get();
            Optional<ServerEntry> server = store.server(serverId);
            LocalDate today = server.map(entry -> entry.settings().localDate(clock.instant()))
                    .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            Optional<Digest> digest = server.flatMap(entry -> digest(serverId, today));
            Tip tip = store.peekTip(serverId, fromReading(digest, tips).isEmpty() ? tips : fromReading(digest, tips))
                    .orElseThrow(() -> new IllegalStateException("The book has no tips to post."));
            Optional<Question> question = question(serverId, today, digest, tip, dropped(serverId));
            SentMessage sent = channel.send(
                    channelId,
                    new TipPost(
                            tip.id(),
                            tip.text(),
                            tip.source(),
                            titles.titleOf(tip.source()).orElse(""),
                            digest,
                            question),
                    Nonces.postNow(serverId, clock.instant()));
            store.markShown(serverId, tip, tips);
            log.info("Server {}: posted tip {} on request as message {}", serverId, tip.id(), sent.messageId());
            return sent;
        }
    }

    /** What this pass should do for {@code server}, if anything: claim a new post, or resume an in-flight one. */
    private Optional<DailyTipStore.Claim> dueClaim(ServerEntry server, List<DailyPost> posts, Instant now) {
        long serverId = server.serverId();
        LocalDate today = server.settings().localDate(now);
        if (posts.stream().anyMatch(post -> post.inFlight() && post.date().isBefore(today))) {
            for (DailyPost missed : store.giveUpBefore(serverId, today)) {
                log.warn(
                        "Server {}: gave up on the tip for {} after {} attempt(s); last error: {}",
                        serverId,
                        missed.date(),
                        missed.attempts(),
                        missed.lastError().orElse("none (not attempted)"));
            }
        }
        Optional<DailyPost> todays =
                posts.stream().filter(post -> post.date().equals(today)).findFirst();
        if (todays.isPresent()) {
            DailyPost post = todays.get();
            return post.inFlight() && !now.isBefore(post.nextAttemptAt())
                    ? Optional.of(DailyTipStore.Claim.resume(post))
                    : Optional.empty();
        }
        if (!isDueToday(server, today, now)) {
            return Optional.empty();
        }
        Optional<Digest> digest = digest(serverId, today);
        Set<String> dropped = dropped(serverId);
        return Optional.of(new DailyTipStore.Claim(
                serverId,
                today,
                Optional.empty(),
                fromReading(digest, deck.get()),
                tip -> question(serverId, today, digest, tip, dropped).map(Question::cardId)));
    }

    /**
     * Claims {@code due} group by group, never more than two groups ahead of the sends, and records what was sent. A
     * post sent but not yet recorded when the process dies is resent with its nonce once its claim lapses.
     */
    private void send(List<DailyTipStore.Claim> due, Map<Long, ServerEntry> servers) throws InterruptedException {
        ParallelSends.Pass pass = sends.pass();
        Queue<DailyTipStore.SentPost> sent = new ConcurrentLinkedQueue<>();
        for (int from = 0; from < due.size(); from += CLAIM_GROUP) {
            List<DailyTipStore.Claim> group = due.subList(from, Math.min(due.size(), from + CLAIM_GROUP));
            pass.reserve(group.size());
            recordSent(sent);
            List<DailyPost> claimed;
            try {
                Instant at = clock.instant();
                claimed = store.claim(group, deck.get(), at, at.plus(fanout.claimFor()));
            } catch (StoreException e) {
                storeFailed("Daily tips: claiming " + group.size() + " post(s) failed; the next pass tries again", e);
                claimed = List.of();
            }
            pass.unreserve(group.size() - claimed.size());
            for (DailyPost post : claimed) {
                pass.submit(
                        () -> sendClaimed(servers.get(post.serverId()), post).ifPresent(sent::add));
            }
        }
        pass.finish();
        recordSent(sent);
    }

    /** Waits for the shared rate, then sends a claimed post; returns it when Discord confirmed it. */
    private Optional<DailyTipStore.SentPost> sendClaimed(ServerEntry server, DailyPost post) {
        try {
            fanout.rate().acquire();
            return attempt(server, post);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (StoreException e) {
            storeFailed("Server " + server.serverId() + ": daily tip bookkeeping failed", e);
            return Optional.empty();
        }
    }

    private void recordSent(Queue<DailyTipStore.SentPost> sent) {
        List<DailyTipStore.SentPost> batch = new ArrayList<>();
        for (DailyTipStore.SentPost post = sent.poll(); post != null; post = sent.poll()) {
            batch.add(post);
        }
        try {
            store.recordSent(batch);
        } catch (StoreException e) {
            storeFailed(
                    "Daily tips: recording " + batch.size() + " sent post(s) failed; they are resent with their"
                            + " nonces, which Discord answers with the messages it already made",
                    e);
        }
    }

    /** The earliest local date anywhere on Earth at {@code now} (zones reach back to UTC-12). */
    private static LocalDate earliestLocalDate(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    }

    private static Optional<DailyPost> todays(Map<Long, List<DailyPost>> posts, ServerEntry server, Instant now) {
        LocalDate today = server.settings().localDate(now);
        return posts.getOrDefault(server.serverId(), List.of()).stream()
                .filter(post -> post.date().equals(today))
                .findFirst();
    }

    /**
     * The server's digest for {@code date}; a plan that cannot be read (its store failing) costs the digest, not the
     * day's post.
     */
    private Optional<Digest> digest(long serverId, LocalDate date) {
        try {
            return digests.digestFor(serverId, date);
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the reading plan's part of the daily post for {} could not be made; posting the tip "
                            + "alone",
                    serverId,
                    date,
                    e);
            return Optional.empty();
        }
    }

    /**
     * The questions the server's members reported away, read before the post's intent is committed (its transaction
     * cannot read the store again); a store that fails here costs the filter, not the day's post.
     */
    private Set<String> dropped(long serverId) {
        try {
            return questions.dropped(serverId);
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the reported quiz questions could not be read; the question of the day may be one of"
                            + " them",
                    serverId,
                    e);
            return Set.of();
        }
    }

    /**
     * The server's question of the day to go with {@code tip}: from today's reading, else the last reading, when a plan
     * runs; else from the whole book; never about the tip's own fact. Asked while the post's intent is committed, so it
     * must not fail that: a quiz that fails costs the question, not the day's post.
     */
    private Optional<Question> question(
            long serverId, LocalDate date, Optional<Digest> digest, Tip tip, Set<String> dropped) {
        List<List<SectionNumber>> preferred = digest.map(today -> List.of(today.readingNumbers(), today.previous()))
                .orElse(List.of());
        try {
            return questions.choose(serverId, date, preferred, tip.text(), dropped);
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the question of the day for {} could not be chosen; posting without one",
                    serverId,
                    date,
                    e);
            return Optional.empty();
        }
    }

    /**
     * The question a post was claimed with, from the current book; empty when it had none, or when its fact has left
     * the book since (a reload): the post then goes out without it, as a retired card cannot be answered.
     */
    private Optional<Question> claimedQuestion(DailyPost post) {
        if (post.questionId().isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Question> question = questions.find(post.questionId().get());
            if (question.isEmpty()) {
                log.info(
                        "Server {}: the question of the day for {} ({}) left the book; posting without it",
                        post.serverId(),
                        post.date(),
                        post.questionId().get());
            }
            return question;
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the question of the day for {} could not be read; posting without it",
                    post.serverId(),
                    post.date(),
                    e);
            return Optional.empty();
        }
    }

    /** The tips drawn from today's reading, to choose the day's tip from; empty without a digest or such tips. */
    private static List<Tip> fromReading(Optional<Digest> digest, List<Tip> tips) {
        return digest.map(today -> tips.stream()
                        .filter(tip -> today.readingNumbers().contains(tip.source()))
                        .toList())
                .orElse(List.of());
    }

    private static boolean isDueToday(ServerEntry server, LocalDate today, Instant now) {
        Instant at = server.settings().postInstantOn(today);
        return !now.isBefore(at) && !at.isBefore(server.updatedAt());
    }

    private Optional<DailyTipStore.SentPost> attempt(ServerEntry server, DailyPost post) {
        long serverId = server.serverId();
        long channelId = server.settings().channelId();
        SentMessage sent;
        try {
            sent = channel.send(
                    channelId,
                    new TipPost(
                            post.tipId(),
                            post.tipText(),
                            post.section(),
                            titles.titleOf(post.section()).orElse(""),
                            digest(serverId, post.date()),
                            claimedQuestion(post)),
                    post.nonce());
        } catch (TransientSendFailure e) {
            retryLater(serverId, post, reason(e), e.retryAfter());
            return Optional.empty();
        } catch (TipSendException e) {
            // sealed: anything not transient is a PermanentSendFailure
            String reason = reason(e);
            Instant now = clock.instant();
            store.recordFailure(serverId, post.date(), reason, now);
            if (store.pause(serverId, server.revision(), reason, now)) {
                log.warn("Server {}: daily tips paused until an admin changes the settings: {}", serverId, reason);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            log.error("Server {}: unexpected failure posting the tip for {}", serverId, post.date(), e);
            retryLater(serverId, post, reason(e), Optional.empty());
            return Optional.empty();
        }
        log.info(
                "Server {}: posted tip {} for {} as message {}", serverId, post.tipId(), post.date(), sent.messageId());
        return Optional.of(new DailyTipStore.SentPost(serverId, post.date(), channelId, sent, clock.instant()));
    }

    private void retryLater(long serverId, DailyPost post, String reason, Optional<Duration> retryAfter) {
        int failures = post.attempts() + 1;
        Duration delay = backoff.delayAfter(failures);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        Instant next = clock.instant().plus(delay);
        store.recordFailure(serverId, post.date(), reason, next);
        log.warn(
                "Server {}: posting the tip for {} failed (attempt {}): {}; retrying at {}",
                serverId,
                post.date(),
                failures,
                reason,
                next);
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

    private Optional<String> problem(ServerEntry server, Instant now) {
        Optional<String> storeProblem = health.problem();
        if (storeProblem.isPresent()) {
            return storeProblem;
        }
        if (server.pausedReason().isPresent()) {
            return Optional.empty();
        }
        Optional<String> failing = store.post(
                        server.serverId(), server.settings().localDate(now))
                .filter(DailyPost::inFlight)
                .flatMap(DailyPost::lastError)
                .map(error -> "Posting today's tip failed: " + error);
        if (failing.isPresent()) {
            return failing;
        }
        return deck.get().isEmpty() ? Optional.of("The book has no tips to post.") : Optional.empty();
    }

    private static String reason(Exception e) {
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
}
