package studybot.library.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
        List<String> renumbered,
        double keptShare) {

    /** How many skipped parts of one kind are listed one by one before the rest is counted. */
    public static final int LISTED_PER_KIND = 10;

    public LoadReport {
        sectionsByDepth = new TreeMap<>(sectionsByDepth);
        skipped = List.copyOf(skipped);
        renumbered = List.copyOf(renumbered);
    }

    /** The report for a book that needed no import (the seed text): its sections and blocks counted. */
    public static LoadReport of(Library library, String source) {
        LoadSummary summary = library.summary();
        return new LoadReport(
                source,
                "",
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
        List<String> lines = new ArrayList<>();
        lines.add("Book: " + (title.isEmpty() ? source : title) + (author.isEmpty() ? "" : " by " + author));
        List<String> levels = new ArrayList<>();
        sectionsByDepth.forEach((depth, count) -> levels.add(count + " at level " + depth));
        lines.add("Sections: " + String.join(", ", levels) + " (level 1 = chapters)");
        lines.add(String.format(
                Locale.ROOT,
                "Words: %,d; code blocks: %,d; tables: %,d; images: %,d",
                words,
                codeBlocks,
                tables,
                images));
        if (keptShare < 1) {
            lines.add(String.format(Locale.ROOT, "Text kept: %.0f%% of the source", keptShare * 100));
        }
        if (!renumbered.isEmpty()) {
            lines.add("Numbered by order instead of the printed number: " + renumbered.size());
            renumbered.forEach(line -> lines.add("  " + line));
        }
        lines.addAll(skippedLines());
        return lines;
    }

    /** The skipped parts counted by kind, then listed up to {@link #LISTED_PER_KIND} of each kind. */
    public List<String> skippedLines() {
        if (skipped.isEmpty()) {
            return List.of("Skipped: nothing");
        }
        Map<String, List<Skipped>> byKind = new LinkedHashMap<>();
        skipped.forEach(part ->
                byKind.computeIfAbsent(part.kind(), kind -> new ArrayList<>()).add(part));
        List<String> counts = new ArrayList<>();
        byKind.forEach((kind, parts) -> counts.add(parts.size() + " " + kind));
        List<String> lines = new ArrayList<>();
        lines.add("Skipped: " + String.join(", ", counts));
        byKind.forEach((kind, parts) -> {
            parts.stream()
                    .limit(LISTED_PER_KIND)
                    .forEach(part -> lines.add("  " + kind + ": " + part.location() + ": " + part.reason()));
            if (parts.size() > LISTED_PER_KIND) {
                lines.add("  " + kind + ": … and " + (parts.size() - LISTED_PER_KIND) + " more");
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
