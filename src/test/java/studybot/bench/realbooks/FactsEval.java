package studybot.bench.realbooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import studybot.facts.FactIds;
import studybot.facts.KeyFact;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.library.SectionNumber;
import studybot.quiz.Question;

/**
 * Re-scores today's rules against the hand-made labels of the downloaded books: precision and recall of key facts over
 * the labelled sections, and the share of judged quiz questions that pass the rubric, fit and held-out books apart. A
 * fact teaches when its first sentence is labelled "teaches" and a sentence joined to it "teaches" or "leans"; it is
 * chatter when any of its sentences is chatter or a heading. Questions without a verdict are counted and left out of
 * the pass rate: {@link QuestionSheet} prints them for judging. A command, not a test (the books are downloaded):
 * {@code scripts/real-books/score-facts.sh}. {@code --count} only reads the label files and counts their labels, so a
 * new held-out file can be checked without scoring the book on it.
 */
public final class FactsEval {

    private FactsEval() {}

    /**
     * @param args the converted books' folder, the labels' folder, then options: {@code --held-out} to score the
     *     held-out books (only for the final figures: rules are tuned on the fit books alone), {@code --book NAME} to
     *     score only that one of them, {@code --count} to count the labels without scoring
     */
    public static void main(String[] args) throws Exception {
        Path books = Path.of(args[0]);
        List<Path> labelFiles;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            labelFiles = files.filter(file -> file.toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
        List<String> options = List.of(args).subList(2, args.length);
        boolean heldOut = options.contains("--held-out");
        boolean countOnly = options.contains("--count");
        int named = options.indexOf("--book");
        String only = named >= 0 && named + 1 < options.size() ? options.get(named + 1) : null;
        int chosen = 0;
        for (Path file : labelFiles) {
            RealBook book = RealBook.read(file);
            if (book.heldOut() == heldOut && (only == null || book.name().equals(only))) {
                chosen++;
                if (countOnly) {
                    count(book);
                } else {
                    score(book, books);
                }
            }
        }
        if (chosen == 0) {
            System.err.printf(
                    "No %s book%s in %s.%n",
                    heldOut ? "held-out" : "fit", only == null ? "" : " named " + only, args[1]);
            System.exit(2);
        }
    }

    /** The label file's counts alone: the book is not loaded and no fact is extracted. */
    private static void count(RealBook book) {
        Map<String, Integer> labels = new TreeMap<>();
        book.sentences()
                .values()
                .forEach(section -> section.values().forEach(label -> labels.merge(label, 1, Integer::sum)));
        System.out.printf(
                "%s (%s, %s %s): %d labelled sections, %d distinct sentences %s; %d quiz sections, %d judged questions%n",
                book.name(),
                book.heldOut() ? "held-out" : book.header().getOrDefault("role", "fit"),
                book.header().get("package"),
                book.header().get("version"),
                book.sentences().size(),
                labels.values().stream().mapToInt(Integer::intValue).sum(),
                labels,
                book.quizSections().size(),
                book.questions().size());
    }

    /**
     * A sentence's label. The labels were made when the converters kept a definition list's term and its definition
     * apart: a definition now led by its term ("branch: A named reference…") takes its definition's label, and a
     * definition labelled as leaning on the term before it teaches once that term (each of its terms, "-a, --all") is
     * part of it.
     */
    private static String labelOf(String source, Map<String, String> labels) {
        String label = labels.get(FactIds.of(source));
        if (label != null) {
            return label;
        }
        for (int colon = source.indexOf(": "); colon > 0; colon = source.indexOf(": ", colon + 1)) {
            String definition = labels.get(FactIds.of(source.substring(colon + 2)));
            if (definition != null) {
                boolean termsLabelled = Arrays.stream(source.substring(0, colon).split(", "))
                        .allMatch(term -> labels.containsKey(FactIds.of(term)));
                return definition.equals("leans") && termsLabelled ? "teaches" : definition;
            }
        }
        return "unlabelled";
    }

    private static void score(RealBook book, Path books) throws IOException, studybot.library.LibraryException {
        Library library = book.library(books);
        KeyFacts facts = new KeyFactExtractor().extractInItsLanguage(library).facts();
        int extracted = 0;
        int teaching = 0;
        int chatter = 0;
        int covered = 0;
        int teachingSentences = 0;
        for (Map.Entry<SectionNumber, Map<String, String>> section :
                book.sentences().entrySet()) {
            Map<String, String> labels = section.getValue();
            teachingSentences +=
                    (int) labels.values().stream().filter("teaches"::equals).count();
            for (KeyFact fact : facts.of(section.getKey())) {
                List<String> kinds = fact.sources().stream()
                        .map(source -> labelOf(source, labels))
                        .toList();
                extracted++;
                if (kinds.contains("chatter") || kinds.contains("heading")) {
                    chatter++;
                    System.out.printf("  chatter fact %s: %s%n", section.getKey(), fact.text());
                } else if (kinds.get(0).equals("teaches")
                        && kinds.stream().allMatch(kind -> kind.equals("teaches") || kind.equals("leans"))) {
                    teaching++;
                } else {
                    System.out.printf("  %s fact %s: %s%n", kinds, section.getKey(), fact.text());
                }
                covered += (int) kinds.stream().filter("teaches"::equals).count();
            }
        }
        if (System.getProperty("missed") != null) {
            printMissed(book, library, facts);
        }
        if (System.getProperty("verdicts") != null) {
            printStandingAgainstLabel(book, library);
        }
        List<Question> questions =
                book.quizSections().isEmpty() ? List.of() : JudgedQuestions.of(library, book.quizSections());
        int judged = 0;
        int passed = 0;
        for (Question question : questions) {
            RealBook.QuestionVerdict verdict = book.questions().get(JudgedQuestions.hash(question));
            if (verdict != null) {
                judged++;
                passed += verdict.pass() ? 1 : 0;
            }
        }
        System.out.printf(
                "%s (%s, %s %s): %d facts in %d labelled sections, %d teach (precision %.0f%%), %d chatter;"
                        + " %d of %d teaching sentences used (recall %.0f%%); quiz: %d questions in %d sections, %d judged,"
                        + " %d pass (%.0f%%)%n",
                book.name(),
                book.heldOut() ? "held-out" : book.header().getOrDefault("role", "fit"),
                book.header().get("package"),
                book.header().get("version"),
                extracted,
                book.sentences().size(),
                teaching,
                percent(teaching, extracted),
                chatter,
                covered,
                teachingSentences,
                percent(covered, teachingSentences),
                questions.size(),
                book.quizSections().size(),
                judged,
                passed,
                percent(passed, judged));
    }

    /** The sentences labelled "teaches" that no fact uses, with the judge's verdict on each. */
    private static void printMissed(RealBook book, Library library, KeyFacts facts) {
        java.util.Set<String> used = new java.util.HashSet<>();
        facts.all().forEach(fact -> fact.sources().forEach(source -> used.add(FactIds.of(source))));
        studybot.facts.SentenceJudge judge = new studybot.facts.SentenceJudge();
        studybot.facts.BookUnits.of(library).forEach((section, units) -> {
            Map<String, String> labels = book.sentences().getOrDefault(section, Map.of());
            units.stream()
                    .filter(unit -> "teaches".equals(labels.get(FactIds.of(unit.text())))
                            && !used.contains(FactIds.of(unit.text())))
                    .forEach(unit ->
                            System.out.printf("  missed %s %s: %s%n", section, judge.judge(unit.text()), unit.text()));
        });
    }

    /**
     * The labelled sentences the judge lets stand alone although the label says they lean or are chatter, whether or
     * not they became facts: what a rule still lets through before the distinctive terms hide it.
     */
    private static void printStandingAgainstLabel(RealBook book, Library library) {
        studybot.facts.SentenceJudge judge = new studybot.facts.SentenceJudge();
        studybot.facts.BookUnits.of(library).forEach((section, units) -> {
            Map<String, String> labels = book.sentences().getOrDefault(section, Map.of());
            units.stream()
                    .filter(unit -> !unit.heading())
                    .filter(unit -> java.util.Set.of("leans", "chatter")
                                    .contains(labels.getOrDefault(FactIds.of(unit.text()), ""))
                            && judge.judge(unit.text()) == studybot.facts.Verdict.STANDS_ALONE)
                    .forEach(unit -> System.out.printf(
                            "  stands, labelled %s %s: %s%n",
                            labels.get(FactIds.of(unit.text())), section, unit.text()));
        });
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
