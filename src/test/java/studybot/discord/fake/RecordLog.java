package studybot.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A thread-safe, append-only log that tests can wait on: the fake's servers append from their own threads while the
 * test blocks in {@link #await} until a matching entry shows up. Waiting fails with the whole log in the message, which
 * is usually enough to see what the bot did instead.
 *
 * @param <T> the kind of entry (requests, gateway frames)
 */
public final class RecordLog<T> {

    private final String what;
    private final List<T> entries = new ArrayList<>();

    RecordLog(String what) {
        this.what = what;
    }

    synchronized void add(T entry) {
        entries.add(entry);
        notifyAll();
    }

    /** A snapshot of everything recorded so far, oldest first. */
    public synchronized List<T> all() {
        return List.copyOf(entries);
    }

    /** A snapshot of the entries matching {@code filter}, oldest first. */
    public synchronized List<T> matching(Predicate<? super T> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Waits for the first entry (already recorded or yet to come) matching {@code filter}. */
    public T await(Predicate<? super T> filter, Duration timeout) {
        return awaitCount(filter, 1, timeout).get(0);
    }

    /**
     * Waits until at least {@code count} entries match {@code filter} and returns the first {@code count} of them.
     *
     * @throws AssertionError on timeout, listing everything recorded
     */
    public synchronized List<T> awaitCount(Predicate<? super T> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<T> found = matching(filter);
        while (found.size() < count) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + count + " matching " + what
                        + "; found " + found.size() + " among:\n" + describe());
            }
            try {
                wait(remainingMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
            found = matching(filter);
        }
        return found.subList(0, count);
    }

    private String describe() {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append("  ").append(entry).append('\n'));
        return text.toString();
    }
}
