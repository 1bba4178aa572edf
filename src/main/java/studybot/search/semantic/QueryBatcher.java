package studybot.search.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import studybot.concurrent.DaemonThreads;

/**
 * Embeds search questions on one thread of its own, as soon as each arrives (before it waits for a handler), so the
 * model runs beside the handlers instead of inside them, and a question can be shed instead of queued when the queue is
 * already long ({@code MeaningRetriever} then answers it without meaning): it is never embedded, and its mark tells its
 * search so. The thread takes up to {@code maxBatch} queued questions into one model run, and ends when the queue is
 * empty.
 *
 * <p>The shipped batch is one question per run ({@link #MAX_BATCH}): runs of 16 cost about a quarter less CPU per
 * question on the shipped model, but it is quantised with activation ranges taken per run, so a question's vector then
 * depends on the questions it was batched with, and on the seed's labelled questions 12 of 30 had sections 2 to 5 of
 * their answer reordered (the first always the same). The same question must get the same answer however busy the bot
 * is.
 */
public final class QueryBatcher {

    /** Questions per model run: one, so that a question's vector never depends on the questions beside it. */
    public static final int MAX_BATCH = 1;
    /** The most queries pending or marked as shed at once. */
    static final int MAX_PENDING = 10_000;

    private final Function<List<String>, List<float[]>> embedding;
    private final int maxBatch;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final Map<String, Request> pending = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ThreadPoolExecutor worker;

    /** The shipped batching of {@code encoder}'s queries. */
    public QueryBatcher(SentenceEncoder encoder) {
        this(encoder::embedQueries, MAX_BATCH);
    }

    /**
     * @param embedding the vectors of several queries, in order, from one run
     * @param maxBatch the most queries in one run
     */
    public QueryBatcher(Function<List<String>, List<float[]>> embedding, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one query: " + maxBatch);
        }
        this.embedding = embedding;
        this.maxBatch = maxBatch;
        this.worker = new ThreadPoolExecutor(
                0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), DaemonThreads.named("query-embedder"));
    }

    /** The request embedding {@code query}: the one already queued or running for the same text, or a new one. */
    public Request submit(String query) {
        Request request = pending.computeIfAbsent(query, text -> {
            Request fresh = new Request(text, Request.QUEUED);
            waiting.incrementAndGet();
            queue.add(fresh);
            return fresh;
        });
        if (draining.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
        return request;
    }

    /**
     * Marks {@code query} as left out: it is not queued, and the search that finds the mark ({@link #pending}) gets no
     * vector from it. Nothing is marked when the query is queued or marked already, or when more than
     * {@link #MAX_PENDING} queries are pending or marked (marks of searches that never ran are then not piling up).
     */
    public void shed(String query) {
        if (pending.size() < MAX_PENDING) {
            pending.computeIfAbsent(query, text -> new Request(text, Request.SHED));
        }
    }

    /** The request queued or running for {@code query}, or its shed mark, if any. */
    public Optional<Request> pending(String query) {
        return Optional.ofNullable(pending.get(query));
    }

    /** Queries waiting for a model run (not yet taken into one). */
    public int waiting() {
        return waiting.get();
    }

    private void drain() {
        while (true) {
            List<Request> batch = nextBatch();
            if (batch.isEmpty()) {
                draining.set(false);
                // a query queued after the last poll but before the flag was cleared found the flag still set
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            run(batch);
        }
    }

    private List<Request> nextBatch() {
        List<Request> batch = new ArrayList<>(maxBatch);
        while (batch.size() < maxBatch) {
            Request next = queue.poll();
            if (next == null) {
                return batch;
            }
            if (next.take()) {
                batch.add(next);
            }
        }
        return batch;
    }

    private void run(List<Request> batch) {
        try {
            List<float[]> vectors =
                    embedding.apply(batch.stream().map(Request::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).finish(vectors.get(i));
            }
        } catch (RuntimeException | Error e) {
            batch.forEach(request -> request.fail(e));
        }
    }

    /** One query's place in the queue, and its vector once embedded; or the mark of a query shed. */
    public final class Request {

        private static final int QUEUED = 0;
        private static final int TAKEN = 1;
        private static final int SHED = 2;

        private final String text;
        private final AtomicInteger state;
        private final CompletableFuture<Optional<float[]>> vector = new CompletableFuture<>();

        private Request(String text, int state) {
            this.text = text;
            this.state = new AtomicInteger(state);
            if (state == SHED) {
                vector.complete(Optional.empty());
            }
        }

        public String text() {
            return text;
        }

        /**
         * Waits for the vector.
         *
         * @return empty if the query was shed
         * @throws IllegalStateException if the model failed on the run that held it
         */
        public Optional<float[]> await() {
            try {
                return vector.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the query was embedded", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("embedding the query failed", e.getCause());
            }
        }

        /** Removes a shed query's mark: the next {@link #submit} of its text queues it. */
        public void release() {
            if (state.get() == SHED) {
                pending.remove(text, this);
            }
        }

        private boolean take() {
            if (!state.compareAndSet(QUEUED, TAKEN)) {
                return false;
            }
            waiting.decrementAndGet();
            return true;
        }

        /**
         * Runs {@code keep} with the vector once it is embedded (at once if it is already), on the thread that embedded
         * it, before the request stops being {@link #pending}: whoever looks for the query finds the request or what
         * {@code keep} kept.
         */
        public void whenEmbedded(Consumer<float[]> keep) {
            vector.thenAccept(embedded -> embedded.ifPresent(keep));
        }

        private void finish(float[] embedded) {
            vector.complete(Optional.of(embedded));
            pending.remove(text, this);
        }

        private void fail(Throwable failure) {
            vector.completeExceptionally(failure);
            pending.remove(text, this);
        }
    }
}
