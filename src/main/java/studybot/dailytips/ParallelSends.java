package studybot.dailytips;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pass's posts a few at a time, so a round trip to Discord does not hold up the next post while the shared
 * rate has room. Returns when all are done; if the caller is interrupted (the bot is stopping) the rest are cancelled
 * and their claims simply lapse, to be resumed with the same nonce.
 */
final class ParallelSends {

    private static final Logger log = LoggerFactory.getLogger(ParallelSends.class);

    private final ExecutorService senders;

    ParallelSends(int parallelism) {
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "studybot-tip-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs every task, at most {@code parallelism} at once, and waits for them. A single task runs on the caller's
     * thread. An {@link Error} from a task (the process is dying) is rethrown once the others have finished.
     */
    void runAll(List<Runnable> tasks) {
        if (tasks.size() <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> running = new ArrayList<>(tasks.size());
        tasks.forEach(task -> running.add(senders.submit(task)));
        Error fatal = null;
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (InterruptedException e) {
                running.forEach(other -> other.cancel(true));
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    fatal = error;
                } else {
                    log.error("Daily tips: a post failed unexpectedly", e.getCause());
                }
            }
        }
        if (fatal != null) {
            throw fatal;
        }
    }
}
