package studybot.bench.realbooks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import studybot.facts.KeyFactExtractor;
import studybot.library.Library;
import studybot.library.LibraryLoader;
import studybot.library.SectionNumber;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;

/**
 * A fresh sample of a book's quiz questions for judging by hand, and its score once judged. {@code sheet BOOK SEED
 * MIN}: BOOK names a label file, or is a folder holding any book the bot reads (an HTML manual, seed text), loaded as
 * the bot loads it; sections drawn at random (by the seed) from those the label file, if any, does not already judge,
 * until they hold at least MIN questions, printed shuffled and unattributed as {@code Q hash ? prompt || choices ||
 * fact} after a {@code # sections:} line. {@code score FILE}: the judged file (rows {@code Q hash pass|fail reason})
 * against today's questions of its sections, pass rate per kind. Verdict files live in {@code labels/samples/}, one per
 * judging, never edited afterwards. A command, not a test: {@code scripts/real-books/quiz-sample.sh}.
 */
public final class QuizSample {

    /** The colour codes Maven may put before the first line of a sheet saved from its output. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private QuizSample() {}

    /**
     * @param args the converted books' folder, the labels' folder, then {@code sheet BOOK SEED MIN} or {@code score
     *     FILE}
     */
    public static void main(String[] args) throws Exception {
        Path books = Path.of(args[0]);
        Path labels = Path.of(args[1]);
        if (args[2].equals("sheet")) {
            Path folder = Path.of(args[3]);
            if (Files.isDirectory(folder)) {
                sheet(folder.getFileName().toString(), Optional.of(folder), load(folder), List.of(), args);
            } else {
                RealBook book = RealBook.read(labels.resolve(args[3] + ".tsv"));
                sheet(book.name(), Optional.empty(), book.library(books), book.quizSections(), args);
            }
        } else {
            score(books, labels, Path.of(args[3]));
        }
    }

    /**
     * The book in {@code folder}, read as the bot reads a book it is given: a folder of pages (an HTML manual, with or
     * without an index page) or a file the importer reads, else seed text.
     */
    private static Library load(Path folder) throws Exception {
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, Clock.systemUTC());
        return importer.accepts(folder)
                ? importer.load(folder)
                : new LibraryLoader(new SeedParser(), Clock.systemUTC(), SeedLimits.DEFAULT, importer).load(folder);
    }

    /** @param folder the book's folder when it has no label file: written in the header, so {@code score} finds it */
    private static void sheet(
            String name, Optional<Path> folder, Library library, List<SectionNumber> judged, String[] args) {
        long seed = Long.parseLong(args[4]);
        int wanted = Integer.parseInt(args[5]);
        QuizDeck deck = QuizDeck.build(library, new KeyFactExtractor().extract(library), new ModelMeanings());
        List<SectionNumber> candidates = new ArrayList<>(library.sections().stream()
                .map(section -> section.number())
                .filter(number -> !deck.of(number).isEmpty() && !judged.contains(number))
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
        System.out.printf("# book: %s%n", name);
        folder.ifPresent(path -> System.out.printf("# folder: %s%n", path.toAbsolutePath()));
        System.out.printf(
                "# sections: %s%n",
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
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = ANSI.matcher(raw).replaceAll("");
            if (line.startsWith("# ") && line.indexOf(':') > 2) {
                header.put(
                        line.substring(2, line.indexOf(':')).strip(),
                        line.substring(line.indexOf(':') + 1).strip());
            } else if (line.startsWith("Q\t")) {
                String[] fields = line.split("\t", 4);
                verdicts.put(fields[1], fields[2].equals("pass"));
            }
        }
        Library library = header.containsKey("folder")
                ? load(Path.of(header.get("folder")))
                : RealBook.read(labels.resolve(header.get("book") + ".tsv")).library(books);
        List<SectionNumber> sections = new ArrayList<>();
        for (String number : header.get("sections").split("\\s+")) {
            sections.add(SectionNumber.parse(number).orElseThrow());
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int unjudged = 0;
        for (Question question : JudgedQuestions.of(library, sections)) {
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
