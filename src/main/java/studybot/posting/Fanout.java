package studybot.posting;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongPredicate;

/**
 * How one process takes its part in posting everybody's daily tips.
 *
 * @param ownsServer whether this process posts for a server: the servers on its shards
 * @param rate the bot's request budget, shared with its other processes
 * @param claimFor how long a claimed post is this process's alone: after that, if it has not been recorded as sent or
 *     failed (the process died), another process resumes it with the same nonce. Must exceed the longest a send may
 *     take, so a live process is never overtaken
 * @param senders posts sent at once; at Discord's 50 per second a post may take {@code senders / 50} seconds without
 *     the rate going unused
 */
public record Fanout(LongPredicate ownsServer, PostingRate rate, Duration claimFor, int senders) {

    /** Added to the send timeout for {@link #claimFor}: the bookkeeping around a send. */
    public static final Duration CLAIM_MARGIN = Duration.ofSeconds(5);
    /** Parallel sends: enough for 50 posts a second at up to 160 ms each. */
    public static final int SENDERS = 8;

    public Fanout {
        Objects.requireNonNull(ownsServer, "ownsServer");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(claimFor, "claimFor");
        if (claimFor.isNegative() || claimFor.isZero() || senders < 1) {
            throw new IllegalArgumentException("claimFor and senders must be positive");
        }
    }

    /** Posts for the servers {@code ownsServer} accepts, claims lasting the send timeout plus {@link #CLAIM_MARGIN}. */
    public static Fanout of(LongPredicate ownsServer, PostingRate rate, Duration sendTimeout) {
        return new Fanout(ownsServer, rate, sendTimeout.plus(CLAIM_MARGIN), SENDERS);
    }
}
