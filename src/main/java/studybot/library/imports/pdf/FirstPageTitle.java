package studybot.library.imports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The title of a PDF whose metadata names none: the first page's lines in its largest font, when that font stands out
 * from the page's usual text, as a title page sets it; else the file's name without its folder and extension. A book is
 * never named by a path the reader does not know.
 */
final class FirstPageTitle {

    /** The title's font is at least this much larger than the page's usual line. */
    private static final float STANDS_OUT = 1.2f;
    /** Lines within this many points of the largest size belong to the title. */
    private static final float SAME_SIZE = 0.5f;
    /** A title runs over a few lines at most; more in the largest font is a page of big text. */
    private static final int MAX_LINES = 3;

    private static final int MAX_CHARS = 160;

    private FirstPageTitle() {}

    /**
     * The title for a book whose lines are {@code lines} and whose file is called {@code fileName}; a first page that
     * opens with a chapter (its largest line a bookmark's heading) has no title line.
     */
    static String of(List<PageLine> lines, List<Bookmark> outline, String fileName) {
        List<PageLine> first = new ArrayList<>();
        for (PageLine line : lines) {
            if (line.page() != lines.get(0).page()) {
                break;
            }
            if (!line.image() && !line.text().isBlank()) {
                first.add(line);
            }
        }
        if (first.isEmpty()) {
            return baseName(fileName);
        }
        float largest = 0;
        List<Float> sizes = new ArrayList<>();
        for (PageLine line : first) {
            largest = Math.max(largest, line.fontSize());
            sizes.add(line.fontSize());
        }
        sizes.sort(null);
        float usual = sizes.get(sizes.size() / 2);
        List<String> title = new ArrayList<>();
        for (PageLine line : first) {
            if (largest - line.fontSize() <= SAME_SIZE) {
                title.add(line.text().strip());
            }
        }
        String text = String.join(" ", title).replaceAll("\\s+", " ").strip();
        boolean standsOut = largest >= STANDS_OUT * usual || first.size() <= MAX_LINES;
        if (!standsOut
                || isHeading(text, outline)
                || title.size() > MAX_LINES
                || text.length() > MAX_CHARS
                || !text.matches(".*\\p{L}.*")) {
            return baseName(fileName);
        }
        return text;
    }

    private static boolean isHeading(String text, List<Bookmark> outline) {
        String letters = HeadingMatch.letters(text);
        for (Bookmark bookmark : outline) {
            if (HeadingMatch.letters(bookmark.title()).equals(letters) || isHeading(text, bookmark.children())) {
                return true;
            }
        }
        return false;
    }

    private static String baseName(String fileName) {
        String base = fileName.replaceAll("^.*[/\\\\]", "");
        return base.toLowerCase(Locale.ROOT).endsWith(".pdf") ? base.substring(0, base.length() - 4) : base;
    }
}
