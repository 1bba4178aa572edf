package studybot.bench.realbooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SectionNumber;
import studybot.library.SeedParser;

/**
 * A downloaded book and its hand-made labels, read from {@code scripts/real-books/labels/<name>.tsv}. The books are not
 * ours, so a label names a sentence or a question by the hash of its text ({@code studybot.facts.FactIds}), never by
 * the text itself. Header lines ({@code # key: value}) pin the package version and say whether the book is for fitting
 * rules or held out, and {@code # folder:} may name a folder holding the book as a user would give it (a PDF); the rows
 * are {@code S section hash label [reason]} for a sentence (teaches, chatter, leans, heading) and {@code Q hash
 * pass|fail reason} for a quiz question.
 */
record RealBook(
        String name,
        Map<String, String> header,
        Map<SectionNumber, Map<String, String>> sentences,
        Map<String, QuestionVerdict> questions) {

    /** A hand-made verdict on one quiz question, with the reason the judge gave. */
    record QuestionVerdict(boolean pass, String reason) {}

    static RealBook read(Path labels) throws IOException {
        String name = labels.getFileName().toString().replaceFirst("\\.tsv$", "");
        Map<String, String> header = new LinkedHashMap<>();
        Map<SectionNumber, Map<String, String>> sentences = new LinkedHashMap<>();
        Map<String, QuestionVerdict> questions = new LinkedHashMap<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.startsWith("# ") && line.indexOf(':') > 2) {
                header.put(
                        line.substring(2, line.indexOf(':')).strip(),
                        line.substring(line.indexOf(':') + 1).strip());
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 4);
            if (fields[0].equals("S")) {
                sentences
                        .computeIfAbsent(SectionNumber.parse(fields[1]).orElseThrow(), number -> new LinkedHashMap<>())
                        .put(fields[2], fields[3].split("\t", 2)[0]);
            } else if (fields[0].equals("Q")) {
                questions.put(fields[1], new QuestionVerdict(fields[2].equals("pass"), fields[3]));
            }
        }
        return new RealBook(name, header, sentences, questions);
    }

    boolean heldOut() {
        return "held-out".equals(header.get("role"));
    }

    /** The sections whose quiz questions are judged. */
    List<SectionNumber> quizSections() {
        List<SectionNumber> numbers = new ArrayList<>();
        for (String number : header.getOrDefault("quiz-sections", "").split("\\s+")) {
            SectionNumber.parse(number).ifPresent(numbers::add);
        }
        return numbers;
    }

    /**
     * The book: the folder the header names ({@code # folder: /path}), read as the bot reads a book it is given, else
     * the converted book, {@code <books>/<name>/}, in the seed format.
     */
    Library library(Path books) throws LibraryException {
        return header.containsKey("folder")
                ? BookFolder.load(Path.of(header.get("folder")))
                : new LibraryLoader(new SeedParser(), Clock.systemUTC()).load(books.resolve(name));
    }
}
