package studybot.library.imports.pdf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studybot.library.imports.Skipped;

/**
 * The top-level bookmarks that are not the book's text but the pages around it: cover, title and copyright pages,
 * the table of contents, the index, the colophon. Judged from the bookmark's title, the only name a PDF gives them.
 */
final class BookMatterTitles {

    private static final Map<String, String> MATTER = Map.ofEntries(
            Map.entry("cover", "the cover"), Map.entry("title page", "the title page"),
            Map.entry("copyright", "the copyright page"), Map.entry("copyright page", "the copyright page"),
            Map.entry("contents", "the table of contents"), Map.entry("table of contents", "the table of contents"),
            Map.entry("index", "the index"), Map.entry("general index", "the index"),
            Map.entry("colophon", "the colophon"), Map.entry("python module index", "the index of modules"));
    private static final Set<String> BACK = Set.of("the index", "the colophon", "the index of modules");

    private BookMatterTitles() {
    }

    /** Why a top-level bookmark with this title is not a section, or empty when it is one. */
    static Optional<Skipped> of(String title, String location) {
        String what = MATTER.get(title.strip().toLowerCase(Locale.ROOT));
        if (what == null) {
            return Optional.empty();
        }
        String kind = BACK.contains(what) ? "back-matter" : "front-matter";
        return Optional.of(new Skipped(kind, what + ", not a section of the book", location));
    }
}
