package studybot.library.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the pages around a book's text that are not sections: the cover, title and copyright pages and the table
 * of contents before it; the index, search page and colophon after it. Judged from a page's file name, title, or an
 * EPUB's {@code epub:type}, the names generators and publishers use.
 */
public final class BookMatter {

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("cover", "the cover"), Map.entry("titlepage", "the title page"),
            Map.entry("title", "the title page"), Map.entry("copyright", "the copyright page"),
            Map.entry("copyright-page", "the copyright page"), Map.entry("legalnotice", "the copyright page"),
            Map.entry("toc", "the table of contents"), Map.entry("contents", "the table of contents"),
            Map.entry("nav", "the table of contents"), Map.entry("index", "the index"),
            Map.entry("genindex", "the index"), Map.entry("py-modindex", "the index of modules"),
            Map.entry("modindex", "the index of modules"), Map.entry("bookindex", "the index"),
            Map.entry("search", "the search page"), Map.entry("searchindex", "the search page"),
            Map.entry("colophon", "the colophon"), Map.entry("print", "the whole book on one page"));
    private static final Map<String, String> BY_TITLE = Map.ofEntries(
            Map.entry("index", "the index"), Map.entry("table of contents", "the table of contents"),
            Map.entry("contents", "the table of contents"), Map.entry("copyright", "the copyright page"),
            Map.entry("colophon", "the colophon"), Map.entry("search", "the search page"),
            Map.entry("cover", "the cover"), Map.entry("title page", "the title page"),
            Map.entry("python module index", "the index of modules"), Map.entry("search page", "the search page"),
            Map.entry("copyright page", "the copyright page"), Map.entry("general index", "the index"));
    private static final Set<String> BACK = Set.of(
            "the index", "the index of modules", "the search page", "the colophon", "the whole book on one page");

    private BookMatter() {}

    /**
     * Why this page is not a section, as a {@link Skipped} of kind {@code front-matter} or {@code back-matter}; empty
     * for the book's own text.
     *
     * @param fileName the page's file name with or without its extension
     * @param title the page's title, or empty
     * @param epubType an EPUB's structural semantics ({@code cover}, {@code toc} …), or empty
     */
    public static Optional<Skipped> of(String fileName, String title, String epubType, String location) {
        String base = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.x?html?$|\\.md$|\\.markdown$", "");
        String what = BY_NAME.get(base);
        if (what == null) {
            what = BY_TITLE.get(title.strip().toLowerCase(Locale.ROOT));
        }
        if (what == null) {
            for (String type : epubType.toLowerCase(Locale.ROOT).split("\\s+")) {
                what = BY_NAME.get(type.replace("index-group", "index"));
                if (what != null) {
                    break;
                }
            }
        }
        if (what == null) {
            return Optional.empty();
        }
        String kind = BACK.contains(what) ? "back-matter" : "front-matter";
        return Optional.of(new Skipped(kind, what + " is not a section", location));
    }
}
