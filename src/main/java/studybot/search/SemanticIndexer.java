package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.files.OwnerOnlyFolders;
import studybot.library.Section;
import studybot.search.semantic.EmbeddingStore;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.OnnxNatives;
import studybot.search.semantic.QueryBatcher;
import studybot.search.semantic.SemanticStatus;
import studybot.search.semantic.SemanticUnavailableException;
import studybot.search.semantic.SentenceEncoder;

/**
 * Builds search by meaning for every edition of every book served, off the request path, on one background thread, one
 * book at a time: loads the model once (the first time it is needed), embeds the passages that the book's own on-disk
 * store does not have yet, then attaches the vectors to that edition's {@link SectionSearch}. Until then the edition
 * answers with BM25 alone. A newer edition of a book supersedes its build still waiting or running; the other books'
 * builds wait their turn. Waiting builds are kept one per book, so an edition replaced meanwhile is not held in memory
 * by the queue. A book's vectors are read from disk for its build only and dropped after it, so memory holds the served
 * editions' int8 vectors and, at most, one book's float vectors being built. If the model cannot run here, one log line
 * says why and every edition stays on BM25.
 */
public final class SemanticIndexer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SemanticIndexer.class);
    /**
     * A book's folder in the store: lower-case letters, digits and dashes (a book id), optionally under one such folder
     * (an uploading server's), so no name reaches outside the store.
     */
    public static final Pattern BOOK_FOLDER = Pattern.compile("([a-z0-9][a-z0-9-]{0,63}/)?[a-z0-9][a-z0-9-]{0,63}");
    /** The folder of the data folder where the books' vectors are kept, a folder per book. */
    public static final String STORE_FOLDER = "embeddings";
    /** Passages embedded between checks for a newer edition and updates of the progress. */
    private static final int CHUNK = 64;

    private final EncoderModel model;
    private final EncoderLoader loader;
    private final Path storeFolder;
    private final Clock clock;
    private final ExecutorService worker;
    private final AtomicLong generations = new AtomicLong();
    /** The generation of the newest edition asked for, per book: an older build of that book stops. */
    private final Map<String, Long> newest = new ConcurrentHashMap<>();
    /** The builds waiting, the newest edition of each book, in the order they were asked for. */
    private final Map<String, Build> waiting = new LinkedHashMap<>();

    /** The latest build's, or the model's, status: what the log says. */
    private volatile SemanticStatus status;
    /** Each book's own status, from its newest edition's build; none while that edition waits for the model. */
    private final Map<String, SemanticStatus> books = new ConcurrentHashMap<>();

    private SentenceEncoder encoder;
    /** Embeds the questions of every edition, once the model is loaded. */
    private QueryBatcher queries;

    private volatile boolean unavailable;
    /** Set by {@link #close}: a model load failing after it is the process ending under it, not a broken machine. */
    private volatile boolean closed;

    /** One edition of one book to build, and what to tell once its vectors are attached. */
    private record Build(
            String book, long generation, SectionSearch search, QueryVectors cache, Consumer<TextVectors> ready) {}

    /** How the model is brought up; tests simulate a machine where it cannot load. */
    @FunctionalInterface
    public interface EncoderLoader {
        SentenceEncoder load() throws SemanticUnavailableException;
    }

    /** @param storeFolder where the passage vectors are kept between runs, in a folder per book */
    public SemanticIndexer(EncoderModel model, EncoderLoader loader, Path storeFolder, Clock clock) {
        this.model = model;
        this.loader = loader;
        this.storeFolder = storeFolder;
        this.clock = clock;
        this.status = new SemanticStatus(SemanticStatus.State.LOADING, model.name(), 0, 0, 0, "");
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "semantic-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /**
     * The shipped model, its native library and its vector store in {@code dataFolder} ({@code native/},
     * {@code embeddings/}).
     */
    public static SemanticIndexer inDataFolder(Path dataFolder, Clock clock) {
        EncoderModel model = EncoderModel.MINILM_L6_V2_Q;
        return new SemanticIndexer(
                model,
                () -> {
                    OnnxNatives.load(dataFolder.resolve("native"));
                    return SentenceEncoder.load(model, 1);
                },
                dataFolder.resolve(STORE_FOLDER),
                clock);
    }

    /** Where the latest build, or the model, stands: for the log. */
    public SemanticStatus status() {
        return status;
    }

    /**
     * Where {@code book}'s newest edition stands: its own build's figures, never another book's. An edition whose build
     * has not begun shares the model's state: loading, unavailable, or waiting while other books are embedded.
     *
     * @param book the book's folder name in the store ({@link #BOOK_FOLDER})
     */
    public SemanticStatus status(String book) {
        SemanticStatus own = books.get(book);
        if (own != null) {
            return own;
        }
        SemanticStatus overall = status;
        if (unavailable || overall.state() == SemanticStatus.State.LOADING) {
            return overall;
        }
        return SemanticStatus.waiting(model.name());
    }

    /**
     * Builds the vectors of {@code search}'s library in the background, after the builds of other books asked for
     * before, and attaches them when done. A build of an older edition of {@code book} stops.
     *
     * @param book the book's folder name in the store ({@link #BOOK_FOLDER}): where its vectors are kept between runs
     * @param cache the edition's lookup cache: keeps query vectors, and is told when results should be redone
     */
    public void index(String book, SectionSearch search, QueryVectors cache) {
        index(book, search, cache, vectors -> {});
    }

    /**
     * As {@link #index(String, SectionSearch, QueryVectors)}, and then, still on the background thread, hands
     * {@code ready} the model's {@link TextVectors} for that edition (the quiz rebuilds its deck with them). The texts
     * it embeds are kept in the book's store with the passages. {@code ready} is not called when the build stops or the
     * model cannot run; if it throws, the edition keeps what it had and search by meaning is unaffected.
     */
    public void index(String book, SectionSearch search, QueryVectors cache, Consumer<TextVectors> ready) {
        if (!BOOK_FOLDER.matcher(book).matches()) {
            throw new IllegalArgumentException("not a book's folder name: " + book);
        }
        long mine = generations.incrementAndGet();
        newest.put(book, mine);
        books.remove(book);
        synchronized (waiting) {
            waiting.remove(book);
            waiting.put(book, new Build(book, mine, search, cache, ready));
        }
        worker.execute(this::buildNext);
    }

    /**
     * Stops building {@code book} (a build waiting, or running, at its next chunk) and deletes its vectors, after the
     * build running now: for a book taken off the shelf, whose vectors would otherwise stay in the data folder.
     *
     * @param book the book's folder name in the store ({@link #BOOK_FOLDER})
     */
    public void forget(String book) {
        if (!BOOK_FOLDER.matcher(book).matches()) {
            throw new IllegalArgumentException("not a book's folder name: " + book);
        }
        newest.put(book, generations.incrementAndGet());
        books.remove(book);
        synchronized (waiting) {
            waiting.remove(book);
        }
        worker.execute(() -> deleteVectors(storeFolder, book));
    }

    /**
     * Deletes the folder of {@code book}'s vectors in {@code storeFolder}, and the uploading server's folder it was in
     * once that is empty; a file that can't be deleted is logged and left.
     *
     * @param book the book's folder name in the store ({@link #BOOK_FOLDER})
     */
    public static void deleteVectors(Path storeFolder, String book) {
        if (!BOOK_FOLDER.matcher(book).matches()) {
            throw new IllegalArgumentException("not a book's folder name: " + book);
        }
        Path folder = storeFolder.resolve(book);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
            Path parent = folder.getParent();
            if (!parent.equals(storeFolder)) {
                try (Stream<Path> left = Files.list(parent)) {
                    if (left.findAny().isEmpty()) {
                        Files.deleteIfExists(parent);
                    }
                }
            }
            LOG.info("Deleted the passage vectors of {} ({})", book, folder);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot delete the passage vectors of {} at {} ({}); delete the folder by hand", book, folder, e);
        }
    }

    /** Builds the longest-waiting book, if any is still waiting (each {@link #index} runs this once). */
    private void buildNext() {
        Build next;
        synchronized (waiting) {
            Iterator<Build> oldest = waiting.values().iterator();
            if (!oldest.hasNext()) {
                return;
            }
            next = oldest.next();
            oldest.remove();
        }
        try {
            build(next);
        } catch (RuntimeException | Error e) {
            if (closed) {
                LOG.info("Search by meaning for {} stopped with the bot, mid-build", next.book());
                return;
            }
            LOG.warn(
                    "Building search by meaning for {} failed; /search uses BM25 alone for this edition",
                    next.book(),
                    e);
            report(next, new SemanticStatus(SemanticStatus.State.UNAVAILABLE, model.name(), 0, 0, 0, e.toString()));
        }
    }

    /** {@code now} as the status of {@code build}'s book, unless a newer edition of it was asked for since. */
    private void report(Build build, SemanticStatus now) {
        status = now;
        if (!superseded(build)) {
            books.put(build.book(), now);
        }
    }

    private boolean superseded(Build build) {
        return newest.getOrDefault(build.book(), build.generation()) != build.generation();
    }

    private void build(Build build) {
        if (!ensureLoaded() || superseded(build)) {
            return;
        }
        SectionSearch search = build.search();
        QueryVectors cache = build.cache();
        EmbeddingStore store = openStore(build.book());
        Instant started = clock.instant();
        List<Section> sections = search.sections();
        List<Passage> passages = search.passages();
        List<ByteBuffer> keys = new ArrayList<>(passages.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            ByteBuffer key = store.key(passages.get(i).text());
            keys.add(key);
            if (store.get(key).isEmpty()) {
                missing.add(i);
            }
        }
        int cached = passages.size() - missing.size();
        report(build, new SemanticStatus(SemanticStatus.State.BUILDING, model.name(), cached, passages.size(), 0, ""));
        for (int from = 0; from < missing.size(); from += CHUNK) {
            if (superseded(build)) {
                return;
            }
            List<Integer> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            List<float[]> vectors = encoder.embedPassages(
                    chunk.stream().map(i -> passages.get(i).text()).toList());
            for (int j = 0; j < chunk.size(); j++) {
                store.put(keys.get(chunk.get(j)), vectors.get(j));
            }
            report(
                    build,
                    new SemanticStatus(
                            SemanticStatus.State.BUILDING,
                            model.name(),
                            cached + from + chunk.size(),
                            passages.size(),
                            from + chunk.size(),
                            ""));
        }
        List<float[]> vectors =
                keys.stream().map(key -> store.get(key).orElseThrow()).toList();
        search.useMeaning(new MeaningRetriever(
                new SectionVectors(passages, vectors),
                cache,
                queries,
                MeaningRetriever.BUSY_AHEAD,
                model.minimumSimilarity()));
        cache.searchesChanged();
        Instant warming = clock.instant();
        int asked = new SearchWarmUp(search).run();
        report(
                build,
                new SemanticStatus(
                        SemanticStatus.State.READY,
                        model.name(),
                        passages.size(),
                        passages.size(),
                        missing.size(),
                        ""));
        LOG.info(
                "Search by meaning ready for {}: {} passages of {} sections ({} embedded, {} from the store) in {} ms,"
                        + " warmed up by {} questions from the book in {} ms",
                build.book(),
                passages.size(),
                sections.size(),
                missing.size(),
                cached,
                Duration.between(started, warming).toMillis(),
                asked,
                Duration.between(warming, clock.instant()).toMillis());
        Set<ByteBuffer> kept = new HashSet<>(keys);
        int before = kept.size();
        tellReady(build, store, kept);
        if (!missing.isEmpty() || store.size() != before || kept.size() != before) {
            try {
                store.save(kept);
            } catch (IOException e) {
                LOG.warn(
                        "Cannot save the passage vectors to {} ({}); the next start embeds them again",
                        store.file(),
                        e.toString());
            }
        }
    }

    /**
     * Hands the build's {@code ready} the model's vectors, taken from the book's store where it has them and kept there
     * (their keys added to {@code kept}) where embedded now.
     */
    private void tellReady(Build build, EmbeddingStore store, Set<ByteBuffer> kept) {
        if (superseded(build)) {
            return;
        }
        Instant started = clock.instant();
        int[] asked = new int[1];
        int[] embedded = new int[1];
        TextVectors vectors = texts -> {
            asked[0] += texts.size();
            List<ByteBuffer> textKeys = texts.stream().map(store::key).toList();
            List<Integer> absent = new ArrayList<>();
            for (int i = 0; i < textKeys.size(); i++) {
                if (store.get(textKeys.get(i)).isEmpty()) {
                    absent.add(i);
                }
            }
            for (int from = 0; from < absent.size(); from += CHUNK) {
                List<Integer> chunk = absent.subList(from, Math.min(absent.size(), from + CHUNK));
                List<float[]> made =
                        encoder.embedPassages(chunk.stream().map(texts::get).toList());
                for (int j = 0; j < chunk.size(); j++) {
                    store.put(textKeys.get(chunk.get(j)), made.get(j));
                }
            }
            embedded[0] += absent.size();
            kept.addAll(textKeys);
            return textKeys.stream().map(key -> store.get(key).orElseThrow()).toList();
        };
        try {
            build.ready().accept(vectors);
            if (asked[0] == 0) {
                return;
            }
            LOG.info(
                    "Words of {} compared by meaning: {} texts ({} embedded, the rest from the store) in {} ms",
                    build.book(),
                    asked[0],
                    embedded[0],
                    Duration.between(started, clock.instant()).toMillis());
        } catch (RuntimeException e) {
            LOG.warn("Comparing the words of {} by meaning failed; its quiz keeps the choices it had", build.book(), e);
        }
    }

    private boolean ensureLoaded() {
        if (unavailable) {
            return false;
        }
        if (encoder != null) {
            return true;
        }
        try {
            encoder = loader.load();
            queries = new QueryBatcher(encoder);
            return true;
        } catch (SemanticUnavailableException e) {
            status = new SemanticStatus(SemanticStatus.State.UNAVAILABLE, model.name(), 0, 0, 0, e.getMessage());
            unavailable = true;
            if (closed) {
                LOG.info("Search by meaning stopped with the bot, before its model had loaded");
                return false;
            }
            LOG.warn("Search by meaning is unavailable, /search uses BM25 only: {}", e.getMessage());
            return false;
        }
    }

    /**
     * The vectors an earlier run saved for {@code book}; without them if they cannot be read: meaning then costs time,
     * not itself. The one file of the days before several books ({@code <model>.vectors} beside the books' folders) is
     * moved to the first book built without a file of its own: the default book, which is built first.
     */
    private EmbeddingStore openStore(String book) {
        Path storeFolder = this.storeFolder.resolve(book);
        Path single = EmbeddingStore.file(this.storeFolder, model);
        Path own = EmbeddingStore.file(storeFolder, model);
        try {
            if (Files.isRegularFile(single) && !Files.exists(own)) {
                OwnerOnlyFolders.create(storeFolder);
                Files.move(single, own, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            LOG.warn("Cannot move the passage vectors {} to {} ({}); embedding {} anew", single, own, e, book);
        }
        try {
            EmbeddingStore opened = EmbeddingStore.open(storeFolder, model);
            if (opened.dropped() > 0) {
                LOG.warn(
                        "{} passage vectors in {} were unsound (wrong length, not finite or not unit length); "
                                + "embedding them again",
                        opened.dropped(),
                        opened.file());
            }
            return opened;
        } catch (IOException e) {
            LOG.warn(
                    "Cannot read the passage vectors at {} ({}); search by meaning works without the vector cache",
                    EmbeddingStore.file(storeFolder, model),
                    e.toString());
            return EmbeddingStore.empty(storeFolder, model);
        }
    }

    /**
     * Waits, at most {@code timeout}, until every build asked for so far has finished: the book is then searched by
     * meaning, or the model is known to be unavailable. A scripted console waits for this so its answers do not depend
     * on timing.
     */
    public void awaitSettled(Duration timeout) throws InterruptedException {
        try {
            awaitIdle(timeout);
        } catch (ExecutionException | TimeoutException e) {
            LOG.info(
                    "Search by meaning not ready after {} s; answering with BM25 alone meanwhile", timeout.toSeconds());
        }
    }

    /** Waits until every build asked for so far has finished (for tests and benchmarks). */
    void awaitIdle(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        worker.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the background thread; a build in progress stops at its next chunk, never in the middle of writing its
     * vectors. The model stays loaded: editions being served may still embed queries with it, and it lives as long as
     * the process.
     */
    @Override
    public void close() {
        closed = true;
        newest.replaceAll((book, generation) -> generations.incrementAndGet());
        synchronized (waiting) {
            waiting.clear();
        }
        worker.shutdown();
    }
}
