package studybot;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way a running studybot is told to stop, and with which exit status: SIGTERM or Ctrl-C ask for 0 (stopping on
 * request is success), a gateway close that cannot be resumed asks for 1. The first request wins. The main thread waits
 * on it, then shuts down in order and returns the status from {@code main}, so the JVM exits normally with every
 * shutdown hook run.
 */
final class StopRequest {

    private final CompletableFuture<Stop> status = new CompletableFuture<>();

    /** Asks to stop with {@code exitStatus}; ignored when a stop was already asked for. */
    void request(int exitStatus) {
        status.complete(new Stop(exitStatus, Optional.empty()));
    }

    /** Asks to stop with status 0 because the process received {@code signal} ({@code SIGTERM}, {@code SIGINT}). */
    void requestBySignal(String signal) {
        status.complete(new Stop(0, Optional.of(signal)));
    }

    /** The signal that asked to stop, when the stop asked for came from one. */
    Optional<String> signal() {
        return status.isDone() ? status.join().signal() : Optional.empty();
    }

    boolean isRequested() {
        return status.isDone();
    }

    /** Whether a stop on request (exit status 0) was asked for, as opposed to a stop for a fault reported already. */
    boolean isRequestedAsSuccess() {
        return status.isDone() && status.join().exitStatus() == 0;
    }

    /** Waits until a stop is asked for and returns its exit status. */
    int await() throws InterruptedException {
        try {
            return status.get().exitStatus();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a stop request never fails", e);
        }
    }

    /** Waits at most {@code timeout}: the exit status if a stop was asked for by then, empty otherwise. */
    Optional<Integer> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(
                    status.get(timeout.toNanos(), TimeUnit.NANOSECONDS).exitStatus());
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a stop request never fails", e);
        }
    }

    /** Completes with the exit status when a stop is asked for. */
    CompletableFuture<Integer> asFuture() {
        return status.thenApply(Stop::exitStatus);
    }

    private record Stop(int exitStatus, Optional<String> signal) {}
}
