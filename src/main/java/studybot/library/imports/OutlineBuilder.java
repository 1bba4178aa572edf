package studybot.library.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import studybot.library.Block;

/**
 * Builds the tree of {@link ImportedSection}s from a book read page by page, heading by heading, the way every markup
 * format presents it. A page sits at the depth its table of contents gives it; inside a page, the first heading is at
 * that depth and deeper heading levels nest below it ({@code h1} &gt; {@code h2} &gt; {@code h3}). A page of a
 * many-page book is one section, so a later heading as high as its first (a reference page's "Synopsis" beside its
 * title) nests below the first; in a whole book in one document, equal headings are siblings. Text before a page's
 * first heading is kept under the page's own title. Not thread-safe: one per import.
 */
public final class OutlineBuilder {

    private final List<Draft> top = new ArrayList<>();
    private final Deque<Draft> open = new ArrayDeque<>();
    private int pageDepth = 1;
    private int pageBaseLevel = -1;
    private boolean oneSection;
    private boolean titled;
    private String pageTitle = "";
    private String pageLocation = "";
    private String pageNumber = "";
    private Draft current;
    private long textChars;

    /**
     * Starts a page.
     *
     * @param depth 1 for a chapter's page, 2 for a page listed under it in the table of contents, …
     * @param title the page's own title, for text that comes before its first heading
     * @param location the page, for the load report
     */
    public void startPage(int depth, String title, String location) {
        startPage(depth, "", title, location);
    }

    /**
     * Starts a page whose number the table of contents prints rather than the page itself (mdBook's SUMMARY.md numbers
     * its list items): the page's first heading takes it unless it prints its own.
     */
    public void startPage(int depth, String printedNumber, String title, String location) {
        start(depth, title, location, true);
        pageNumber = printedNumber;
    }

    /**
     * Starts a page titled by its {@code <title>} whose headings are all its sections, numbered by the page alone
     * (SQLite's pages each print "1. Executive Summary", "2. …"): their printed numbers are not the book's.
     */
    public void startTitledPage(int depth, String title, String location) {
        start(depth, title, location, true);
        titled = true;
        open(pageDepth, new NumberedTitle("", title), location);
    }

    /** Starts a document that may hold many sections at its top level (a book in one Markdown or HTML file). */
    public void startDocument(String title, String location) {
        startDocument(1, title, location);
    }

    /**
     * Starts a document holding several sections side by side at {@code depth} (an EPUB content document its table of
     * contents lists more than once at that depth): its equal headings are siblings.
     */
    public void startDocument(int depth, String title, String location) {
        start(depth, title, location, false);
    }

    private void start(int depth, String title, String location, boolean isOneSection) {
        oneSection = isOneSection;
        titled = false;
        pageDepth = Math.max(1, depth);
        pageBaseLevel = -1;
        pageTitle = title;
        pageLocation = location;
        pageNumber = "";
        current = null;
    }

    /** A heading of {@code level} 1 to 6 in the current page. */
    public void heading(int level, String text, String location) {
        int depth;
        NumberedTitle heading = NumberedTitle.of(text);
        if (titled) {
            heading = new NumberedTitle("", heading.title());
            pageBaseLevel = pageBaseLevel < 0 ? level : pageBaseLevel;
            depth = pageDepth + 1 + Math.max(0, level - pageBaseLevel);
        } else if (pageBaseLevel < 0) {
            pageBaseLevel = level;
            depth = oneSection && current != null ? pageDepth + 1 : pageDepth;
            if (current == null) {
                heading = numbered(heading);
            }
        } else if (oneSection) {
            depth = pageDepth + 1 + Math.max(0, level - pageBaseLevel - 1);
        } else {
            depth = pageDepth + Math.max(0, level - pageBaseLevel);
        }
        open(depth, heading, location);
    }

    private NumberedTitle numbered(NumberedTitle heading) {
        return heading.printedNumber().isEmpty() && !pageNumber.isEmpty()
                ? new NumberedTitle(pageNumber, heading.title())
                : heading;
    }

    /** A block of the current heading's body; a blank block is dropped. */
    public void block(Block block) {
        if (block.text().isBlank()) {
            return;
        }
        if (current == null) {
            open(pageDepth, numbered(NumberedTitle.of(pageTitle)), pageLocation);
        }
        current.blocks.add(block);
        textChars += block.text().length();
    }

    /** Characters of text taken so far, for the import's text limit. */
    public long textChars() {
        return textChars;
    }

    /** The outline so far, top level first. */
    public List<ImportedSection> build() {
        return top.stream().map(Draft::toSection).toList();
    }

    private void open(int depth, NumberedTitle heading, String location) {
        while (!open.isEmpty() && open.peek().depth >= depth) {
            open.pop();
        }
        Draft draft = new Draft(depth, heading, location);
        if (open.isEmpty()) {
            top.add(draft);
        } else {
            open.peek().children.add(draft);
        }
        open.push(draft);
        current = draft;
    }

    /** A section while its page is still being read. */
    private static final class Draft {
        private final int depth;
        private final NumberedTitle heading;
        private final String location;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Draft> children = new ArrayList<>();

        Draft(int depth, NumberedTitle heading, String location) {
            this.depth = depth;
            this.heading = heading;
            this.location = location;
        }

        ImportedSection toSection() {
            return new ImportedSection(
                    heading.printedNumber(),
                    heading.title(),
                    blocks,
                    children.stream().map(Draft::toSection).toList(),
                    location);
        }
    }
}
