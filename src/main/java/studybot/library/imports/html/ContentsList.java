package studybot.library.imports.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import studybot.library.imports.BookMatter;

/**
 * Recognises a list that is a table of contents inside a page's text: Sphinx's toctree on a start or chapter page,
 * which pandoc keeps when it joins a manual's pages into one EPUB chapter (the Python tutorial's first section read
 * "…4.8.6. Lambda Expressions 4.8.7. Documentation Strings…"). Such a list is the outermost {@code ul} or {@code ol} of
 * at least {@value #MIN_ENTRIES} links to the book's own pages (a relative address or a fragment: no scheme, no host),
 * and nearly all of its letters are those links' text; a list that says something about each link (a description, a
 * sentence) is prose and stays. Left out as the PDF reader leaves out a printed contents listing: the outline already
 * gives it.
 */
final class ContentsList {

    /** Fewer links than this are a list that names a few sections, not a table of contents. */
    static final int MIN_ENTRIES = BookMatter.MIN_CONTENTS_ENTRIES;
    /** The share of the list's letters its own-page links must hold. */
    private static final double LINKED_SHARE = 0.9;

    private static final Evaluator CODE = Selector.evaluatorOf("code, tt, kbd, samp, var");
    private static final Pattern SCHEME_OR_HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private ContentsList() {}

    /** Whether {@code element} is a list that is a table of contents of the book. */
    static boolean is(Element element) {
        String tag = element.normalName();
        if (!tag.equals("ul") && !tag.equals("ol")) {
            return false;
        }
        for (Element parent : element.parents()) {
            if (parent.normalName().equals("ul") || parent.normalName().equals("ol")) {
                return false;
            }
        }
        int links = 0;
        long linkedLetters = 0;
        for (Element link : element.select("a[href]")) {
            if (!SCHEME_OR_HOST.matcher(link.attr("href").strip()).find()) {
                linkedLetters += letters(link.text());
                if (namesInWords(link)) {
                    links++;
                }
            }
        }
        long allLetters = letters(element.text());
        return links >= MIN_ENTRIES && allLetters > 0 && linkedLetters >= LINKED_SHARE * allLetters;
    }

    /** Whether some of the link's letters are words, not code: "4.1. if Statements", not {@code stat.UF_NODUMP}. */
    private static boolean namesInWords(Element link) {
        Element words = link.clone();
        words.select(CODE).remove();
        return letters(words.text()) > 0;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
