package studybot.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of studybot's own pools and timers: daemons, so that a pool nobody stopped never keeps the process from
 * exiting, and named, so that a thread dump or a log line says whose work it is.
 */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** Threads all named {@code name}, for a pool of one thread. */
    public static ThreadFactory named(String name) {
        return runnable -> daemon(runnable, name);
    }

    /** Threads named {@code prefix-1}, {@code prefix-2} and on, for a pool of several. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + "-" + count.incrementAndGet());
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
