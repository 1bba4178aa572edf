package studybot.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void everyValueFallsInsideItsBucketAndBucketsAreNarrow() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            long nanos = random.nextLong(1L << random.nextInt(1, 40));
            int index = LatencyHistogram.index(nanos);
            long lower = LatencyHistogram.lowerBound(index);
            long width = LatencyHistogram.width(index);
            assertThat(nanos).isBetween(lower, lower + width - 1);
            assertThat(width).isLessThanOrEqualTo(Math.max(1, lower / 16));
        }
    }

    @Test
    void bucketsTileTheRangeWithoutGaps() {
        for (int index = 1; index < LatencyHistogram.BUCKETS; index++) {
            assertThat(LatencyHistogram.lowerBound(index))
                    .isEqualTo(LatencyHistogram.lowerBound(index - 1) + LatencyHistogram.width(index - 1));
        }
    }

    @Test
    void shortTimesAreExactAndOutOfRangeTimesAreClamped() {
        assertThat(LatencyHistogram.index(0)).isZero();
        assertThat(LatencyHistogram.index(-5)).isZero();
        assertThat(LatencyHistogram.lowerBound(LatencyHistogram.index(31))).isEqualTo(31);
        assertThat(LatencyHistogram.index(Long.MAX_VALUE)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.index(1L << 40)).isEqualTo(LatencyHistogram.BUCKETS - 1);
    }

    @Test
    void percentilesAreWithinAThirtySecondOfTheTrueValue() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 1000; micros++) {
            histogram.record(micros * 1000);
        }
        long[] counts = histogram.counts();

        assertThat(LatencyHistogram.percentile(counts, 0.50)).get().satisfies(p50 ->
                assertThat((double) p50).isCloseTo(500_000, within(500_000 / 32.0)));
        assertThat(LatencyHistogram.percentile(counts, 0.99)).get().satisfies(p99 ->
                assertThat((double) p99).isCloseTo(990_000, within(990_000 / 32.0)));
        assertThat(LatencyHistogram.percentile(counts, 1.0)).get().satisfies(max ->
                assertThat((double) max).isCloseTo(1_000_000, within(1_000_000 / 32.0)));
    }

    @Test
    void nothingRecordedHasNoPercentile() {
        assertThat(LatencyHistogram.percentile(new LatencyHistogram().counts(), 0.5)).isEmpty();
    }
}
