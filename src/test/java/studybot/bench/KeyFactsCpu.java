package studybot.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyFacts;
import studybot.library.Library;
import studybot.quiz.QuizDeck;

/**
 * Key facts and questions for a whole book, built again and again, printing for each build the wall time, the CPU time
 * of the threads that build (the caller and the common fork-join pool that parallel streams use) and the CPU time of
 * the whole process (also the JIT compiler and the garbage collector, so the first builds cost more). On a shared
 * machine the wall time ({@link KeyFactsBench}) mostly measures the other processes; the builders' CPU time divided by
 * the cores they share is what an idle machine would take, give or take the garbage collector. A command, not a test:
 * {@code mvn -B test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java -Dexec.args="-cp %classpath
 * studybot.bench.KeyFactsCpu 10k-varied 8"}.
 */
public final class KeyFactsCpu {

    private KeyFactsCpu() {}

    /** @param args the corpus ({@code 10k-varied}, {@code 10k} or {@code seed}) and how many builds */
    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "10k-varied";
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Library library = Corpora.named(corpus);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                "%s: %d sections, %d cores%n",
                corpus, library.size(), Runtime.getRuntime().availableProcessors());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int build = 1; build <= builds; build++) {
            long cpu = os.getProcessCpuTime();
            long builders = buildersCpu(threads);
            long start = System.nanoTime();
            KeyFacts facts = new KeyFactExtractor().extract(library);
            QuizDeck deck = QuizDeck.build(library, facts);
            long wall = System.nanoTime() - start;
            builders = buildersCpu(threads) - builders;
            cpu = os.getProcessCpuTime() - cpu;
            System.out.printf(
                    "build %d: %d facts, %d questions, wall %d ms, builders' CPU %d ms, process CPU %d ms%n",
                    build, facts.size(), deck.size(), wall / 1_000_000, builders / 1_000_000, cpu / 1_000_000);
        }
    }

    /** CPU time so far of this thread and of the common pool's workers (which stay alive between builds). */
    private static long buildersCpu(ThreadMXBean threads) {
        long total = threads.getCurrentThreadCpuTime();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("ForkJoinPool.commonPool-worker-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }
}
