package studybot.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import studybot.i18n.Languages;
import studybot.i18n.Texts;

/**
 * The load report in brief, carried by the {@link Library} it describes so that the edition being served can say what
 * it was made from: the same figures are logged once per load or reload and shown by {@code /stats}. Skipped parts are
 * only counted by kind here; {@code check-book} lists them one by one.
 *
 * @param format the source format: "seed text", "EPUB", "HTML", "Markdown" or "PDF"
 * @param sectionsByDepth sections per level: 1 for chapters, 2 for their sections …
 * @param skippedByKind parts left out, counted by kind ({@code front-matter}, {@code script} …); none for seed text
 */
public record LoadSummary(
        String format,
        SortedMap<Integer, Integer> sectionsByDepth,
        long words,
        int codeBlocks,
        int tables,
        int images,
        SortedMap<String, Integer> skippedByKind) {

    public static final String SEED_TEXT = "seed text";

    private static final Texts TEXTS = Texts.load("library");

    public LoadSummary {
        Objects.requireNonNull(format, "format");
        sectionsByDepth = new TreeMap<>(sectionsByDepth);
        skippedByKind = new TreeMap<>(skippedByKind);
    }

    /** The summary of seed text, which leaves nothing out: its chapters, sections and blocks counted. */
    public static LoadSummary ofSeedText(Iterable<Section> sections) {
        SortedMap<Integer, Integer> byDepth = new TreeMap<>();
        Set<Integer> chapters = new TreeSet<>();
        long words = 0;
        int[] kinds = new int[Block.Kind.values().length];
        for (Section section : sections) {
            chapters.add(section.number().chapter());
            byDepth.merge(section.number().depth(), 1, Integer::sum);
            for (Block block : section.blocks()) {
                kinds[block.kind().ordinal()]++;
                if (block.kind() == Block.Kind.PROSE) {
                    words += WordCount.of(block.text());
                }
            }
        }
        byDepth.merge(1, chapters.size(), Integer::sum);
        return new LoadSummary(
                SEED_TEXT,
                byDepth,
                words,
                kinds[Block.Kind.CODE.ordinal()],
                kinds[Block.Kind.TABLE.ordinal()],
                kinds[Block.Kind.IMAGE.ordinal()],
                new TreeMap<>());
    }

    /** The source format's name for {@code reader}: a file format keeps its name, seed text is worded. */
    public String formatIn(Locale reader) {
        return format.equals(SEED_TEXT) ? TEXTS.text(reader, "summary.seedText") : format;
    }

    /** Sections per level, e.g. "12 chapters, 80 sections, 31 at level 3". */
    public String sectionsLine() {
        return sectionsLine(Languages.ENGLISH);
    }

    /** Sections per level in {@code reader}'s language. */
    public String sectionsLine(Locale reader) {
        List<String> levels = new ArrayList<>();
        sectionsByDepth.forEach((depth, count) -> {
            Map<String, Object> arguments =
                    Map.of("n", count, "shown", String.valueOf(count), "depth", String.valueOf(depth));
            levels.add(
                    switch (depth) {
                        case 1 -> TEXTS.format(reader, "summary.chapters", arguments);
                        case 2 -> TEXTS.format(reader, "summary.sections", arguments);
                        default -> TEXTS.format(reader, "summary.level", arguments);
                    });
        });
        return String.join(", ", levels);
    }

    /** Words, code blocks, tables and images in one line. */
    public String contentLine() {
        return contentLine(Languages.ENGLISH);
    }

    /** Words, code blocks, tables and images in one line, in {@code reader}'s language. */
    public String contentLine(Locale reader) {
        return TEXTS.format(
                reader,
                "summary.content",
                Map.of("words", words, "code", codeBlocks, "tables", tables, "images", images));
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    /** The skipped parts counted by kind, or that nothing was skipped. */
    public String skippedLine() {
        return skippedLine(Languages.ENGLISH);
    }

    /** The skipped parts counted by kind, or that nothing was skipped, in {@code reader}'s language. */
    public String skippedLine(Locale reader) {
        if (skippedByKind.isEmpty()) {
            return TEXTS.text(reader, "summary.nothingSkipped");
        }
        List<String> counts = new ArrayList<>();
        skippedByKind.forEach((kind, count) -> counts.add(count + " " + kind));
        return TEXTS.format(reader, "summary.skipped", Map.of("counts", String.join(", ", counts)));
    }

    /** Skipped parts of every kind together. */
    public int skipped() {
        return skippedByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The whole summary in one line for the log, with the key facts found in the book. */
    public String line(int keyFacts) {
        return format + ": " + sectionsLine() + "; " + contentLine() + "; " + count(keyFacts, "key fact") + "; "
                + skippedLine();
    }

    /**
     * The book's quiz questions in one line for the log, naming the book as {@link #line} does: the deck is built after
     * the book answers, so its line comes later.
     */
    public String quizLine(int quizQuestions) {
        return format + ", " + sectionsLine() + ": " + count(quizQuestions, "quiz question");
    }

    /** Counts {@code kinds} by kind, for building a summary from a list of skipped parts. */
    public static SortedMap<String, Integer> countByKind(List<String> kinds) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        kinds.forEach(kind -> counts.merge(kind, 1, Integer::sum));
        return counts;
    }
}
