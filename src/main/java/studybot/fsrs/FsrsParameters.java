package studybot.fsrs;

import java.time.Duration;
import java.util.List;

/**
 * The FSRS-6 model weights and scheduling settings. {@link #DEFAULTS} are the published defaults of the reference
 * implementation (21 weights, desired retention 0.9, learning steps 1 and 10 minutes, relearning step 10 minutes,
 * maximum interval 36,500 days).
 */
public record FsrsParameters(
        List<Double> weights,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumIntervalDays) {

    public static final FsrsParameters DEFAULTS = new FsrsParameters(
            List.of(
                    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
                    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542),
            0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(Duration.ofMinutes(10)),
            36_500);

    public FsrsParameters {
        weights = List.copyOf(weights);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 weights, not " + weights.size());
        }
        if (desiredRetention <= 0 || desiredRetention >= 1) {
            throw new IllegalArgumentException("desired retention is between 0 and 1: " + desiredRetention);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("the maximum interval is at least a day: " + maximumIntervalDays);
        }
    }

    double w(int index) {
        return weights.get(index);
    }
}
