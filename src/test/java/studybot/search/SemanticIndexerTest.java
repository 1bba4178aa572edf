package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.TestBooks;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SemanticStatus;
import studybot.search.semantic.SemanticUnavailableException;
import studybot.testing.LogCapture;

class SemanticIndexerTest {

    @TempDir
    Path store;
    /** What the last {@link #build} logged besides its "ready" line. */
    private List<String> warnings = List.of();

    @Test
    void aRestartEmbedsOnlyThePassagesThatChanged() throws Exception {
        Library seed = TestBooks.seed();
        SemanticStatus first = build(seed);
        assertThat(first.state()).isEqualTo(SemanticStatus.State.READY);
        assertThat(first.embedded()).isEqualTo(first.total());
        assertThat(store.resolve("seed").resolve("all-minilm-l6-v2-q.vectors")).isRegularFile();

        SemanticStatus unchanged = build(seed);
        assertThat(unchanged.embedded()).as("a restart with nothing changed").isZero();

        List<Section> edited = new ArrayList<>(seed.sections());
        Section last = edited.get(edited.size() - 1);
        edited.set(
                edited.size() - 1,
                new Section(
                        last.number(),
                        last.title(),
                        List.of("Connection pools are great. They keep sockets open."),
                        last.origin()));
        SemanticStatus afterEdit = build(new Library(edited, seed.loadedAt()));
        assertThat(afterEdit.embedded())
                .as("one section rewritten into one short passage")
                .isEqualTo(1);
    }

    @Test
    void theModelsVectorsAreHandedOnOnceTheBookIsSearchedByMeaningAndKeptForTheNextStart() throws Exception {
        List<String> words = List.of("replication", "cache eviction");
        List<List<float[]>> handed = new ArrayList<>();
        List<String> logged = new ArrayList<>();
        List<Boolean> attachedFirst = new ArrayList<>();
        for (int start = 0; start < 2; start++) {
            SectionSearch search = Searches.over(TestBooks.seed());
            try (LogCapture log = LogCapture.of(Level.INFO, SemanticIndexer.class.getName());
                    SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store)) {
                indexer.index("seed", search, new SharedModel.MapQueryVectors(), vectors -> {
                    attachedFirst.add(search.searchesByMeaning());
                    handed.add(vectors.of(words));
                });
                indexer.awaitIdle(Duration.ofMinutes(2));
                log.messages().stream()
                        .filter(line -> line.startsWith("Words of seed"))
                        .forEach(logged::add);
            }
        }

