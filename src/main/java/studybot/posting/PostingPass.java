package studybot.posting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.store.StoreBusyException;
import studybot.store.StoreException;
import studybot.store.StoreUnwritableException;

/**
 * One process's way through each pass of due posts, whatever a post is: claimed {@value #CLAIM_GROUP} at a time in one
 * transaction, sent several at once at the bot's shared rate, and recorded as sent {@value #CLAIM_GROUP} at a time, so
 * a store that commits slowly (every commit waits for the disk) still keeps up with Discord's rate. Claims are made
 * never more than two groups ahead of the sends, so a claim is spent within moments of being made; a post sent but not
 * recorded when the process dies is resent with its nonce once its claim lapses.
 *
 * @param <D> a post the feature found due
 * @param <P> a post this process claimed
 * @param <S> a post Discord confirmed, to record
 */
public final class PostingPass<D, P, S> {

    private static final Logger log = LoggerFactory.getLogger(PostingPass.class);
    /** Posts claimed in one transaction, and recorded as sent in one. */
    public static final int CLAIM_GROUP = 20;

    /** Claims a group of due posts in one transaction, until {@code claimedUntil}; returns those this process won. */
    @FunctionalInterface
    public interface Claims<D, P> {
        List<P> claim(List<D> due, Instant now, Instant claimedUntil);
    }

    /** Sends one claimed post; returns it when Discord confirmed it (a failure is the sender's to record). */
    @FunctionalInterface
    public interface Attempt<P, S> {
        Optional<S> send(P claimed);
    }

    private final Fanout fanout;
    private final ParallelSends sends;
    private final Clock clock;

    /** Made once per process: its senders are threads kept from pass to pass. */
    public PostingPass(Fanout fanout, Clock clock) {
        this.fanout = Objects.requireNonNull(fanout, "fanout");
        this.sends = new ParallelSends(fanout.senders(), CLAIM_GROUP * 2);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Claims, sends and records {@code due}, in its order; returns once every send is done.
     *
     * @param record writes confirmed posts in one transaction; a failure leaves them to be resent with their nonces
     */
    public void run(List<D> due, Claims<D, P> claims, Attempt<P, S> attempt, Consumer<List<S>> record)
            throws InterruptedException {
        ParallelSends.Pass pass = sends.pass();
        Queue<S> sent = new ConcurrentLinkedQueue<>();
        for (int from = 0; from < due.size(); from += CLAIM_GROUP) {
            List<D> group = due.subList(from, Math.min(due.size(), from + CLAIM_GROUP));
            pass.reserve(group.size());
            recordSent(sent, record);
            List<P> claimed;
            try {
                Instant at = clock.instant();
                claimed = claims.claim(group, at, at.plus(fanout.claimFor()));
            } catch (StoreException e) {
                storeFailed("Posting: claiming " + group.size() + " post(s) failed; the next pass tries again", e);
                claimed = List.of();
            }
            pass.unreserve(group.size() - claimed.size());
            for (P post : claimed) {
                pass.submit(() -> sendClaimed(post, attempt).ifPresent(sent::add));
            }
        }
        pass.finish();
        recordSent(sent, record);
    }

    /** Waits for the shared rate, then sends a claimed post. */
    private Optional<S> sendClaimed(P post, Attempt<P, S> attempt) {
        try {
            fanout.rate().acquire();
            return attempt.send(post);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (StoreException e) {
            storeFailed("Posting: the bookkeeping of a post failed", e);
            return Optional.empty();
        }
    }

    private void recordSent(Queue<S> sent, Consumer<List<S>> record) {
        List<S> batch = new ArrayList<>();
        for (S post = sent.poll(); post != null; post = sent.poll()) {
            batch.add(post);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            record.accept(batch);
        } catch (StoreException e) {
            storeFailed(
                    "Posting: recording " + batch.size() + " sent post(s) failed; they are resent with their"
                            + " nonces, which Discord answers with the messages it already made",
                    e);
        }
    }

    /**
     * A store that is busy or cannot be written is reported once by its health and retried on the next pass; anything
     * else is an error worth its stack trace.
     */
    public static void storeFailed(String what, StoreException e) {
        if (e instanceof StoreUnwritableException || e instanceof StoreBusyException) {
            log.debug("{}: {}", what, e.getMessage());
        } else {
            log.error(what, e);
        }
    }
}
