package studybot.library.imports.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * An HTML book's own title. Generators write every page's {@code <title>} as the page's title and then the book's:
 * mdBook "Chapter - Book Title", Sphinx "Python HOWTOs — Python 3.11.2 documentation", so the start page's
 * {@code <title>} alone puts "The Rust Programming Language - The Rust Programming Language" in {@code /book list}.
 * mdBook names the book in its menu bar, which is taken as it is. Otherwise a suffix after a separator is dropped only
 * when every page read ends with it too, so it is provably the generator's and not part of a title that merely holds a
 * dash; a title is never blanked. What is left is the start page's own title ("Python HOWTOs" for that folder of a
 * Sphinx project), unless the start page is the root of the whole generated book: an mdBook (its chapter sidebar), or a
 * Sphinx project read from its root (its script options say the root is its own folder). There the suffix is the book's
 * name: "Sphinx documentation" rather than the root page's "Welcome", "The Queue Book" rather than the copy of the
 * first chapter that mdBook writes as {@code index.html}.
 */
final class BookTitle {

    private static final Evaluator MDBOOK_MENU_TITLE = Selector.evaluatorOf(".menu-title");
    private static final Evaluator MDBOOK_SIDEBAR = Selector.evaluatorOf("nav#sidebar ol.chapter");
    private static final Evaluator SPHINX_OPTIONS = Selector.evaluatorOf("script#documentation_options");
    /** Each a single character between spaces. */
    private static final List<String> SEPARATORS = List.of(" — ", " – ", " - ", " | ", " · ");

    private static final String OWN_FOLDER = "./";

    private BookTitle() {}

    /**
     * @param start the book's start page
     * @param pageTitles the {@code <title>}s of the other pages read, which prove a suffix shared
     */
    static String of(Document start, List<String> pageTitles) {
        Element menuTitle = start.selectFirst(MDBOOK_MENU_TITLE);
        if (menuTitle != null && !menuTitle.text().isBlank()) {
            return menuTitle.text().strip();
        }
        String title = start.title().strip();
        Optional<String> suffix = sharedSuffix(title, pageTitles);
        if (suffix.isEmpty()) {
            return title;
        }
        return isBookRoot(start)
                ? suffix.get().strip().substring(1).strip()
                : title.substring(0, title.length() - suffix.get().length()).strip();
    }

    /**
     * The separator and text after it that end {@code title} and every one of {@code pageTitles}, if any. The title is
     * stripped, so text stands on both sides of the separator and neither part is blank.
     */
    private static Optional<String> sharedSuffix(String title, List<String> pageTitles) {
        int at = -1;
        for (String separator : SEPARATORS) {
            at = Math.max(at, title.lastIndexOf(separator));
        }
        if (at <= 0 || pageTitles.isEmpty()) {
            return Optional.empty();
        }
        String suffix = title.substring(at);
        boolean shared = pageTitles.stream().map(String::strip).allMatch(page -> page.endsWith(suffix));
        return shared ? Optional.of(suffix) : Optional.empty();
    }

    private static boolean isBookRoot(Document start) {
        if (start.selectFirst(MDBOOK_SIDEBAR) != null) {
            return true;
        }
        Element options = start.selectFirst(SPHINX_OPTIONS);
        return options != null
                && (options.attr("data-url_root").equals(OWN_FOLDER)
                        || options.attr("data-content_root").equals(OWN_FOLDER));
    }
}
