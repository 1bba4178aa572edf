package studybot.bench.discord;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Diagnosis only: every millisecond, notes the state and innermost interesting frame of the threads whose name starts
 * with a prefix, to tell "waiting for work", "waiting for a lock" and "running (or waiting for a CPU)" apart.
 */
final class ThreadSampler {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String prefix;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    private ThreadSampler(String prefix) {
        this.prefix = prefix;
        this.thread = new Thread(this::loop, "bench-thread-sampler");
        thread.setDaemon(true);
    }

    static ThreadSampler start(String prefix) {
        ThreadSampler sampler = new ThreadSampler(prefix);
        sampler.thread.start();
        return sampler;
    }

    String stop() throws InterruptedException {
        running = false;
        thread.join();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(6)
                .map(e -> String.format("%d%% %s", 100 * e.getValue() / Math.max(1, total), e.getKey()))
                .collect(Collectors.joining("; "));
    }

    private void loop() {
        while (running) {
            for (ThreadInfo info : THREADS.dumpAllThreads(false, false, 12)) {
                if (info.getThreadName().startsWith(prefix)) {
                    counts.merge(describe(info), 1, Integer::sum);
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String describe(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        for (StackTraceElement frame : stack) {
            String cls = frame.getClassName();
            if (cls.startsWith("studybot.")
                    || cls.startsWith("net.dv8tion.")
                    || cls.startsWith("org.apache.lucene")
                    || cls.startsWith("com.fasterxml")
                    || cls.startsWith("ch.qos")
                    || cls.startsWith("okhttp3")) {
                return info.getThreadState() + " in " + cls.replaceAll(".*\\.", "") + "." + frame.getMethodName();
            }
        }
        String top = stack.length == 0
                ? "?"
                : stack[0].getClassName().replaceAll(".*\\.", "") + "." + stack[0].getMethodName();
        return info.getThreadState() + " at " + top;
    }
}
