package studybot.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import studybot.library.Library;
import studybot.library.LibraryLoader;
import studybot.library.SeedParser;
import studybot.search.semantic.EmbeddingStore;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SentenceEncoder;

/**
 * How much of the exact scan's top 10 the int8 scan of {@link SectionVectors} keeps: the exact scan is the same ranking
 * (best cosine plus {@code SectionVectors.SECOND_WEIGHT} of the second best) computed on the float vectors. As a main
 * (run by scripts/real-books/score-search.sh after SearchEval has stored the vectors): the recall per labelled real
 * book, over its questions. Arguments: the labels folder, the converted books folder, the vectors folder.
 */
public final class VectorRecall {

    private static final int TOP = 10;

    private VectorRecall() {}

    public static void main(String[] args) throws Exception {
        Path labels = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> listing = Files.list(labels)) {
            files = listing.filter(file -> file.toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
        SentenceEncoder encoder = SharedModel.encoder(EncoderModel.MINILM_L6_V2_Q);
        for (Path file : files) {
            String book = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            Path store = Path.of(args[2]).resolve(book).resolve(SemanticIndexing.BOOK);
            if (!Files.isDirectory(store)) {
                continue;
            }
            List<String> questions = Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")[0])
                    .toList();
            Library library = new LibraryLoader(new SeedParser(), Clock.systemUTC()).load(Path.of(args[1], book));
            double recall = ofStoredBook(library, store, EncoderModel.MINILM_L6_V2_Q, questions, encoder::embedQuery);
            System.out.printf(
                    Locale.ROOT,
                    "%-26s int8 scan keeps %.1f%% of the exact top 10 (%d questions)%n",
                    book,
                    100 * recall,
                    questions.size());
        }
    }

    /**
     * Over a library whose passage vectors are already in {@code store} (a search by meaning was built with it).
     *
     * @return the share of the exact top 10 sections that the int8 scan also ranks in its top 10, over all queries
     */
    public static double ofStoredBook(
            Library library, Path store, EncoderModel model, List<String> queries, Function<String, float[]> embedQuery)
            throws IOException {
        List<Passage> passages = Searches.over(library).passages();
        EmbeddingStore vectors = EmbeddingStore.open(store, model);
        List<float[]> floats = new ArrayList<>(passages.size());
        for (Passage passage : passages) {
            floats.add(vectors.get(vectors.key(passage.text()))
                    .orElseThrow(() -> new IllegalStateException(
                            "no stored vector for a passage: build search by meaning first")));
        }
        return recall(passages, floats, queries.stream().map(embedQuery).toList());
    }

    static double recall(List<Passage> passages, List<float[]> floats, List<float[]> queries) {
        SectionVectors quantised = new SectionVectors(passages, floats);
        int kept = 0;
        int wanted = 0;
        for (float[] query : queries) {
            Set<Integer> exact = exactTop(passages, floats, query);
            Set<Integer> found = new HashSet<>();
            quantised.nearest(query, TOP, Float.NEGATIVE_INFINITY).forEach(match -> found.add(match.section()));
            wanted += exact.size();
            exact.retainAll(found);
            kept += exact.size();
        }
        return wanted == 0 ? 1 : (double) kept / wanted;
    }

    private static Set<Integer> exactTop(List<Passage> passages, List<float[]> floats, float[] query) {
        Map<Integer, float[]> bestTwo = new HashMap<>();
        for (int p = 0; p < passages.size(); p++) {
            float score = 0;
            float[] vector = floats.get(p);
            for (int i = 0; i < vector.length; i++) {
                score += vector[i] * query[i];
            }
            float[] two = bestTwo.computeIfAbsent(passages.get(p).section(), section ->
                    new float[] {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY});
            if (score > two[0]) {
                two[1] = two[0];
                two[0] = score;
            } else if (score > two[1]) {
                two[1] = score;
            }
        }
        Function<float[], Float> combined =
                two -> two[1] == Float.NEGATIVE_INFINITY ? two[0] : two[0] + SectionVectors.SECOND_WEIGHT * two[1];
        Set<Integer> top = new HashSet<>();
        bestTwo.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, float[]> entry) -> combined.apply(entry.getValue()))
                        .reversed())
                .limit(TOP)
                .forEach(entry -> top.add(entry.getKey()));
        return top;
    }
}
