package studybot.library.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import studybot.i18n.Languages;
import studybot.i18n.Texts;
import studybot.library.Library;
import studybot.library.LoadSummary;

/**
 * What an import made of a book, for the operator who decides whether to serve it: how many sections at each level, how
 * much text, code, tables and images, every part left out (by kind, with reason and location) and every heading whose
 * printed number was not used. Logged at load and printed by {@code check-book}.
 *
 * @param sectionsByDepth sections per level: 1 for chapters, 2 for their sections, 3 for sub-sections …
 * @param renumbered one line per heading numbered by its place instead of its printed number
 */
public record LoadReport(
        String source,
        String title,
        String author,
        SortedMap<Integer, Integer> sectionsByDepth,
        long words,
        int codeBlocks,
        int tables,
        int images,
        List<Skipped> skipped,
        List<Renumbered> renumbered,
        double keptShare) {

    /** How many skipped parts of one kind are listed one by one before the rest is counted. */
    public static final int LISTED_PER_KIND = 10;

    private static final Texts TEXTS = Texts.load("library");

    public LoadReport {
        sectionsByDepth = new TreeMap<>(sectionsByDepth);
        skipped = List.copyOf(skipped);
        renumbered = List.copyOf(renumbered);
    }

    /**
     * The report for a book that needed no import (the seed text), titled {@code title}: its sections and blocks
     * counted.
     */
    public static LoadReport of(Library library, String source, String title) {
        LoadSummary summary = library.summary();
        return new LoadReport(
                source,
                title,
                "",
                summary.sectionsByDepth(),
                summary.words(),
                summary.codeBlocks(),
                summary.tables(),
                summary.images(),
                List.of(),
                List.of(),
                1);
    }

    /** The report as lines for a log or a terminal. */
    public List<String> lines() {
        return lines(Languages.ENGLISH);
    }

    /** The report as lines in {@code reader}'s language, for {@code /book info} and {@code /book add}. */
    public List<String> lines(Locale reader) {
        List<String> lines = new ArrayList<>();
        String shownTitle = title.isEmpty() ? source : title;
        lines.add(
                author.isEmpty()
                        ? TEXTS.format(reader, "report.book", Map.of("title", shownTitle))
                        : TEXTS.format(reader, "report.byAuthor", Map.of("title", shownTitle, "author", author)));
        List<String> levels = new ArrayList<>();
        sectionsByDepth.forEach((depth, count) -> levels.add(TEXTS.format(
                reader, "summary.level", Map.of("shown", String.valueOf(count), "depth", String.valueOf(depth)))));
        lines.add(TEXTS.format(reader, "report.sections", Map.of("levels", String.join(", ", levels))));
        lines.add(TEXTS.format(
                reader,
                "report.content",
                Map.of("words", words, "code", codeBlocks, "tables", tables, "images", images)));
        if (keptShare < 1) {
            lines.add(TEXTS.format(
                    reader, "report.kept", Map.of("percent", String.format(Locale.ROOT, "%.0f", keptShare * 100))));
        }
        if (!renumbered.isEmpty()) {
            lines.add(TEXTS.format(reader, "report.renumbered", Map.of("count", String.valueOf(renumbered.size()))));
            renumbered.forEach(line -> lines.add("  " + line.in(reader)));
        }
        lines.addAll(skippedLines(reader));
        return lines;
    }

    /** The skipped parts counted by kind, then listed up to {@link #LISTED_PER_KIND} of each kind. */
    public List<String> skippedLines() {
        return skippedLines(Languages.ENGLISH);
    }

    /** The skipped parts counted by kind, then listed, in {@code reader}'s language. */
    public List<String> skippedLines(Locale reader) {
        if (skipped.isEmpty()) {
            return List.of(TEXTS.text(reader, "report.nothingSkipped"));
        }
        Map<String, List<Skipped>> byKind = new LinkedHashMap<>();
        skipped.forEach(part ->
                byKind.computeIfAbsent(part.kind(), kind -> new ArrayList<>()).add(part));
        List<String> counts = new ArrayList<>();
        byKind.forEach((kind, parts) -> counts.add(parts.size() + " " + kind));
        List<String> lines = new ArrayList<>();
        lines.add(TEXTS.format(reader, "report.skipped", Map.of("counts", String.join(", ", counts))));
        byKind.forEach((kind, parts) -> {
            parts.stream()
                    .limit(LISTED_PER_KIND)
                    .forEach(part -> lines.add(TEXTS.format(
                            reader,
                            "report.part",
                            Map.of(
                                    "kind",
                                    kind,
                                    "location",
                                    part.location(),
                                    "reason",
                                    part.reason().in(reader)))));
            if (parts.size() > LISTED_PER_KIND) {
                lines.add(TEXTS.format(
                        reader,
                        "report.more",
                        Map.of("kind", kind, "count", String.valueOf(parts.size() - LISTED_PER_KIND))));
            }
        });
        return lines;
    }

    /** The report in brief for the book it describes, read in {@code format}: skipped parts counted by kind. */
    public LoadSummary summary(String format) {
        return new LoadSummary(
                format,
                sectionsByDepth,
                words,
                codeBlocks,
                tables,
                images,
                LoadSummary.countByKind(skipped.stream().map(Skipped::kind).toList()));
    }

    /** Sections in all, at every level. */
    public int sections() {
        return sectionsByDepth.values().stream().mapToInt(Integer::intValue).sum();
    }
}
