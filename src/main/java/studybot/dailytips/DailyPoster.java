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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.posting.Fanout;
import studybot.posting.Nonces;
import studybot.posting.PostingPass;
import studybot.posting.RetryBackoff;
import studybot.store.StoreException;
import studybot.tip.Tip;

/**
 * The daily tips' side of exactly-once posting: which servers' posts are due on this pass, claimed in
 * {@code daily_tip_posts}, and what a failed send does (a transient one is retried with backoff until the local day
 * ends; a permanent one pauses the server until its settings are saved again). The claims, the fan-out and the shared
 * rate are {@link PostingPass}'s; what a post says is {@link DailyPostChoice}'s.
 */
final class DailyPoster {

    // the daily tips log under one name, whichever part is speaking
    private static final Logger log = LoggerFactory.getLogger(DailyTipService.class);

    private final DailyTipStore store;
    private final DailyPostChoice choice;
    private final TipChannel channel;
    private final DigestThreads threads;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final Fanout fanout;
    private final PostingPass<DailyTipStore.Claim, DailyPost, DailyTipStore.SentPost> pass;
    private final Object posting = new Object();

    DailyPoster(
            DailyTipStore store,
            DailyPostChoice choice,
            TipChannel channel,
            DigestThreads threads,
            Clock clock,
            RetryBackoff backoff,
            Fanout fanout) {
        this.store = Objects.requireNonNull(store, "store");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.threads = Objects.requireNonNull(threads, "threads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.fanout = Objects.requireNonNull(fanout, "fanout");
        this.pass = new PostingPass<>(fanout, clock);
    }

    /** See {@link DailyTipService#runDue()}. */
    void runDue() {
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
                PostingPass.storeFailed("the pass could not read the servers", e);
                return;
            }
            List<DailyTipStore.Claim> due = new ArrayList<>();
            for (ServerEntry server : servers.values()) {
                try {
                    dueClaim(server, posts.getOrDefault(server.serverId(), List.of()), now)
                            .ifPresent(due::add);
                } catch (StoreException e) {
                    PostingPass.storeFailed("Server " + server.serverId() + ": daily tip bookkeeping failed", e);
                }
            }
            due.sort(Comparator.comparingLong(DailyTipStore.Claim::serverId));
            try {
                pass.run(
                        due,
                        (group, at, until) -> store.claim(group, at, until),
                        post -> attempt(servers.get(post.serverId()), post),
                        store::recordSent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** See {@link DailyTipService#postNow}. */
    SentMessage postNow(long serverId, long channelId, OptionalLong interaction) throws TipSendException {
        synchronized (posting) {
            List<Tip> tips = choice.deck(serverId);
            Optional<ServerEntry> server = store.server(serverId);
            LocalDate today = server.map(entry -> entry.settings().localDate(clock.instant()))
                    .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
            Optional<Digest> digest = server.flatMap(entry -> choice.digest(serverId, today));
            List<Tip> fromReading = choice.fromReading(tips, digest);
            Tip tip = store.peekTip(serverId, fromReading.isEmpty() ? tips : fromReading)
                    .orElseThrow(() -> new IllegalStateException("The book has no tips to post."));
            String nonce = interaction.isPresent()
                    ? Nonces.forInteraction(interaction.getAsLong())
                    : Nonces.postNow(serverId, clock.instant());
            SentMessage sent = channel.send(channelId, choice.extra(serverId, today, digest, tip), nonce);
            store.markShown(serverId, tip, tips);
            log.info("Server {}: posted tip {} on request as message {}", serverId, tip.id(), sent.messageId());
            return sent;
        }
    }

    /** The earliest local date anywhere on Earth at {@code now} (zones reach back to UTC-12). */
    static LocalDate earliestLocalDate(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
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
        return Optional.of(choice.newPost(serverId, today));
    }

    private static boolean isDueToday(ServerEntry server, LocalDate today, Instant now) {
        Instant at = server.settings().postInstantOn(today);
        return !now.isBefore(at) && !at.isBefore(server.updatedAt());
    }

    private Optional<DailyTipStore.SentPost> attempt(ServerEntry server, DailyPost post) {
        long serverId = server.serverId();
        long channelId = server.settings().channelId();
        SentMessage sent;
        OptionalLong thread;
        try {
            TipPost content = choice.post(post);
            sent = channel.send(channelId, content, post.nonce());
            thread = discussion(serverId, channelId, sent, content);
        } catch (TransientSendFailure e) {
            retryLater(serverId, post, reason(e), e.retryAfter());
            return Optional.empty();
        } catch (TipSendException e) {
            // sealed: anything not transient is a PermanentSendFailure
            PauseReason pause = ((PermanentSendFailure) e).reason();
            Instant now = clock.instant();
            store.recordFailure(serverId, post.date(), reason(e), now);
            if (store.pause(serverId, server.revision(), pause, now)) {
                log.warn("Server {}: daily tips paused until an admin changes the settings: {}", serverId, reason(e));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            log.error("Server {}: unexpected failure posting the tip for {}", serverId, post.date(), e);
            retryLater(serverId, post, reason(e), Optional.empty());
            return Optional.empty();
        }
        log.info(
                "Server {}: posted tip {} for {} as message {}",
                serverId,
                post.tip().map(Tip::id).orElse("none (the digest alone)"),
                post.date(),
                sent.messageId());
        return Optional.of(new DailyTipStore.SentPost(serverId, post.date(), channelId, sent, thread, clock.instant()));
    }

    /**
     * The digest's discussion thread, opened through the post's own claim: a transient failure fails the attempt, so
     * the post is resent with its nonce (the same message) and the thread asked for again; Discord's one thread per
     * message keeps that from making a second.
     */
    private OptionalLong discussion(long serverId, long channelId, SentMessage sent, TipPost content)
            throws TransientSendFailure {
        Optional<Digest> digest =
                content.digest().filter(today -> !today.reading().isEmpty());
        if (digest.isEmpty()) {
            return OptionalLong.empty();
        }
        return threads.open(serverId, channelId, sent.messageId(), digest.get());
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

    private static String reason(Exception e) {
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }
}
