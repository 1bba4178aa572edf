package studybot.bench.realbooks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import studybot.facts.KeyFactExtractor;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;

/**
 * A fresh sample of a book's quiz questions for judging by hand, and its score once judged. {@code sheet BOOK SEED
 * MIN}: sections drawn at random (by the seed) from those the book's label file does not already judge, until they hold
 * at least MIN questions, printed shuffled and unattributed as {@code Q hash ? prompt || choices || fact} after a
 * {@code # sections:} line. {@code score FILE}: the judged file (rows {@code Q hash pass|fail reason}) against today's
 * questions of its sections, pass rate per kind. Verdict files live in {@code labels/samples/}, one per judging, never
 * edited afterwards. A command, not a test: {@code scripts/real-books/quiz-sample.sh}.
 */
public final class QuizSample {

    private QuizSample() {}

    /**
     * @param args the converted books' folder, the labels' folder, then {@code sheet BOOK SEED MIN} or {@code score
     *     FILE}
     */
    public static void main(String[] args) throws Exception {
        Path books = Path.of(args[0]);
        Path labels = Path.of(args[1]);
        if (args[2].equals("sheet")) {
            sheet(
                    books,
                    RealBook.read(labels.resolve(args[3] + ".tsv")),
                    Long.parseLong(args[4]),
                    Integer.parseInt(args[5]));
        } else {
            score(books, labels, Path.of(args[3]));
        }
    }

    private static void sheet(Path books, RealBook book, long seed, int wanted) throws Exception {
        Library library = book.library(books);
        QuizDeck deck = QuizDeck.build(library, new KeyFactExtractor().extract(library), new ModelMeanings());
        List<SectionNumber> candidates = new ArrayList<>(library.sections().stream()
                .map(section -> section.number())
                .filter(number ->
                        !deck.of(number).isEmpty() && !book.quizSections().contains(number))
                .toList());
        Collections.shuffle(candidates, new Random(seed));
        List<SectionNumber> chosen = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (SectionNumber number : candidates) {
            if (questions.size() >= wanted) {
                break;
            }
            chosen.add(number);
            questions.addAll(deck.of(number));
        }
        Collections.shuffle(questions, new Random(System.nanoTime()));
        System.out.printf(
                "# book: %s%n# sections: %s%n",
                book.name(),
                String.join(" ", chosen.stream().map(Object::toString).toList()));
        for (Question question : questions) {
            List<String> choices = new ArrayList<>(question.choices());
            choices.set(question.answer(), "*" + question.rightChoice());
            System.out.printf(
                    "Q\t%s\t?\t%s || %s || %s%n",
                    JudgedQuestions.hash(question),
                    question.prompt(),
                    String.join(" / ", choices),
                    question.fact().text());
        }
    }

    private static void score(Path books, Path labels, Path file) throws Exception {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ") && line.indexOf(':') > 2) {
                header.put(
                        line.substring(2, line.indexOf(':')).strip(),
                        line.substring(line.indexOf(':') + 1).strip());
            } else if (line.startsWith("Q\t")) {
                String[] fields = line.split("\t", 4);
                verdicts.put(fields[1], fields[2].equals("pass"));
            }
        }
        RealBook book = RealBook.read(labels.resolve(header.get("book") + ".tsv"));
        List<SectionNumber> sections = new ArrayList<>();
        for (String number : header.get("sections").split("\\s+")) {
            sections.add(SectionNumber.parse(number).orElseThrow());
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int unjudged = 0;
        for (Question question : JudgedQuestions.of(book.library(books), sections)) {
            Boolean pass = verdicts.get(JudgedQuestions.hash(question));
            if (pass == null) {
                unjudged++;
                continue;
            }
            for (String kind : List.of(question.kind().name(), "ALL")) {
                int[] counts = byKind.computeIfAbsent(kind, any -> new int[2]);
                counts[0] += pass ? 1 : 0;
                counts[1]++;
            }
        }
        byKind.forEach((kind, counts) -> System.out.printf(
                "%s: %d of %d pass (%.0f%%)%n", kind, counts[0], counts[1], 100.0 * counts[0] / counts[1]));
        System.out.printf("questions without a verdict (rules changed since): %d%n", unjudged);
    }
}
