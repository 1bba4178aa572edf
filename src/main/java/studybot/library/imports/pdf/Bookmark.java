package studybot.library.imports.pdf;

import java.util.List;

/**
 * One entry of a PDF's outline, resolved to where it points.
 *
 * @param page the page it points to, from 0, or -1 when it points nowhere in this file
 * @param top the point on that page, in points from the top, or {@link Float#NaN} when the bookmark names only the page
 */
record Bookmark(String title, int page, float top, List<Bookmark> children) {

    Bookmark {
        children = List.copyOf(children);
    }

    boolean pointsSomewhere() {
        return page >= 0;
    }
}
