package studybot.library.imports.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import studybot.library.Block;
import studybot.library.imports.BookMatter;
import studybot.library.imports.ImportedSection;
import studybot.library.imports.NumberedTitle;
import studybot.library.imports.Skipped;

/**
 * Cuts the document's lines into sections at the bookmarks' headings. Each bookmark is placed where its title is
 * printed: near the point its destination names, else anywhere on its page; failing both, at that point, else at the
 * top of the page. Places only move forward, so a bookmark pointing back into an earlier section starts an empty one
 * instead of taking text twice. A section's text runs from its heading to the next heading at any level, less any table
 * of contents printed there; what comes before the first heading is front matter, and so are top-level bookmarks such
 * as "Contents" or "Index" with everything under them.
 */
final class SectionCutter {

    /** How many lines below a destination's point its heading may start. */
    private static final int NEAR_LINES = 6;
    /**
     * How many lines of a page are searched for a heading: more than any printed page holds, few enough that a hostile
     * file with thousands of bookmarks on one crowded page can't make the search quadratic.
     */
    private static final int MAX_PAGE_LINES = 300;
    /** How far above the destination's point, in points, a heading's baseline may sit. */
    private static final float ABOVE_TOLERANCE = 1;

    private final List<PageLine> lines;
    private final BlockMaker blocks;
    private final int[] pageStarts;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private long droppedWeight;

    /**
     * @param lines the document's content lines (running headers and footers removed), in reading order
     * @param pageCount the document's pages
     */
    SectionCutter(List<PageLine> lines, int pageCount, BlockMaker blocks) {
        this.lines = lines;
        this.blocks = blocks;
        this.pageStarts = new int[pageCount + 1];
        int line = 0;
        for (int page = 0; page <= pageCount; page++) {
            while (line < lines.size() && lines.get(line).page() < page) {
                line++;
            }
            pageStarts[page] = line;
        }
    }