        assertThat(handed).hasSize(2);
        assertThat(attachedFirst).as("handed on once the passages are attached").containsExactly(true, true);
        assertThat(handed.get(0))
                .hasSize(2)
                .allSatisfy(vector -> assertThat(vector).hasSize(EncoderModel.MINILM_L6_V2_Q.dimensions()));
        assertThat(handed.get(1).get(1))
                .as("the same vector, from the store")
                .isEqualTo(handed.get(0).get(1));
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).contains("2 texts (2 embedded");
        assertThat(logged.get(1)).as("the next start").contains("2 texts (0 embedded");
    }

    /**
     * Re-audit R2: each book's status is its own ({@code /stats} showed the passages of whichever book was embedded
     * last); a book whose build has not begun waits while the model embeds another.
     */
    @Test
    void eachBookHasItsOwnStatusAndABookNotBegunWaits() throws Exception {
        Library seed = TestBooks.seed();
        CountDownLatch release = new CountDownLatch(1);
        try (SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store)) {
            indexer.index("seed", Searches.over(seed), new SharedModel.MapQueryVectors(), vectors -> {
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            indexer.index(
                    "one-section",
                    Searches.over(new Library(List.of(seed.sections().get(0)), seed.loadedAt())),
                    new SharedModel.MapQueryVectors());
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> indexer.status("seed").state() == SemanticStatus.State.READY);

            assertThat(indexer.status("one-section").state()).isEqualTo(SemanticStatus.State.WAITING);
            assertThat(indexer.status("one-section").describe())
                    .isEqualTo("BM25 alone for now; the book waits while all-minilm-l6-v2-q embeds other books");
            release.countDown();
            indexer.awaitIdle(Duration.ofMinutes(2));

            assertThat(indexer.status("one-section").state()).isEqualTo(SemanticStatus.State.READY);
            assertThat(indexer.status("one-section").total())
                    .isLessThan(indexer.status("seed").total())
                    .isEqualTo(indexer.status().total());
        }
    }

    @Test
    void aModelThatCannotLoadLeavesBm25AnsweringWithOneLogLine() throws Exception {
        SectionSearch search = Searches.over(TestBooks.seed());
        try (LogCapture log = LogCapture.of(SemanticIndexer.class);
                SemanticIndexer indexer = new SemanticIndexer(
                        EncoderModel.MINILM_L6_V2_Q,
                        () -> {
                            throw new SemanticUnavailableException(
                                    "ONNX Runtime cannot load on Linux amd64 (is glibc missing?): "
                                            + new UnsatisfiedLinkError(
                                                    "libonnxruntime.so: Error loading shared library ld-linux-x86-64.so.2"));
                        },
                        store,
                        Clock.systemUTC())) {
            indexer.index("seed", search, new SharedModel.MapQueryVectors());
            indexer.index("seed", search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(Duration.ofSeconds(30));

            assertThat(indexer.status().state()).isEqualTo(SemanticStatus.State.UNAVAILABLE);
            assertThat(indexer.status().describe()).startsWith("BM25 only").contains("glibc");
            assertThat(log.messages())
                    .hasSize(1)
                    .first()
                    .asString()
                    .contains("BM25 only")
                    .contains("glibc");
        }
        assertThat(search.searchesByMeaning()).isFalse();
        assertThat(search.search("how do I keep my redis data safe if the node crashes", Searches.DEFAULT_LIMIT)
                        .hits())
                .isNotEmpty();
        assertThat(search.search("pooling", Searches.DEFAULT_LIMIT)
                        .hits()
                        .get(0)
                        .number()
                        .toString())
                .isEqualTo("62.8");
    }

    @Test
    void aCacheOfNotANumberVectorsIsEmbeddedAgainInsteadOfServed(@TempDir Path clean) throws Exception {
        Library seed = TestBooks.seed();
        SemanticStatus first = build(seed);
        rewriteVectors(vector -> {
            float[] nan = new float[vector.length];
            java.util.Arrays.fill(nan, Float.NaN);
            return nan;
        });

        SemanticStatus again = build(seed);

        assertThat(again.embedded()).as("every NaN vector embedded again").isEqualTo(first.total());
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith(first.total() + " passage vectors in ")
                .contains("unsound");
        String question = "my app opens too many connections to the database";
        assertThat(numbers(SharedModel.hybrid(seed, EncoderModel.MINILM_L6_V2_Q, store), question))
                .isEqualTo(numbers(SharedModel.hybrid(seed, EncoderModel.MINILM_L6_V2_Q, clean), question));
    }

    @Test
    void aShortOrUnnormalisedVectorIsEmbeddedAgainAndTheRestKept() throws Exception {
        Library seed = TestBooks.seed();
        SemanticStatus first = build(seed);
        int[] seen = {0};
        rewriteVectors(vector -> switch (seen[0]++) {
            case 0 -> java.util.Arrays.copyOf(vector, 10);
            case 1 -> scaled(vector, 3);
            case 2 -> new float[vector.length];
            default -> vector;
        });

        SemanticStatus again = build(seed);

        assertThat(again.state()).isEqualTo(SemanticStatus.State.READY);
        assertThat(again.embedded())
                .as("the three damaged entries, and only those")
                .isEqualTo(3);
        assertThat(warnings).singleElement().asString().startsWith("3 passage vectors in ");
        assertThat(build(seed).embedded()).as("the rebuilt entries were saved").isZero();
        assertThat(warnings).isEmpty();
        assertThat(first.total()).isGreaterThan(3);
    }

    @Test
    void aFolderInPlaceOfTheCacheFileLeavesSearchByMeaningOnWithoutTheCache() throws Exception {
        Files.createDirectories(
                store.resolve("seed").resolve("all-minilm-l6-v2-q.vectors").resolve("inside"));
        SectionSearch search = Searches.over(TestBooks.seed());
        try (LogCapture log = LogCapture.of(SemanticIndexer.class);
                SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store)) {
            indexer.index("seed", search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(Duration.ofMinutes(2));

            assertThat(indexer.status().state()).isEqualTo(SemanticStatus.State.READY);
            assertThat(indexer.status().embedded()).isEqualTo(indexer.status().total());
            assertThat(log.messages())
                    .anySatisfy(line -> assertThat(line)
                            .contains("without the vector cache")
                            .contains("all-minilm-l6-v2-q.vectors"));
        }
        assertThat(search.searchesByMeaning()).isTrue();
    }

    @Test
    void eachBookKeepsItsOwnVectorsAndANewerEditionReplacesOnlyItsOwnWaitingBuild() throws Exception {
        Library seed = TestBooks.seed();
        Library shorter = new Library(seed.sections().subList(0, 5), seed.loadedAt());
        SectionSearch firstA = Searches.over(seed);
        SectionSearch b = Searches.over(shorter);
        SectionSearch secondA = Searches.over(seed);
        CountDownLatch modelLoads = new CountDownLatch(1);
        try (LogCapture log = LogCapture.of(Level.INFO, SemanticIndexer.class.getName());
                SemanticIndexer indexer = new SemanticIndexer(
                        EncoderModel.MINILM_L6_V2_Q,
                        () -> {
                            awaitQuietly(modelLoads);
                            return SharedModel.encoder(EncoderModel.MINILM_L6_V2_Q);
                        },
                        store,
                        Clock.systemUTC())) {
            indexer.index("book-a", firstA, new SharedModel.MapQueryVectors());
            indexer.index("server-7/book-b", b, new SharedModel.MapQueryVectors());
            indexer.index("book-a", secondA, new SharedModel.MapQueryVectors());
            modelLoads.countDown();
            indexer.awaitIdle(Duration.ofMinutes(2));

            assertThat(firstA.searchesByMeaning())
                    .as("superseded by the newer edition before its turn")
                    .isFalse();
            assertThat(b.searchesByMeaning()).isTrue();
            assertThat(secondA.searchesByMeaning()).isTrue();
            assertThat(log.messages())
                    .as("one build at a time, in the order asked, the newer edition of book-a last")
                    .filteredOn(line -> line.startsWith("Search by meaning ready"))
                    .satisfiesExactly(
                            line -> assertThat(line).startsWith("Search by meaning ready for server-7/book-b: "),
                            line -> assertThat(line).startsWith("Search by meaning ready for book-a: "));
        }
        assertThat(store.resolve("book-a/all-minilm-l6-v2-q.vectors")).isRegularFile();
        assertThat(store.resolve("server-7/book-b/all-minilm-l6-v2-q.vectors")).isRegularFile();
        assertThat(build(shorter, "server-7/book-b").embedded())
                .as("a restart finds book-b's vectors in its own folder")
                .isZero();
    }

    @Test
    void aModelLoadFailingAfterTheBotStoppedIsOneInfoLineNotAWarning() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (LogCapture log = LogCapture.of(Level.INFO, SemanticIndexer.class.getName())) {
            SemanticIndexer indexer = new SemanticIndexer(
                    EncoderModel.MINILM_L6_V2_Q,
                    () -> {
                        loading.countDown();
                        awaitQuietly(stopped);
                        throw new SemanticUnavailableException("cannot start the model: the runtime is shutting down");
                    },
                    store,
                    Clock.systemUTC());
            indexer.index("seed", Searches.over(TestBooks.seed()), new SharedModel.MapQueryVectors());

            loading.await();
            indexer.close();
            stopped.countDown();

            assertOneInfoLine(log, "Search by meaning stopped with the bot, before its model had loaded");
        }
    }

    @Test
    void aBuildFailingAfterTheBotStoppedIsOneInfoLineNotAWarning() throws Exception {
        Library seed = TestBooks.seed();
        SectionSearch search = Searches.over(new Library(seed.sections().subList(0, 5), seed.loadedAt()));
        try (LogCapture log = LogCapture.of(Level.INFO, SemanticIndexer.class.getName())) {
            SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store);
            QueryVectors stoppingMidBuild = new QueryVectors() {
                @Override
                public Optional<float[]> vector(String query) {
                    return Optional.empty();
                }

                @Override
                public void keep(String query, float[] vector) {}

                @Override
                public void searchesChanged() {
                    indexer.close();
                    throw new IllegalStateException("the runtime is shutting down");
                }
            };
            indexer.index("seed", search, stoppingMidBuild);

            assertOneInfoLine(log, "Search by meaning for seed stopped with the bot, mid-build");
        }
    }

    @Test
    void aForgottenBooksWaitingBuildIsDroppedAndItsVectorsDeletedAfterTheBuildRunning() throws Exception {
        Library seed = TestBooks.seed();
        SectionSearch a = Searches.over(seed);
        SectionSearch b = Searches.over(new Library(seed.sections().subList(0, 5), seed.loadedAt()));
        Path oldVectors = store.resolve("server-7/book-b/all-minilm-l6-v2-q.vectors");
        Files.createDirectories(oldVectors.getParent());
        Files.writeString(oldVectors, "an earlier run's vectors");
        CountDownLatch modelLoads = new CountDownLatch(1);
        try (SemanticIndexer indexer = new SemanticIndexer(
                EncoderModel.MINILM_L6_V2_Q,
                () -> {
                    awaitQuietly(modelLoads);
                    return SharedModel.encoder(EncoderModel.MINILM_L6_V2_Q);
                },
                store,
                Clock.systemUTC())) {
            indexer.index("book-a", a, new SharedModel.MapQueryVectors());
            indexer.index("server-7/book-b", b, new SharedModel.MapQueryVectors());
            indexer.forget("server-7/book-b");
            assertThat(oldVectors).as("not while book-a's build runs").exists();
            modelLoads.countDown();
            indexer.awaitIdle(Duration.ofMinutes(2));

            assertThat(a.searchesByMeaning()).isTrue();
            assertThat(b.searchesByMeaning()).as("its waiting build dropped").isFalse();
        }
        assertThat(store.resolve("book-a/all-minilm-l6-v2-q.vectors")).isRegularFile();
        assertThat(store.resolve("server-7"))
                .as("the server's folder, empty now")
                .doesNotExist();
    }

    @Test
    void vectorsOfABookFolderNameThatCouldLeaveTheStoreAreNeverDeleted() throws Exception {
        Path outside = Files.writeString(store.resolve("outside.txt"), "not a book's vectors");
        Path inside = Files.createDirectories(store.resolve("embeddings"));
        for (String name : List.of("../outside.txt", "/etc", "a/b/c", "", "a/../b", "..")) {
            assertThatThrownBy(() -> SemanticIndexer.deleteVectors(inside, name))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        SemanticIndexer.deleteVectors(inside, "no-such-book");
        assertThat(outside).exists();
        assertThat(inside).isEmptyDirectory();
    }

    @Test
    void theSingleFileOfBeforeSeveralBooksBecomesTheFirstBooksOwn() throws Exception {
        Library seed = TestBooks.seed();
        SemanticStatus first = build(seed, "elsewhere");
        Files.move(store.resolve("elsewhere/all-minilm-l6-v2-q.vectors"), store.resolve("all-minilm-l6-v2-q.vectors"));

        SemanticStatus moved = build(seed, "seeds");

        assertThat(moved.embedded()).as("every vector taken from the old file").isZero();
        assertThat(moved.total()).isEqualTo(first.total());
        assertThat(store.resolve("seeds/all-minilm-l6-v2-q.vectors")).isRegularFile();
        assertThat(store.resolve("all-minilm-l6-v2-q.vectors")).doesNotExist();
    }

    @Test
    void aBookFolderNameThatCouldLeaveTheStoreIsRefused() throws Exception {
        SectionSearch search = Searches.over(TestBooks.seed());
        try (SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store)) {
            for (String name : List.of("../outside", "/etc", "a/b/c", "Seeds", "", "a/../b", "-a")) {
                assertThatThrownBy(() -> indexer.index(name, search, new SharedModel.MapQueryVectors()))
                        .as(name)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(store).isEmptyDirectory();
    }

    private static void assertOneInfoLine(LogCapture log, String line) {
        await().atMost(Duration.ofMinutes(2)).until(() -> !log.events().isEmpty());
        assertThat(log.messages()).as("one line").containsExactly(line);
        assertThat(log.messages(Level.INFO)).as("at INFO").hasSize(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> numbers(SectionSearch search, String question) {
        return search.search(question, Searches.DEFAULT_LIMIT).hits().stream()
                .map(hit -> hit.number().toString())
                .toList();
    }

    private static float[] scaled(float[] vector, float factor) {
        float[] scaled = vector.clone();
        for (int d = 0; d < scaled.length; d++) {
            scaled[d] *= factor;
        }
        return scaled;
    }

    /** Rewrites every vector of the cache file in place, keeping its layout valid. */
    private void rewriteVectors(UnaryOperator<float[]> change) throws IOException {
        Path file = store.resolve("seed").resolve("all-minilm-l6-v2-q.vectors");
        Path rewritten = store.resolve("rewritten");
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(rewritten)))) {
            out.writeUTF(in.readUTF());
            out.writeUTF(in.readUTF());
            int count = in.readInt();
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                byte[] key = new byte[32];
                in.readFully(key);
                float[] vector = new float[in.readInt()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                float[] changed = change.apply(vector);
                out.write(key);
                out.writeInt(changed.length);
                for (float value : changed) {
                    out.writeFloat(value);
                }
            }
        }
        Files.move(rewritten, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private SemanticStatus build(Library library) throws Exception {
        return build(library, "seed");
    }

    private SemanticStatus build(Library library, String book) throws Exception {
        SectionSearch search = Searches.over(library);
        try (LogCapture log = LogCapture.of(SemanticIndexer.class);
                SemanticIndexer indexer = SharedModel.indexer(EncoderModel.MINILM_L6_V2_Q, store)) {
            indexer.index(book, search, new SharedModel.MapQueryVectors());
            indexer.awaitIdle(Duration.ofMinutes(2));
            assertThat(search.searchesByMeaning()).isTrue();
            assertThat(Files.size(store.resolve(book).resolve("all-minilm-l6-v2-q.vectors")))
                    .isPositive();
            warnings = log.messages().stream()
                    .filter(line -> !line.startsWith("Search by meaning ready"))
                    .toList();
            return indexer.status();
        }
    }
}
