package studybot.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the latency benchmarks measure, stated once so they stay comparable with each other and with
 * {@link NoiseFloorBench}: every call timed on its own (sample mode, so the percentiles are per-call latencies), three
 * warm-up and five measured iterations of two seconds, one fork, a state per thread, in microseconds unless a benchmark
 * names another unit. JMH reads these annotations from the superclass of a benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class SampledPerCall {}
