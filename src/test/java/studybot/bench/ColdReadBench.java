package studybot.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import studybot.OfflineStudybot;
import studybot.Studybot;
import studybot.config.ConfigLoader;
import studybot.config.StudybotConfig;
import studybot.shelf.ReadBook;

/**
 * What reading the first book costs in a fresh JVM, as a start does it beside the login: one call of
 * {@link Studybot#readBook} on the config given, printed as one line (wall time, the reading thread's CPU, the whole
 * JVM's CPU during the read, and whether it came from the snapshot). Run it in fresh JVMs, with and without
 * {@code books-read/} in the config's data folder, alternating; {@code --keep} then loads the whole shelf (outside the
 * measurement), which keeps the snapshots for the next run:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) studybot.bench.ColdReadBench /tmp/multi/studybot.json
 * </pre>
 */
public final class ColdReadBench {

    private ColdReadBench() {}

    public static void main(String[] args) throws Exception {
        StudybotConfig config = new ConfigLoader().load(Path.of(args[0]));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmBefore = os.getProcessCpuTime();
        long threadBefore = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        ReadBook read = Studybot.readBook(config, Clock.systemUTC(), () -> {});
        long wall = System.nanoTime() - started;
        long thread = threads.getCurrentThreadCpuTime() - threadBefore;
        long jvm = os.getProcessCpuTime() - jvmBefore;
        System.out.printf(
                "%s %d sections: wall %d ms, reading thread CPU %d ms, whole-JVM CPU %d ms, %s%n",
                read.id(),
                read.library().size(),
                wall / 1_000_000,
                thread / 1_000_000,
                jvm / 1_000_000,
                read.unkept().isPresent() ? "parsed" : "from snapshot");
        if (args.length > 1 && args[1].equals("--keep")) {
            OfflineStudybot.load(config, Clock.systemUTC()).close();
        }
    }
}
