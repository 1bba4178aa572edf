package studybot.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studybot.library.Library;
import studybot.search.semantic.EncoderModel;
import studybot.search.semantic.SentenceEncoder;

/**
 * Compares the candidate embedding models on the labelled set, BM25 alone beside each hybrid, and prints the
 * similarities the nothing-matches threshold is chosen from: {@code mvn -q test-compile exec:exec
 * -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath studybot.search.ModelComparison"}.
 */
public final class ModelComparison {

    static final List<String> OFF_TOPIC = List.of(
            "kubernetes helm chart",
            "zzzzqqq",
            "how do I bake a cake",
            "terraform state lock",
            "what is the capital of france",
            "javascript promise chaining",
            "tax return deadline",
            "football world cup winners",
            "react component lifecycle",
            "asdf qwer zxcv");

    private ModelComparison() {}

    public static void main(String[] args) throws Exception {
        Map<String, Library> books = LabelledQuestions.books();
        if (args.length > 1 && args[0].equals("probe")) {
            probe(books.get("seed"), String.join(" ", List.of(args).subList(1, args.length)));
            return;
        }
        Map<String, SectionSearch> bm25 =
                Map.of("seed", Searches.over(books.get("seed")), "bread", Searches.over(books.get("bread")));
        System.out.println("BM25 alone: " + LabelledQuestions.score(bm25::get));
        LabelledQuestions.score(bm25::get).missed().forEach(miss -> System.out.println("   " + miss));
        List<EncoderModel> models = args.length > 0 && args[0].equals("shipped")
                ? List.of(EncoderModel.MINILM_L6_V2_Q)
                : List.of(EncoderModel.MINILM_L6_V2_Q, EncoderModel.E5_SMALL_V2_Q);
        for (EncoderModel model : models) {
            Path store = Files.createTempDirectory("compare");
            Map<String, SectionSearch> hybrid = Map.of(
                    "seed", SharedModel.hybrid(books.get("seed"), model, store),
                    "bread", SharedModel.hybrid(books.get("bread"), model, store));
            LabelledQuestions.Score score = LabelledQuestions.score(hybrid::get);
            System.out.println(model.name() + " hybrid: " + score);
            score.missed().forEach(miss -> System.out.println("   " + miss));
            similarities(model, books);
            SharedModel.deleteTree(store);
        }
    }

    /** Each section's best passage for one query, with its similarity, under the shipped model. */
    private static void probe(Library book, String query) {
        SentenceEncoder encoder = SharedModel.encoder(EncoderModel.MINILM_L6_V2_Q);
        for (SectionMatch hit : vectors(encoder, book).nearest(encoder.embedQuery(query), 6, -1f)) {
            System.out.printf(
                    "%.3f %s | %s%n",
                    hit.score(),
                    book.sections().get(hit.section()).number(),
                    hit.passage()
                            .text()
                            .substring(0, Math.min(90, hit.passage().text().length())));
        }
    }

    /** Best passage similarity of each right answer, and of off-topic queries' best passage anywhere. */
    private static void similarities(EncoderModel model, Map<String, Library> books) {
        SentenceEncoder encoder = SharedModel.encoder(model);
        Map<String, SectionVectors> vectors =
                Map.of("seed", vectors(encoder, books.get("seed")), "bread", vectors(encoder, books.get("bread")));
        List<Float> answers = new ArrayList<>();
        for (LabelledQuestions.Question question : LabelledQuestions.all()) {
            Library book = books.get(question.book());
            int ordinal = book.sections().indexOf(book.find(question.answer()).orElseThrow());
            float best = vectors.get(question.book()).nearest(encoder.embedQuery(question.text()), 100, -1f).stream()
                    .filter(hit -> hit.section() == ordinal)
                    .findFirst()
                    .orElseThrow()
                    .score();
            answers.add(best);
        }
        answers.sort(null);
        System.out.printf(
                "   right answers' similarity: lowest %s, median %.3f%n",
                answers.subList(0, 6).stream()
                        .map(value -> String.format("%.3f", value))
                        .toList(),
                answers.get(answers.size() / 2));
        for (String query : OFF_TOPIC) {
            float seed = vectors.get("seed")
                    .nearest(encoder.embedQuery(query), 1, -1f)
                    .get(0)
                    .score();
            float bread = vectors.get("bread")
                    .nearest(encoder.embedQuery(query), 1, -1f)
                    .get(0)
                    .score();
            System.out.printf("   off-topic %-32s seed %.3f bread %.3f%n", query, seed, bread);
        }
    }

    private static SectionVectors vectors(SentenceEncoder encoder, Library library) {
        PassageSplitter splitter = new PassageSplitter();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < library.sections().size(); i++) {
            passages.addAll(splitter.passages(i, library.sections().get(i)));
        }
        return new SectionVectors(
                passages,
                encoder.embedPassages(passages.stream().map(Passage::text).toList()));
    }
}
