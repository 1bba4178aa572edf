package studybot.library.imports.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import studybot.library.imports.Skipped;

/**
 * Finds the footnotes at the foot of a page: the last lines, set smaller than the book's text, the first of them
 * starting with a marker (a raised number or dagger, or one followed by a space) and set apart from the text above. A
 * footnote read as running text would land mid-paragraph, or in the next section, with its marker glued on; it is left
 * out and counted instead.
 */
final class Footnotes {

    /** A footnote is set at most this share of the book's usual text size. */
    private static final float SMALLER = 0.92f;
    /** The footnotes start in the lower part of the page, below this share of its height. */
    private static final float LOWER_PART = 0.5f;
    /** The gap above a footnote block, in its font sizes: wider than a line's, for the rule drawn there. */
    private static final float SET_APART = 1.6f;

    private static final Pattern MARKED = Pattern.compile("^(?:\\d{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3})\\s+\\S.*");

    private final BitSet dropped = new BitSet();
    private final List<Skipped> skipped = new ArrayList<>();
    private long droppedWeight;

    private Footnotes() {}

    /** The footnote lines among {@code lines}, given page by page top to bottom with each page's height. */
    static Footnotes find(List<PageLine> lines, float[] pageHeights) {
        Footnotes found = new Footnotes();
        found.search(lines, pageHeights, usualSize(lines));
        return found;
    }

    boolean isFootnote(int lineIndex) {
        return dropped.get(lineIndex);
    }

    List<Skipped> skipped() {
        return skipped;
    }

    /** The characters left out, as {@link PageLine#weight()} counts them. */
    long droppedWeight() {
        return droppedWeight;
    }

    private void search(List<PageLine> lines, float[] pageHeights, float usualSize) {
        TreeSet<Integer> pages = new TreeSet<>();
        int count = 0;
        int end = lines.size();
        while (end > 0) {
            int page = lines.get(end - 1).page();
            int start = end;
            while (start > 0 && lines.get(start - 1).page() == page) {
                start--;
            }
            int first = footnoteStart(lines, start, end, usualSize, pageHeights[page]);
            for (int i = first; i < end; i++) {
                dropped.set(i);
                droppedWeight += lines.get(i).weight();
                count++;
                pages.add(page);
            }
            end = start;
        }
        if (count > 0) {
            skipped.add(Skipped.of(
                    "footnote",
                    "footnotes",
                    Map.of("count", count, "shown", String.valueOf(count)),
                    PageRanges.describe(pages)));
        }
    }

    /** The first line of the page's footnotes among its lines {@code start} to {@code end}, or {@code end}. */
    private static int footnoteStart(List<PageLine> lines, int start, int end, float usualSize, float pageHeight) {
        int first = end;
        for (int i = end - 1; i >= start; i--) {
            PageLine line = lines.get(i);
            if (line.image() || line.fontSize() > SMALLER * usualSize) {
                break;
            }
            if (line.baseline() < LOWER_PART * pageHeight) {
                break;
            }
            boolean marked = line.marked()
                    || (!line.monospace() && MARKED.matcher(line.text()).matches());
            if (marked && (i == start || setApart(lines.get(i - 1), line))) {
                first = i;
            }
        }
        return first;
    }

    private static boolean setApart(PageLine above, PageLine line) {
        return line.baseline() - above.baseline() > SET_APART * line.fontSize();
    }

    /** The font size most of the book's prose is set in, counted by characters. */
    private static float usualSize(List<PageLine> lines) {
        Map<Float, Long> weights = new HashMap<>();
        for (PageLine line : lines) {
            if (!line.image() && !line.monospace()) {
                weights.merge(line.fontSize(), (long) line.weight(), Long::sum);
            }
        }
        return weights.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0f);
    }
}
