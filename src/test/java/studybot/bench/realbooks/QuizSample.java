package studybot.bench.realbooks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;

/**
 * A fresh sample of a book's quiz questions for judging by hand, and its score once judged. {@code sheet BOOK SEED
 * MIN}: BOOK names a label file, or is a folder holding any book the bot reads (an HTML manual, seed text), loaded as
 * the bot loads it; sections drawn at random (by the seed) from those the label file, if any, does not already judge,
 * until they hold at least MIN questions, printed shuffled and unattributed as {@code Q hash ? prompt || choices ||
 * fact} after a {@code # sections:} line. {@code score FILE...}: each judged file (rows {@code Q hash pass|fail
 * reason}, or a label file's {@code quiz-sections}) against today's questions of its sections, pass rate per kind, and
 * how many judged questions are no longer asked; {@code review FILE...} also prints those questions with their
 * verdicts, to judge the new ones. {@code sizes BOOK...}: how many questions each book's deck asks. Verdict files live
 * in {@code labels/samples/}, one per judging, never edited afterwards. A command, not a test:
 * {@code scripts/real-books/quiz-sample.sh}.
 */
public final class QuizSample {

    /** The colour codes Maven may put before the first line of a sheet saved from its output. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    private QuizSample() {}

    /**
     * @param args the converted books' folder, the labels' folder, then {@code sheet BOOK SEED MIN}, {@code score
     *     FILE...}, {@code review FILE...} or {@code sizes BOOK...} (a label file's name or a book's folder)
     */
    public static void main(String[] args) throws Exception {
        Path books = Path.of(args[0]);
        Path labels = Path.of(args[1]);
        List<String> rest = List.of(args).subList(3, args.length);
        switch (args[2]) {
            case "sheet" -> {
                Path folder = Path.of(args[3]);
                if (Files.isDirectory(folder)) {
                    sheet(
                            folder.getFileName().toString(),
                            Optional.of(folder),
                            BookFolder.load(folder),
                            List.of(),
                            args);
                } else {
                    RealBook book = RealBook.read(labels.resolve(args[3] + ".tsv"));
                    sheet(book.name(), Optional.empty(), book.library(books), book.quizSections(), args);
                }
            }
            case "sizes" -> {
                for (String name : rest) {
                    sizes(
                            name,
                            new Decks(books, labels)
                                    .of(Map.of(Files.isDirectory(Path.of(name)) ? "folder" : "book", name)));
                }
            }
            default -> {
                Decks decks = new Decks(books, labels);
                for (String file : rest) {
                    score(decks, Path.of(file), args[2].equals("review"));
                }
            }
        }
    }

