package studybot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import studybot.facts.FactsAndSubHeadings;
import studybot.facts.KeyFact;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.facts.KeyTerm;
import studybot.facts.LabelledBook;
import studybot.facts.SubHeading;
import studybot.facts.SubHeadings;
import studybot.library.Library;
import studybot.library.Section;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;

/**
 * Writes everything the key-facts build produces for the three labelled books and both 10k corpora — every fact (id,
 * text, section, sources, key terms with weight, kind and topicality), every question (card id, kind, prompt, choices,
 * answer) and every sub-heading, as {@code BookBinder} builds them — one file per book, so a speed-up can be checked to
 * change no output: dump before, dump after, {@code cmp}. A command, not a test: {@code mvn -B -o test-compile
 * exec:exec -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath studybot.bench.FactsDump
 * /tmp/dump-before"}.
 */
public final class FactsDump {

    private FactsDump() {}

    /** @param args the folder to write the dumps into (created if missing) */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        dump(LabelledBook.seed().library(), folder.resolve("seed.txt"));
        dump(LabelledBook.operatingSystems().library(), folder.resolve("os.txt"));
        dump(LabelledBook.networking().library(), folder.resolve("networking.txt"));
        dump(Corpora.named("10k"), folder.resolve("10k.txt"));
        dump(Corpora.named("10k-varied"), folder.resolve("10k-varied.txt"));
    }

    private static void dump(Library library, Path file) throws IOException {
        FactsAndSubHeadings read = new KeyFactExtractor().extractWithSubHeadings(library);
        KeyFacts facts = read.facts();
        QuizDeck deck = QuizDeck.build(library, facts);
        SubHeadings headings = read.subHeadings();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (KeyFact fact : facts.all()) {
                out.printf("FACT %s %s | %s%n", fact.id(), fact.section(), fact.text());
                fact.sources().forEach(source -> out.printf("  SOURCE %s%n", source));
                for (KeyTerm term : fact.terms()) {
                    out.printf(
                            "  TERM %s | %s | %s | %s | %s%n",
                            term.text(), term.stems(), term.kind(), Double.toString(term.weight()), term.topical());
                }
            }
            for (Question question : deck.all()) {
                out.printf(
                        "QUESTION %s %s | %s | %s | %d | %s%n",
                        question.cardId(),
                        question.kind(),
                        question.prompt(),
                        question.choices(),
                        question.answer(),
                        question.fact().id());
            }
            for (Section section : library.sections()) {
                for (SubHeading heading : headings.in(section)) {
                    out.printf(
                            "HEADING %s %d-%d | %s%n",
                            section.number(),
                            heading.start(),
                            heading.end(),
                            section.body().substring(heading.start(), heading.end()));
                }
            }
        }
        System.out.printf("%s: %d facts, %d questions%n", file.getFileName(), facts.size(), deck.size());
    }
}
