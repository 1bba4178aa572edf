package studybot.library.imports.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import studybot.library.imports.BookMatter;

/**
 * Recognises a list that is a table of contents inside a page's text: Sphinx's toctree on a start or chapter page,
 * which pandoc keeps when it joins a manual's pages into one EPUB chapter (the Python tutorial's first section read
 * "…4.8.6. Lambda Expressions 4.8.7. Documentation Strings…"). Such a list is the outermost {@code ul} or {@code ol}
 * that {@link BookMatter#contentsList} calls one, from its links to the book's own pages; a list that says something
 * about each link (a description, a sentence) is prose and stays. Left out as the PDF reader leaves out a printed
 * contents listing: the outline already gives it.
 */
final class ContentsList {

    private static final Evaluator CODE = Selector.evaluatorOf("code, tt, kbd, samp, var");

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
            if (BookMatter.linksOwnPage(link.attr("href"))) {
                linkedLetters += letters(link.text());
                if (namesInWords(link)) {
                    links++;
                }
            }
        }
        long allLetters = letters(element.text());
        return BookMatter.contentsList(links, linkedLetters, allLetters);
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
