package studybot.bench.discord;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time per thread of this JVM, grouped by thread name with the numbers blanked out (so JDA's, studybot's and the
 * fake's pools each show up as one line). On a shared, noisy machine wall-clock latency swings from round to round; the
 * CPU a burst costs does not, and it says which threads the time went to.
 */
final class CpuSnapshot {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> names;
    private final Map<Long, Long> nanos;
    private final long process;

    private CpuSnapshot(Map<Long, String> names, Map<Long, Long> nanos, long process) {
        this.names = names;
        this.nanos = nanos;
        this.process = process;
    }

    static CpuSnapshot take() {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> nanos = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        for (ThreadInfo info : THREADS.getThreadInfo(ids)) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                names.put(info.getThreadId(), info.getThreadName());
                nanos.put(info.getThreadId(), cpu);
            }
        }
        long process =
                ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                        ? os.getProcessCpuTime()
                        : -1;
        return new CpuSnapshot(names, nanos, process);
    }

    Delta minus(CpuSnapshot before) {
        Map<String, Long> byGroup = new HashMap<>();
        nanos.forEach((id, cpu) -> {
            long spent = cpu - before.nanos.getOrDefault(id, 0L);
            if (spent > 0) {
                byGroup.merge(group(names.get(id)), spent, Long::sum);
            }
        });
        return new Delta(process - before.process, byGroup);
    }

    private static String group(String threadName) {
        return threadName.replaceAll("\\d+", "#");
    }

    /** CPU spent between two snapshots: the whole process, and per thread group. */
    record Delta(long processNanos, Map<String, Long> byGroup) {

        long group(String prefix) {
            return byGroup.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        @Override
        public String toString() {
            String top = byGroup.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(7)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue() / 1e6))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "process %.0f ms; top threads (ms): %s", processNanos / 1e6, top);
        }
    }
}