    /** The outline as sections, with the text between headings. */
    List<ImportedSection> cut(List<Bookmark> outline) {
        place(outline, 0);
        settleBackwardPlaces();
        BitSet headings = new BitSet();
        for (Place place : places) {
            headings.set(place.start, place.start + place.headingLines);
        }
        BitSet listings = new ContentsListing(
                        places.stream().map(place -> place.bookmark.title()).toList())
                .find(lines, headings);
        listings.clear(0, firstSectionLine());
        if (!listings.isEmpty()) {
            listings.stream().forEach(i -> droppedWeight += lines.get(i).weight());
            skipped.add(Skipped.of(
                    "table-of-contents",
                    "contentsListing",
                    Map.of("count", String.valueOf(listings.cardinality())),
                    PageRanges.describe(ContentsListing.pages(lines, listings))));
        }
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        boolean inMatter = false;
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            int end = i + 1 < places.size() ? places.get(i + 1).start : lines.size();
            if (place.depth == 0) {
                Optional<Skipped> matter = BookMatter.of("", place.bookmark.title(), "", "page " + (place.page + 1));
                matter.ifPresent(skipped::add);
                inMatter = matter.isPresent();
            }
            if (inMatter) {
                for (int line = place.start; line < end; line++) {
                    if (!listings.get(line)) {
                        droppedWeight += lines.get(line).weight();
                    }
                }
                continue;
            }
            int bodyStart = Math.min(place.start + place.headingLines, end);
            List<PageLine> body = new ArrayList<>(end - bodyStart);
            for (int line = bodyStart; line < end; line++) {
                if (!listings.get(line)) {
                    body.add(lines.get(line));
                }
            }
            Node node = new Node(place, blocks.blocks(body));
            while (open.size() > place.depth) {
                open.remove(open.size() - 1);
            }
            (open.isEmpty() ? roots : open.get(open.size() - 1).children).add(node);
            open.add(node);
        }
        return roots.stream().map(Node::section).toList();
    }

    /** The index of the first line inside a section; the lines before it are front matter. */
    int firstSectionLine() {
        return places.isEmpty() ? lines.size() : places.get(0).start;
    }

    /**
     * The characters left out after the first heading, as {@link PageLine#weight()} counts them: printed tables of
     * contents, and the cover, contents, index and such when they have bookmarks of their own.
     */
    long droppedWeight() {
        return droppedWeight;
    }

    /** Bookmarks that point nowhere in the file, and printed tables of contents. */
    List<Skipped> skipped() {
        return skipped;
    }

    /** The pages of the lines before {@code end}. */
    TreeSet<Integer> pagesBefore(int end) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (PageLine line : lines.subList(0, end)) {
            pages.add(line.page());
        }
        return pages;
    }

    private void place(List<Bookmark> bookmarks, int depth) {
        for (Bookmark bookmark : bookmarks) {
            Optional<Bookmark> target = bookmark.pointsSomewhere() ? Optional.of(bookmark) : firstTarget(bookmark);
            if (target.isEmpty()) {
                skipped.add(Skipped.of("bookmark", "bookmarkNowhere", Map.of(), "\"" + bookmark.title() + "\""));
                continue;
            }
            places.add(locate(bookmark, target.get(), depth));
            place(bookmark.children(), depth + 1);
        }
    }

    private static Optional<Bookmark> firstTarget(Bookmark bookmark) {
        for (Bookmark child : bookmark.children()) {
            Optional<Bookmark> target = child.pointsSomewhere() ? Optional.of(child) : firstTarget(child);
            if (target.isPresent()) {
                return target;
            }
        }
        return Optional.empty();
    }

    private Place locate(Bookmark bookmark, Bookmark target, int depth) {
        int from = places.isEmpty() ? 0 : last().start + last().headingLines;
        int page = Math.min(target.page(), pageStarts.length - 2);
        int pageStart = Math.max(pageStarts[page], from);
        int pageEnd = Math.max(pageStarts[page + 1], pageStart);
        int point = pointOnPage(pageStart, pageEnd, target.top());
        int rawPoint = pointOnPage(pageStarts[page], pageStarts[page + 1], target.top());
        for (int i = point; i < pageEnd && i < point + NEAR_LINES; i++) {
            int heading = HeadingMatch.lines(lines, i, pageEnd, bookmark.title());
            if (heading > 0) {
                return new Place(bookmark, depth, i, heading, page, false);
            }
        }
        for (int i = pageStart; i < pageEnd && i < pageStart + MAX_PAGE_LINES; i++) {
            int heading = HeadingMatch.lines(lines, i, pageEnd, bookmark.title());
            if (heading > 0) {
                return new Place(bookmark, depth, i, heading, page, false);
            }
        }
        boolean backward = pageStarts[page + 1] <= from || (rawPoint < from && pageStarts[page] < from);
        return new Place(
                bookmark,
                depth,
                point,
                0,
                point < lines.size() ? lines.get(point).page() : page,
                backward);
    }

    /** The first line from {@code start} at or below {@code top} (points from the page's top; NaN for any). */
    private int pointOnPage(int start, int end, float top) {
        int point = start;
        if (!Float.isNaN(top)) {
            while (point < end && lines.get(point).baseline() < top - ABOVE_TOLERANCE) {
                point++;
            }
        }
        return point;
    }

    /**
     * Moves each bookmark that points back into text already placed to where the next one starts, so that it is an
     * empty section and the text stays with the section it was in.
     */
    private void settleBackwardPlaces() {
        int next = lines.size();
        for (int i = places.size() - 1; i >= 0; i--) {
            Place place = places.get(i);
            if (place.backward) {
                places.set(i, new Place(place.bookmark, place.depth, next, 0, place.page, true));
            }
            next = places.get(i).start;
        }
    }

    private Place last() {
        return places.get(places.size() - 1);
    }

    private String headingText(Place place) {
        StringBuilder text = new StringBuilder();
        for (PageLine line : lines.subList(place.start, place.start + place.headingLines)) {
            text.append(text.isEmpty() ? "" : " ").append(line.text());
        }
        return text.toString();
    }

    /**
     * Where a bookmark's section starts, how many lines its printed heading takes, and the page it starts on (its
     * target's, or a later one when an earlier section's text runs past the target).
     */
    private record Place(Bookmark bookmark, int depth, int start, int headingLines, int page, boolean backward) {}

    private final class Node {

        private final Place place;
        private final List<Block> body;
        private final List<Node> children = new ArrayList<>();

        Node(Place place, List<Block> body) {
            this.place = place;
            this.body = body;
        }

        ImportedSection section() {
            NumberedTitle heading = numberedTitle();
            return new ImportedSection(
                    heading.printedNumber(),
                    heading.title(),
                    body,
                    children.stream().map(Node::section).toList(),
                    "page " + (place.page + 1));
        }

        /**
         * The bookmark's number and title; a bookmark without a number takes the one its printed heading has, and one
         * that starts with the letter its heading labels ("A GNU Free Documentation License" under "Appendix A GNU Free
         * Documentation License", as texinfo's PDFs have it) gives that letter up as the number.
         */
        private NumberedTitle numberedTitle() {
            String title =
                    place.bookmark.title().isEmpty() ? "Untitled, page " + (place.page + 1) : place.bookmark.title();
            Optional<NumberedTitle> own = NumberedTitle.parse(title);
            if (own.isPresent() || place.headingLines == 0) {
                return own.orElseGet(() -> new NumberedTitle("", title));
            }
            String bookmarked = HeadingMatch.letters(title);
            return NumberedTitle.parse(headingText(place))
                    .flatMap(printed -> {
                        String number = printed.printedNumber();
                        if (HeadingMatch.letters(printed.title()).equals(bookmarked)) {
                            return Optional.of(new NumberedTitle(number, title));
                        }
                        String repeated = number + " ";
                        boolean labelsItsNumber = title.startsWith(repeated)
                                && HeadingMatch.letters(number + printed.title())
                                        .equals(bookmarked);
                        return labelsItsNumber
                                ? Optional.of(new NumberedTitle(
                                        number,
                                        title.substring(repeated.length()).strip()))
                                : Optional.empty();
                    })
                    .orElseGet(() -> new NumberedTitle("", title));
        }
    }
}
