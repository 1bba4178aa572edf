package studybot.library.imports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitHeightDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitRectangleDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Reads the outline (bookmarks) into a tree of {@link Bookmark}s, each resolved to a page and, where the destination
 * says, a point on it. A damaged file can make the outline loop or nest without end, so every item is visited once and
 * the depth and count are capped.
 */
final class OutlineWalker {

    static final int MAX_DEPTH = 32;
    static final int MAX_BOOKMARKS = 100_000;

    private final PDDocument document;
    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private OutlineWalker(PDDocument document) {
        this.document = document;
    }

    /** The outline's top level, empty when the document has none. */
    static List<Bookmark> read(PDDocument document) {
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        return outline == null ? List.of() : new OutlineWalker(document).children(outline, 1);
    }

    private List<Bookmark> children(PDOutlineNode node, int depth) {
        List<Bookmark> result = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return result;
        }
        for (PDOutlineItem item = node.getFirstChild();
                item != null && seen.size() < MAX_BOOKMARKS;
                item = item.getNextSibling()) {
            if (!seen.add(item.getCOSObject())) {
                break;
            }
            String title = item.getTitle() == null
                    ? ""
                    : item.getTitle().replaceAll("(?U)\\s+", " ").strip();
            List<Bookmark> children = children(item, depth + 1);
            result.add(target(item)
                    .map(t -> new Bookmark(title, t.page, t.top, children))
                    .orElseGet(() -> new Bookmark(title, -1, Float.NaN, children)));
        }
        return result;
    }

    private Optional<Target> target(PDOutlineItem item) {
        try {
            PDDestination destination = item.getDestination();
            if (destination == null) {
                PDAction action = item.getAction();
                if (action instanceof PDActionGoTo goTo) {
                    destination = goTo.getDestination();
                }
            }
            if (destination instanceof PDNamedDestination named) {
                destination = document.getDocumentCatalog().findNamedDestinationPage(named);
            }
            if (!(destination instanceof PDPageDestination pageDestination)) {
                return Optional.empty();
            }
            int page = pageIndex(pageDestination);
            if (page < 0) {
                return Optional.empty();
            }
            return Optional.of(new Target(page, topFromPageTop(pageDestination, page)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private int pageIndex(PDPageDestination destination) {
        int number = destination.retrievePageNumber();
        if (number >= 0) {
            return number;
        }
        int fromNumber = destination.getPageNumber();
        return fromNumber >= 0 && fromNumber < document.getNumberOfPages() ? fromNumber : -1;
    }

    private float topFromPageTop(PDPageDestination destination, int pageIndex) {
        int top = -1;
        if (destination instanceof PDPageXYZDestination xyz) {
            top = xyz.getTop();
        } else if (destination instanceof PDPageFitWidthDestination fitWidth) {
            top = fitWidth.getTop();
        } else if (destination instanceof PDPageFitRectangleDestination rectangle) {
            top = rectangle.getTop();
        } else if (destination instanceof PDPageFitHeightDestination) {
            return Float.NaN;
        }
        if (top < 0) {
            return Float.NaN;
        }
        PDPage page = document.getPage(pageIndex);
        return page.getCropBox().getUpperRightY() - top;
    }

    private record Target(int page, float top) {}
}
