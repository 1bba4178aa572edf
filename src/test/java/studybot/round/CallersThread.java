package studybot.round;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task at once in the thread that hands it over: a round's steps are done when {@link RoundService#runDue}
 * returns, so a test moving the clock by hand sees every step's messages at once, as before steps had threads.
 */
final class CallersThread extends AbstractExecutorService {

    private volatile boolean shutdown;

    /** Round steps done in the caller's thread. */
    static RoundSteps steps() {
        return new RoundSteps(new CallersThread());
    }

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
