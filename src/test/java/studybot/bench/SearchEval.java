package studybot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import studybot.library.Library;
import studybot.library.LibraryLoader;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.SeedParser;
import studybot.search.LabelledQuestions;
import studybot.search.SearchHit;
import studybot.search.Searches;
import studybot.search.SectionSearch;
import studybot.search.SemanticIndexing;
import studybot.search.semantic.EncoderModel;

/**
 * Re-scores the search labels of real manuals (src/test/resources/labels/search/*.tsv) and the seed's labelled
 * questions: right section first and in the top 3, for BM25 alone and for hybrid search (BM25 and meaning), per book.
 * The manuals are downloaded and converted by scripts/real-books/fetch.sh, so this runs outside {@code mvn test}, from
 * scripts/real-books/score-search.sh. A label names its sections by title path ("Chapter > Section"), which survives
 * any renumbering; a path that names no section stops the run.
 *
 * <p>Arguments: the labels folder, the converted books folder (one sub-folder per book), the folder keeping the passage
 * vectors between runs, then optionally {@code -v} to list the questions missed and {@code --fit} to score only the
 * books labelled for fitting (while tuning, so that the held-out books are never looked at).
 */
public final class SearchEval {

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+\\.)+\\s*");

    private SearchEval() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: SearchEval LABELS_FOLDER BOOKS_FOLDER VECTORS_FOLDER [-v] [--fit]");
        }
        Path labels = Path.of(args[0]);
        Path books = Path.of(args[1]);
        Path vectors = Path.of(args[2]);
        List<String> options = List.of(args).subList(3, args.length);
        boolean verbose = options.contains("-v");
        boolean fitOnly = options.contains("--fit");
        List<Path> files;
        try (Stream<Path> listing = Files.list(labels)) {
            files = listing.filter(file -> file.toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
        System.out.printf("%-26s %-9s %4s | %-17s | %-17s%n", "book", "role", "n", "BM25 alone", "hybrid");
        for (Path file : files) {
            if (fitOnly && !role(file).equals("fit")) {
                continue;
            }
            String book = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            Library library = new LibraryLoader(new SeedParser(), Clock.systemUTC()).load(books.resolve(book));
            List<Labelled> questions = read(file, library);
            SectionSearch bm25 = Searches.over(library);
            SectionSearch hybrid = hybrid(library, vectors.resolve(book));
            Score alone = score(bm25, questions);
            Score both = score(hybrid, questions);
            System.out.printf("%-26s %-9s %4d | %s | %s%n", book, role(file), questions.size(), alone, both);
            if (verbose) {
                both.missed().forEach(miss -> System.out.println("    miss: " + miss));
            }
        }
        Map<String, Library> seedBooks = LabelledQuestions.books();
        Map<String, SectionSearch> bm25 = new LinkedHashMap<>();
        Map<String, SectionSearch> hybrid = new LinkedHashMap<>();
        for (Map.Entry<String, Library> book : seedBooks.entrySet()) {
            bm25.put(book.getKey(), Searches.over(book.getValue()));
            hybrid.put(book.getKey(), hybrid(book.getValue(), vectors.resolve("labelled-" + book.getKey())));
        }
        LabelledQuestions.Score alone = LabelledQuestions.score(bm25::get);
        LabelledQuestions.Score both = LabelledQuestions.score(hybrid::get);
        System.out.printf(
                "%-26s %-9s %4d | %s | %s%n",
                "seed+bread (questions.tsv)", "existing", alone.questions(), Score.of(alone), Score.of(both));
        if (verbose) {
            both.missed().forEach(miss -> System.out.println("    miss: " + miss));
        }
    }

    /** Search with meaning attached, however long the passages take to embed on a busy machine. */
    private static SectionSearch hybrid(Library library, Path vectors) throws Exception {
        SectionSearch search = Searches.over(library);
        SemanticIndexing.attachUncached(search, EncoderModel.MINILM_L6_V2_Q, BenchModel::encoder, vectors);
        return search;
    }

    /** One question and the sections that answer it. */
    private record Labelled(String text, List<SectionNumber> answers) {}

    /** Right first and in the top 3 out of {@code questions}, and the questions not answered first. */
    private record Score(int questions, int first, int topThree, List<String> missed) {

        static Score of(LabelledQuestions.Score score) {
            return new Score(score.questions(), score.first(), score.topThree(), score.missed());
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "%3.0f%% first %3.0f%% top3", 100.0 * first / questions, 100.0 * topThree / questions);
        }
    }

    private static Score score(SectionSearch search, List<Labelled> questions) {
        int first = 0;
        int topThree = 0;
        List<String> missed = new ArrayList<>();
        for (Labelled question : questions) {
            List<SectionNumber> found = search.search(question.text(), 5).hits().stream()
                    .map(SearchHit::number)
                    .toList();
            int rank = -1;
            for (int i = 0; i < found.size() && rank < 0; i++) {
                if (question.answers().contains(found.get(i))) {
                    rank = i;
                }
            }
            first += rank == 0 ? 1 : 0;
            topThree += rank >= 0 && rank < 3 ? 1 : 0;
            if (rank != 0) {
                missed.add(question.text() + " -> " + found + " (wanted " + question.answers() + ")");
            }
        }
        return new Score(questions.size(), first, topThree, missed);
    }

    private static String role(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith("# role:"))
                    .findFirst()
                    .map(line -> line.contains("HELD-OUT") ? "held-out" : "fit")
                    .orElse("?");
        }
    }

    private static List<Labelled> read(Path file, Library library) throws IOException {
        List<Labelled> questions = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            List<SectionNumber> answers = new ArrayList<>();
            for (String path : columns[1].split(" \\| ")) {
                answers.add(resolve(library, path.strip(), file));
            }
            questions.add(new Labelled(columns[0], answers));
        }
        return questions;
    }

    /**
     * The section a title path names: the chapter whose first section has the path's first title, then each further
     * title found in order after the previous one within that chapter.
     */
    private static SectionNumber resolve(Library library, String path, Path file) {
        String[] titles = path.split(" > ");
        Function<Section, Boolean> isChapter =
                section -> normalised(section.title()).equals(normalised(titles[0]));
        for (int chapter : library.chapters()) {
            List<Section> sections = library.chapter(chapter);
            if (!isChapter.apply(sections.get(0))) {
                continue;
            }
            int at = 0;
            boolean found = true;
            for (int i = 1; i < titles.length && found; i++) {
                found = false;
                for (int j = at + 1; j < sections.size(); j++) {
                    if (normalised(sections.get(j).title()).equals(normalised(titles[i]))) {
                        at = j;
                        found = true;
                        break;
                    }
                }
            }
            if (found) {
                return sections.get(at).number();
            }
        }
        throw new IllegalArgumentException(file + ": no section has the title path \"" + path + "\"");
    }

    private static String normalised(String title) {
        return NUMBERING
                .matcher(title.strip())
                .replaceFirst("")
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
