package studybot.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.quiz.QuizDeck;

/**
 * Key facts and questions for a whole book, built again and again, printing the wall time and the CPU time the
 * process used for each build. On a shared machine the wall time ({@link KeyFactsBench}) mostly measures the other
 * processes; the CPU time, divided by the cores, bounds what an idle machine would take. It includes the JIT compiler
 * and the garbage collector, so the first builds cost more. A command, not a test:
 * {@code mvn -B test-compile exec:exec -Dexec.executable=java
 * -Dexec.args="-cp %classpath studybot.bench.KeyFactsCpu 10k-varied 8"}.
 */
public final class KeyFactsCpu {

    private KeyFactsCpu() {
    }

    /** @param args the corpus ({@code 10k-varied}, {@code 10k} or {@code seed}) and how many builds */
    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "10k-varied";
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Library library = Corpora.named(corpus);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%s: %d sections, %d cores%n", corpus, library.size(),
                Runtime.getRuntime().availableProcessors());
        for (int build = 1; build <= builds; build++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            KeyFacts facts = new KeyFactExtractor().extract(library);
            QuizDeck deck = QuizDeck.build(library, facts);
            long wall = System.nanoTime() - start;
            cpu = os.getProcessCpuTime() - cpu;
            System.out.printf("build %d: %d facts, %d questions, wall %d ms, process CPU %d ms%n", build, facts.size(),
                    deck.size(), wall / 1_000_000, cpu / 1_000_000);
        }
    }
}
