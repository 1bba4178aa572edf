import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import studybot.library.Block;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.ImportedSection;
import studybot.library.imports.Skipped;
import studybot.library.imports.pdf.PdfReader;

/**
 * Reads one PDF with studybot's PdfReader and prints what a book's owner would want to know: the outline's first
 * entries, sections per level, blocks by kind, the kept share, what was skipped, the time (wall and CPU, since a
 * shared machine's load stretches the first) and the peak heap.
 * Run by scripts/check-pdf-sample.sh.
 */
public class PdfSampleCheck {

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        long started = System.nanoTime();
        long startedCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        ImportedBook book = new PdfReader().read(pdf, ImportLimits.DEFAULT);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startedCpu) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: \"%s\" by %s, language %s%n", pdf.getFileName(), book.title(), book.author(),
                book.language());
        Map<Integer, Integer> perLevel = new TreeMap<>();
        Map<Block.Kind, Integer> kinds = new TreeMap<>();
        long[] words = new long[1];
        walk(book.chapters(), 1, perLevel, kinds, words, 0);
        System.out.println("sections per level: " + perLevel);
        System.out.println("blocks by kind: " + kinds + ", words " + words[0]);
        System.out.printf("kept share: %.4f%n", book.keptShare());
        Map<String, Long> skipped = book.skipped().stream()
                .collect(Collectors.groupingBy(Skipped::kind, TreeMap::new, Collectors.counting()));
        System.out.println("skipped by kind: " + skipped);
        for (Skipped part : book.skipped()) {
            System.out.println("  " + part.kind() + ": " + part.reason() + " (" + part.location() + ")");
        }
        System.out.printf("read in %d ms (%d ms of CPU on this thread), peak heap %d MB%n", millis, cpuMillis,
                peak / 1_000_000);
        if (args.length > 1) {
            show(book.chapters(), args[1]);
        }
    }

    /** Prints the blocks of the sections whose number is {@code number}, to judge paragraphs, code and hyphens. */
    private static void show(List<ImportedSection> sections, String number) {
        for (ImportedSection section : sections) {
            if (section.printedNumber().equals(number)) {
                section.blocks().forEach(block -> System.out.println("[" + block.kind() + "] " + block.text()));
            }
            show(section.children(), number);
        }
    }

    private static void walk(List<ImportedSection> sections, int level, Map<Integer, Integer> perLevel,
                             Map<Block.Kind, Integer> kinds, long[] words, int printed) {
        for (ImportedSection section : sections) {
            perLevel.merge(level, 1, Integer::sum);
            if (level <= 2) {
                System.out.println("  ".repeat(level - 1) + section.printedNumber() + " | " + section.title()
                        + " | " + section.location() + " | " + section.blocks().size() + " blocks");
            }
            for (Block block : section.blocks()) {
                kinds.merge(block.kind(), 1, Integer::sum);
                words[0] += block.text().split("\\s+").length;
            }
            walk(section.children(), level + 1, perLevel, kinds, words, printed);
        }
    }
}
