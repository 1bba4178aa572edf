package studybot.stats;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Handler times in log-scale buckets, so that months of traffic take a fixed 592 counters and recording is one
 * atomic increment. Times under 32 ns are counted exactly; above that each power of two is split into 16 buckets,
 * so a bucket is at most 1/16 of its lower bound wide, and a percentile read as the bucket's middle is within
 * 1/32 (about 3%) of the true value. Times from about 18 minutes up share the last bucket.
 */
final class LatencyHistogram {

    private static final int SUB_BUCKET_BITS = 4;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
    private static final int MAX_EXPONENT = 40;
    static final int BUCKETS = SUB_BUCKETS + (MAX_EXPONENT - SUB_BUCKET_BITS) * SUB_BUCKETS;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void record(long nanos) {
        counts.incrementAndGet(index(nanos));
    }

    /** A copy of the counts, each read atomically; recording may go on meanwhile. */
    long[] counts() {
        long[] copy = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    static int index(long nanos) {
        if (nanos < SUB_BUCKETS) {
            return (int) Math.max(0, nanos);
        }
        int exponent = 63 - Long.numberOfLeadingZeros(nanos);
        if (exponent >= MAX_EXPONENT) {
            return BUCKETS - 1;
        }
        int sub = (int) (nanos >>> (exponent - SUB_BUCKET_BITS)) & (SUB_BUCKETS - 1);
        return SUB_BUCKETS + (exponent - SUB_BUCKET_BITS) * SUB_BUCKETS + sub;
    }

    static long lowerBound(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int exponent = (index - SUB_BUCKETS) / SUB_BUCKETS + SUB_BUCKET_BITS;
        long sub = (index - SUB_BUCKETS) % SUB_BUCKETS;
        return (1L << exponent) + (sub << (exponent - SUB_BUCKET_BITS));
    }

    static long width(int index) {
        if (index < SUB_BUCKETS) {
            return 1;
        }
        return 1L << ((index - SUB_BUCKETS) / SUB_BUCKETS);
    }

    /**
     * The value below which a {@code fraction} of the counted times fall (nearest rank), as the middle of its bucket;
     * empty when nothing was counted.
     */
    static Optional<Long> percentile(long[] counts, double fraction) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return Optional.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Optional.of(lowerBound(i) + width(i) / 2);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total + " counts");
    }
}
