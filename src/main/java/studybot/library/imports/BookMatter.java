package studybot.library.imports;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the pages around a book's text that are not sections: the cover, title and copyright pages and the table
 * of contents before it; the index, search page and colophon after it. Judged from a page's file name, title, or an
 * EPUB's {@code epub:type}, the names generators and publishers use.
 */
public final class BookMatter {

    /**
     * The fewest links to the book's own pages that make a list in a page's text a table of contents, in HTML and in
     * Markdown alike: fewer are prose that names a few sections ("Python, C, C++, JavaScript, ReST", five links in the
     * Sphinx docs' roles page), and stay.
     */
    public static final int MIN_CONTENTS_ENTRIES = 8;

    /** The share of a contents list's letters that its links to the book's own pages must hold. */
    private static final double CONTENTS_LINKED_SHARE = 0.9;

    private static final Pattern SCHEME_OR_HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("cover", "cover"), Map.entry("titlepage", "titlePage"),
            Map.entry("title", "titlePage"), Map.entry("copyright", "copyright"),
            Map.entry("copyright-page", "copyright"), Map.entry("legalnotice", "copyright"),
            Map.entry("toc", "toc"), Map.entry("contents", "toc"),
            Map.entry("nav", "toc"), Map.entry("index", "index"),
            Map.entry("genindex", "index"), Map.entry("py-modindex", "modules"),
            Map.entry("modindex", "modules"), Map.entry("bookindex", "index"),
            Map.entry("search", "search"), Map.entry("searchindex", "search"),
            Map.entry("colophon", "colophon"), Map.entry("print", "wholeBook"));
    private static final Map<String, String> BY_TITLE = Map.ofEntries(
            Map.entry("index", "index"), Map.entry("table of contents", "toc"),
            Map.entry("contents", "toc"), Map.entry("copyright", "copyright"),
            Map.entry("colophon", "colophon"), Map.entry("search", "search"),
            Map.entry("cover", "cover"), Map.entry("title page", "titlePage"),
            Map.entry("python module index", "modules"), Map.entry("search page", "search"),
            Map.entry("copyright page", "copyright"), Map.entry("general index", "index"));
    private static final Set<String> BACK = Set.of("index", "modules", "search", "colophon", "wholeBook");

    private BookMatter() {}

    /** Whether a link's address points into the book itself: a relative address or a fragment, no scheme, no host. */
    public static boolean linksOwnPage(String address) {
        return !SCHEME_OR_HOST.matcher(address.strip()).find();
    }

    /**
     * Whether a list in a page's text is a table of contents, from its counts, in HTML and Markdown alike: at least
     * {@value #MIN_CONTENTS_ENTRIES} links to the book's own pages that name them in words, and nearly all of its
     * letters the text of such links; a list that says something about each link is prose.
     */
    public static boolean contentsList(int entries, long linkedLetters, long allLetters) {
        return entries >= MIN_CONTENTS_ENTRIES && allLetters > 0 && linkedLetters >= CONTENTS_LINKED_SHARE * allLetters;
    }

    /** Whether a heading's title names a table of contents ("Table of Contents", "Contents"). */
    public static boolean namesContents(String title) {
        return "toc".equals(BY_TITLE.get(title.strip().toLowerCase(Locale.ROOT)));
    }

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
        return Optional.of(Skipped.of(kind, "bookMatter", Map.of("page", what), location));
    }
}
