package studybot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.LibraryLoader;
import studybot.library.SectionNumber;
import studybot.library.SeedParser;
import studybot.library.TestBooks;

/**
 * The labelled set: questions in students' own words over the seed and over a second book in another domain (home bread
 * baking, src/test/resources/books/bread), each with the section that answers it.
 */
public final class LabelledQuestions {

    public static final Path FILE = Path.of("src/test/resources/search/questions.tsv");
    public static final Path BREAD = Path.of("src/test/resources/books/bread");

    private LabelledQuestions() {}

    /** One labelled question. */
    public record Question(String book, SectionNumber answer, String text) {}

    /** How a search does on the set: questions answered first, in the top 3, and the ones missed. */
    public record Score(int questions, int first, int topThree, List<String> missed) {

        public double firstShare() {
            return (double) first / questions;
        }

        public double topThreeShare() {
            return (double) topThree / questions;
        }

        @Override
        public String toString() {
            return String.format(
                    "top-1 %d/%d (%.0f%%), top-3 %d/%d (%.0f%%)",
                    first, questions, 100 * firstShare(), topThree, questions, 100 * topThreeShare());
        }
    }

    public static List<Question> all() {
        try {
            List<Question> questions = new ArrayList<>();
            for (String line : Files.readAllLines(FILE)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                questions.add(
                        new Question(parts[0], SectionNumber.parse(parts[1]).orElseThrow(), parts[2]));
            }
            return List.copyOf(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two books by the name the set uses. */
    public static Map<String, Library> books() {
        try {
            Library bread = new LibraryLoader(
                            new SeedParser(), Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC))
                    .load(BREAD);
            return Map.of("seed", TestBooks.seed(), "bread", bread);
        } catch (LibraryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores the searches (one per book name) on every question. */
    public static Score score(Function<String, SectionSearch> searchOfBook) {
        int first = 0;
        int topThree = 0;
        List<String> missed = new ArrayList<>();
        List<Question> questions = all();
        for (Question question : questions) {
            List<SectionNumber> found = searchOfBook.apply(question.book()).search(question.text(), 5).hits().stream()
                    .map(SearchHit::number)
                    .toList();
            int rank = found.indexOf(question.answer());
            if (rank == 0) {
                first++;
            }
            if (rank >= 0 && rank < 3) {
                topThree++;
            }
            if (rank != 0) {
                missed.add(question.text() + " -> " + found + " (wanted " + question.answer() + ")");
            }
        }
        return new Score(questions.size(), first, topThree, missed);
    }
}
