package studybot.library.imports.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.imports.Skipped;

/**
 * Finds the lines a printed page repeats around its text: running headers and footers (the same words at the same
 * height on several neighbouring pages, page numbers aside) and bare page numbers. Only a page's first and last lines
 * are candidates, and only when they sit near the page's edge and apart from the text, so a body line is not taken for
 * a header.
 */
final class RunningLines {

    /** How many lines at each end of a page may be header or footer lines. */
    private static final int EDGE_LINES = 2;
    /** The share of the page's height, at the top and at the bottom, where headers and footers sit. */
    private static final float EDGE_SHARE = 0.15f;
    /** A header or footer is this many font sizes or more away from the text. */
    private static final float SET_APART = 1.5f;
    /** The same text this many times at one height is running, not content. */
    private static final int MIN_REPEATS = 3;
    /** The usual distance between the pages a running line repeats on: 1, or 2 when left and right pages differ. */
    private static final int MAX_PAGE_GAP = 2;
    /** How far, in points, the same header may move from page to page. */
    private static final float SAME_PLACE = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—\\s]*(?:page\\s+)?(?:\\d{1,5}|[ivxlcdm]{1,8})(?:\\s*(?:/|of)\\s*\\d{1,5})?[-–—\\s]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("(?i)\\b[ivxlcdm]{1,8}\\b");
    /** A header's page number: its first or its last word. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,5})\\s.*");

    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*\\s(\\d{1,5})$");

    private final BitSet dropped = new BitSet();
    private final List<Skipped> skipped = new ArrayList<>();
    private long droppedWeight;

    private RunningLines() {}

    /** The running lines among {@code lines}, given in page order with each page's height. */
    static RunningLines find(List<PageLine> lines, float[] pageHeights) {
        RunningLines found = new RunningLines();
        found.search(lines, pageHeights);
        return found;
    }

    boolean isRunning(int lineIndex) {
        return dropped.get(lineIndex);
    }

    List<Skipped> skipped() {
        return skipped;
    }

    /** The characters stripped, as {@link PageLine#weight()} counts them. */
    long droppedWeight() {
        return droppedWeight;
    }

    private void search(List<PageLine> lines, float[] pageHeights) {
        Map<String, List<Integer>> repeats = new LinkedHashMap<>();
        TreeSet<Integer> numberedPages = new TreeSet<>();
        for (int index : edgeLines(lines, pageHeights)) {
            PageLine line = lines.get(index);
            if (PAGE_NUMBER.matcher(line.text()).matches()) {
                drop(index, line);
                numberedPages.add(line.page());
            } else {
                repeats.computeIfAbsent(key(line.text()), k -> new ArrayList<>())
                        .add(index);
            }
        }
        if (!numberedPages.isEmpty()) {
            skipped.add(Skipped.of(
                    "page-number",
                    "pageNumbers",
                    Map.of("count", numberedPages.size(), "shown", String.valueOf(numberedPages.size())),
                    PageRanges.describe(numberedPages)));
        }
        for (List<Integer> group : repeats.values()) {
            dropRepeated(lines, pageHeights, group);
        }
        dropPageNumbered(lines, pageHeights, repeats);
    }

    /**
     * Drops the headers that change on every page, or run over fewer than {@value #MIN_REPEATS} pages: a short
     * chapter's "Chapter 7: Reading data 34", amsmath's "3.6. EQUATION GROUPS WITH MUTUAL ALIGNMENT 7" over the section
     * on that page. The repeated headers tell the height they sit at and how the printed page number follows the page
     * (34 on the 40th page); a line at the page's edge, at that height, that starts or ends with that very number is
     * one of them.
     */
    private void dropPageNumbered(List<PageLine> lines, float[] pageHeights, Map<String, List<Integer>> candidates) {
        Map<Integer, Integer> offsets = new HashMap<>();
        List<Float> heights = new ArrayList<>();
        for (int index = dropped.nextSetBit(0); index >= 0; index = dropped.nextSetBit(index + 1)) {
            PageLine line = lines.get(index);
            printedNumber(line.text()).ifPresent(number -> {
                offsets.merge(number - line.page(), 1, Integer::sum);
                heights.add(line.baseline());
            });
        }
        Optional<Map.Entry<Integer, Integer>> usual =
                offsets.entrySet().stream().max(Map.Entry.comparingByValue());
        if (usual.isEmpty() || usual.get().getValue() < MIN_REPEATS) {
            return;
        }
        int offset = usual.get().getKey();
        TreeSet<Integer> pages = new TreeSet<>();
        String sample = null;
        boolean top = true;
        for (List<Integer> group : candidates.values()) {
            for (int index : group) {
                PageLine line = lines.get(index);
                boolean atHeight = heights.stream().anyMatch(h -> Math.abs(h - line.baseline()) <= SAME_PLACE);
                if (!dropped.get(index)
                        && atHeight
                        && printedNumber(line.text())
                                .filter(n -> n == line.page() + offset)
                                .isPresent()) {
                    drop(index, line);
                    pages.add(line.page());
                    if (sample == null) {
                        sample = line.text();
                        top = line.page() >= pageHeights.length || line.baseline() < pageHeights[line.page()] / 2;
                    }
                }
            }
        }
        if (sample != null) {
            skipped.add(Skipped.of(
                    top ? "running-header" : "running-footer",
                    "pageNumbered",
                    Map.of("text", sample, "pages", pages.size(), "shown", String.valueOf(pages.size())),
                    PageRanges.describe(pages)));
        }
    }

    /** The number a header line starts or ends with, as its page number would be. */
    private static Optional<Integer> printedNumber(String text) {
        String stripped = text.strip();
        Matcher trailing = TRAILING_NUMBER.matcher(stripped);
        if (trailing.matches()) {
            return Optional.of(Integer.parseInt(trailing.group(1)));
        }
        Matcher leading = LEADING_NUMBER.matcher(stripped);
        return leading.matches() ? Optional.of(Integer.parseInt(leading.group(1))) : Optional.empty();
    }

    private List<Integer> edgeLines(List<PageLine> lines, float[] pageHeights) {
        List<Integer> edges = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int page = lines.get(start).page();
            int end = start;
            while (end < lines.size() && lines.get(end).page() == page) {
                end++;
            }
            float height = page < pageHeights.length ? pageHeights[page] : 0;
            int headerEnd = end - start == 1 ? end : start;
            for (int i = start; i < Math.min(start + EDGE_LINES, end - 1); i++) {
                if (apart(lines.get(i), lines.get(i + 1))) {
                    headerEnd = i + 1;
                }
            }
            int footerStart = end - start == 1 ? start : end;
            for (int i = end - 1; i > Math.max(end - 1 - EDGE_LINES, start); i--) {
                if (apart(lines.get(i - 1), lines.get(i))) {
                    footerStart = i;
                }
            }
            for (int i = start; i < end; i++) {
                PageLine line = lines.get(i);
                boolean header = i < headerEnd && line.baseline() < height * EDGE_SHARE + line.fontSize();
                boolean footer = i >= footerStart && line.baseline() > height * (1 - EDGE_SHARE);
                if ((header || footer) && !line.image()) {
                    edges.add(i);
                }
            }
            start = end;
        }
        return edges;
    }

    /** Whether two lines are set apart by more than a paragraph's spacing, as a header is from the text. */
    private static boolean apart(PageLine upper, PageLine lower) {
        return lower.baseline() - upper.baseline() > SET_APART * Math.max(upper.fontSize(), lower.fontSize());
    }

    private void dropRepeated(List<PageLine> lines, float[] pageHeights, List<Integer> group) {
        List<Integer> byHeight = new ArrayList<>(group);
        byHeight.sort(
                (a, b) -> Float.compare(lines.get(a).baseline(), lines.get(b).baseline()));
        int from = 0;
        while (from < byHeight.size()) {
            float first = lines.get(byHeight.get(from)).baseline();
            int to = from;
            TreeSet<Integer> pages = new TreeSet<>();
            while (to < byHeight.size() && lines.get(byHeight.get(to)).baseline() - first <= SAME_PLACE) {
                pages.add(lines.get(byHeight.get(to)).page());
                to++;
            }
            if (pages.size() >= MIN_REPEATS && onNeighbouringPages(pages)) {
                for (int index : byHeight.subList(from, to)) {
                    drop(index, lines.get(index));
                }
                PageLine sample = lines.get(byHeight.get(from));
                int page = sample.page();
                boolean top = page < pageHeights.length && sample.baseline() < pageHeights[page] / 2;
                skipped.add(Skipped.of(
                        top ? "running-header" : "running-footer",
                        "repeated",
                        Map.of(
                                "text",
                                sample.text(),
                                "edge",
                                top ? "top" : "bottom",
                                "pages",
                                String.valueOf(pages.size())),
                        PageRanges.describe(pages)));
            }
            from = to;
        }
    }

    /**
     * Whether the pages mostly follow each other (every page, or every other page for left and right headers), as a
     * running line's do; the same sentence or heading at the same place on scattered pages is the book's text.
     */
    private static boolean onNeighbouringPages(TreeSet<Integer> pages) {
        List<Integer> gaps = new ArrayList<>();
        Integer previous = null;
        for (int page : pages) {
            if (previous != null) {
                gaps.add(page - previous);
            }
            previous = page;
        }
        gaps.sort(null);
        return gaps.get(gaps.size() / 2) <= MAX_PAGE_GAP;
    }

    private void drop(int index, PageLine line) {
        dropped.set(index);
        droppedWeight += line.weight();
    }

    /** The text with page numbers (arabic or roman) made alike, so "Replication 41" and "Replication 42" match. */
    private static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return ROMAN.matcher(DIGITS.matcher(lower).replaceAll("#")).replaceAll("#");
    }
}
