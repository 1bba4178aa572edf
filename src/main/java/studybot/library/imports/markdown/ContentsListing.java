package studybot.library.imports.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import studybot.library.imports.BookMatter;

/**
 * Recognises a Markdown list that is a table of contents, by the rule the HTML reader uses for its pages
 * ({@link BookMatter#contentsList}): the outermost list whose links to the book's own pages name them in words and hold
 * nearly all of its letters. A Sphinx toctree that pandoc wrote to Markdown is one, and so is a texinfo manual's
 * contents list, whose links pandoc writes as raw HTML; a list of code links or of described links is the book's
 * content and stays.
 */
final class ContentsListing {

    /**
     * A link pandoc wrote as raw HTML because Markdown can't carry its attributes (texinfo's contents entries have an
     * {@code id}): {@code <a href="#Imports" id="toc-Imports-1">}, its text the following nodes up to {@code </a>}.
     */
    private static final Pattern RAW_LINK =
            Pattern.compile("<a\\s[^>]*?\\bhref\\s*=\\s*\"([^\"]*)\"[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final Pattern RAW_LINK_END = Pattern.compile("</a\\s*>", Pattern.CASE_INSENSITIVE);

    private int entries;
    private long linkedLetters;
    private long allLetters;

    private ContentsListing() {}

    /** Whether {@code list}, not inside another list, is a table of contents of the book. */
    static boolean is(ListBlock list) {
        for (Node parent = list.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListBlock) {
                return false;
            }
        }
        ContentsListing counts = new ContentsListing();
        counts.visit(list, false);
        return BookMatter.contentsList(counts.entries, counts.linkedLetters, counts.allLetters);
    }

    private void visit(Node parent, boolean inOwnLink) {
        boolean inRawLink = false;
        long rawLinkLetters = 0;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html
                    && RAW_LINK_END.matcher(html.getLiteral()).matches()) {
                if (inRawLink && rawLinkLetters > 0) {
                    entries++;
                }
                inRawLink = false;
            } else if (node instanceof HtmlInline html
                    && RAW_LINK.matcher(html.getLiteral()).matches()) {
                Matcher address = RAW_LINK.matcher(html.getLiteral());
                inRawLink = address.matches() && BookMatter.linksOwnPage(address.group(1));
                rawLinkLetters = 0;
            } else if (inRawLink && !(node instanceof HtmlInline)) {
                rawLinkLetters += node instanceof Text text ? letters(text.getLiteral()) : wordsIn(node);
                visitOne(node, true);
            } else if (node instanceof Link link && BookMatter.linksOwnPage(link.getDestination())) {
                if (wordsIn(link) > 0) {
                    entries++;
                }
                visit(link, true);
            } else {
                visitOne(node, inOwnLink);
            }
        }
    }

    private void visitOne(Node node, boolean inOwnLink) {
        if (node instanceof Text text) {
            count(letters(text.getLiteral()), inOwnLink);
        } else if (node instanceof Code code) {
            count(letters(code.getLiteral()), inOwnLink);
        } else {
            visit(node, inOwnLink);
        }
    }

    private void count(long letters, boolean inOwnLink) {
        allLetters += letters;
        if (inOwnLink) {
            linkedLetters += letters;
        }
    }

    /** The letters of {@code node}'s text outside code. */
    private static long wordsIn(Node node) {
        long letters = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                letters += letters(text.getLiteral());
            } else if (!(child instanceof Code)) {
                letters += wordsIn(child);
            }
        }
        return letters;
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