    /** @param folder the book's folder when it has no label file: written in the header, so {@code score} finds it */
    private static void sheet(
            String name, Optional<Path> folder, Library library, List<SectionNumber> judged, String[] args) {
        long seed = Long.parseLong(args[4]);
        int wanted = Integer.parseInt(args[5]);
        QuizDeck deck = JudgedQuestions.deck(library);
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

    /** How many questions of each kind the book's deck asks, and from how many sections. */
    private static void sizes(String name, BookDeck book) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Question question : book.deck().all()) {
            byKind.merge(question.kind().name(), 1, Integer::sum);
        }
        long sections = book.library().sections().stream()
                .filter(section -> !book.deck().of(section.number()).isEmpty())
                .count();
        System.out.printf(
                "%s: %d questions %s, from %d of %d sections%n",
                name,
                book.deck().size(),
                byKind,
                sections,
                book.library().sections().size());
    }

    /**
     * The judged file's pass rate among today's questions of its sections; with {@code review}, also every question of
     * those sections in the sheet's form with its verdict ({@code ?} when unjudged), and the judged ones no longer
     * asked.
     */
    private static void score(Decks decks, Path path, boolean review) throws Exception {
        Path file = path.toAbsolutePath();
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String[]> verdicts = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = ANSI.matcher(raw).replaceAll("");
            if (line.startsWith("# ") && line.indexOf(':') > 2) {
                header.putIfAbsent(
                        line.substring(2, line.indexOf(':')).strip(),
                        line.substring(line.indexOf(':') + 1).strip());
            } else if (line.startsWith("Q\t")) {
                String[] fields = line.split("\t", 4);
                verdicts.put(fields[1], new String[] {fields[2], fields.length > 3 ? fields[3] : ""});
            }
        }
        BookDeck book = decks.of(header);
        String sectionList = header.containsKey("sections") ? header.get("sections") : header.get("quiz-sections");
        List<SectionNumber> sections = new ArrayList<>();
        for (String number : sectionList.split("\\s+")) {
            sections.add(SectionNumber.parse(number).orElseThrow());
        }
        Map<String, int[]> byKind = new TreeMap<>();
        int unjudged = 0;
        Set<String> asked = new HashSet<>();
        System.out.printf("== %s%n", file.getFileName());
        for (Question question : sections.stream()
                .flatMap(section -> book.deck().of(section).stream())
                .toList()) {
            String hash = JudgedQuestions.hash(question);
            asked.add(hash);
            String[] verdict = verdicts.get(hash);
            if (review) {
                List<String> choices = new ArrayList<>(question.choices());
                choices.set(question.answer(), "*" + question.rightChoice());
                System.out.printf(
                        "Q\t%s\t%s\t%s\t%s || %s || %s%n",
                        hash,
                        verdict == null ? "?" : verdict[0],
                        verdict == null ? "" : verdict[1],
                        question.prompt(),
                        String.join(" / ", choices),
                        question.fact().text());
            }
            if (verdict == null) {
                unjudged++;
                continue;
            }
            for (String kind : List.of(question.kind().name(), "ALL")) {
                int[] counts = byKind.computeIfAbsent(kind, any -> new int[2]);
                counts[0] += verdict[0].equals("pass") ? 1 : 0;
                counts[1]++;
            }
        }
        byKind.forEach((kind, counts) -> System.out.printf(
                "%s: %d of %d pass (%.0f%%)%n", kind, counts[0], counts[1], 100.0 * counts[0] / counts[1]));
        System.out.printf("questions without a verdict (rules changed since): %d%n", unjudged);
        long droppedPass = verdicts.entrySet().stream()
                .filter(entry -> !asked.contains(entry.getKey()) && entry.getValue()[0].equals("pass"))
                .count();
        long droppedFail = verdicts.entrySet().stream()
                .filter(entry -> !asked.contains(entry.getKey()) && entry.getValue()[0].equals("fail"))
                .count();
        System.out.printf("judged questions no longer asked: %d passing, %d failing%n", droppedPass, droppedFail);
        if (review) {
            verdicts.forEach((hash, verdict) -> {
                if (!asked.contains(hash)) {
                    System.out.printf("gone\t%s\t%s\t%s%n", hash, verdict[0], verdict[1]);
                }
            });
        }
    }

    /** A book and its deck, by meaning. */
    private record BookDeck(Library library, QuizDeck deck) {}

    /** The decks of the books named by judged files' headers, each built once per run. */
    private static final class Decks {
        private final Path books;
        private final Path labels;
        private final Map<String, BookDeck> built = new HashMap<>();

        Decks(Path books, Path labels) {
            this.books = books;
            this.labels = labels;
        }

        BookDeck of(Map<String, String> header) throws Exception {
            String key = header.containsKey("folder") ? header.get("folder") : header.get("book");
            BookDeck book = built.get(key);
            if (book == null) {
                Library library = header.containsKey("folder")
                        ? BookFolder.load(Path.of(header.get("folder")))
                        : RealBook.read(labels.resolve(header.get("book") + ".tsv"))
                                .library(books);
                book = new BookDeck(library, JudgedQuestions.deck(library));
                built.put(key, book);
            }
            return book;
        }
    }
}
