package studybot.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Not the bot: a fixed amount of pure CPU work per call, measured the same way as the searches. Its p50 is the work
 * itself; how far its p99 lies above p50 is what the machine (other processes, the scheduler, timer interrupts) adds to
 * any benchmark of the same run, so the tails of the other figures can be read against it. 200 tokens is of the order
 * of a cache hit, 200,000 of a search.
 */
public class NoiseFloorBench extends SampledPerCall {

    @Param({"200", "200000"})
    public long tokens;

    @Benchmark
    public void fixedWork() {
        Blackhole.consumeCPU(tokens);
    }
}
