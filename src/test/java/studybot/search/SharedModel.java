package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import studybot.library.Library;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.OnnxNatives;
import studybot.search.semantic.SemanticUnavailableException;
import studybot.search.semantic.SentenceEncoder;

/**
 * The embedding models loaded once per test JVM and shared by every test and benchmark that needs one: loading takes
 * about a second and ~100 MB. ONNX Runtime's native library goes to a temp folder removed when the JVM exits.
 */
public final class SharedModel {

    private static final Map<EncoderModel, SentenceEncoder> LOADED = new ConcurrentHashMap<>();
    private static Path nativeFolder;

    private SharedModel() {}

    public static synchronized SentenceEncoder encoder(EncoderModel model) {
        return LOADED.computeIfAbsent(model, SharedModel::load);
    }

    private static SentenceEncoder load(EncoderModel model) {
        try {
            if (nativeFolder == null) {
                nativeFolder = Files.createTempDirectory("studybot-native");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(nativeFolder)));
                OnnxNatives.load(nativeFolder);
            }
            return SentenceEncoder.load(model, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SemanticUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An indexer that uses the shared model, keeping its vectors in {@code storeFolder}. */
    public static SemanticIndexer indexer(EncoderModel model, Path storeFolder) {
        return new SemanticIndexer(model, () -> encoder(model), storeFolder, Clock.systemUTC());
    }

    /** {@link SectionSearch} over the library with search by meaning attached and ready. */
    public static SectionSearch hybrid(Library library, EncoderModel model, Path storeFolder) {
        SectionSearch search = Searches.over(library);
        try (SemanticIndexer indexer = indexer(model, storeFolder)) {
            indexer.index("seed", search, new MapQueryVectors());
            indexer.awaitIdle(Duration.ofMinutes(5));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!search.searchesByMeaning()) {
            throw new IllegalStateException("search by meaning did not attach");
        }
        return search;
    }

    /** Query vectors in a plain map: the lookup cache's part, without Caffeine. */
    public static final class MapQueryVectors implements QueryVectors {
        private final Map<String, float[]> vectors = new HashMap<>();
        private int changes;

        @Override
        public synchronized Optional<float[]> vector(String query) {
            return Optional.ofNullable(vectors.get(query));
        }

        @Override
        public synchronized void keep(String query, float[] vector) {
            vectors.put(query, vector);
        }

        @Override
        public synchronized void searchesChanged() {
            changes++;
        }

        public synchronized int embedded() {
            return vectors.size();
        }

        public synchronized int changes() {
            return changes;
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
