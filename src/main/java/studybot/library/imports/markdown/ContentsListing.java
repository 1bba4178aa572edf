package studybot.library.imports.markdown;

import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import studybot.library.imports.BookMatter;

/**
 * Recognises a Markdown list that is a table of contents, by the rule the HTML reader uses for its pages
 * ({@code html.ContentsList}): the outermost list of at least {@value #MIN_ENTRIES} links to the book's own pages (no
 * scheme, no host) that name them in words, nearly all of whose letters are the text of such links. A Sphinx toctree
 * that pandoc wrote to Markdown is one; a list of code links or of described links is the book's content and stays.
 */
final class ContentsListing {

    static final int MIN_ENTRIES = BookMatter.MIN_CONTENTS_ENTRIES;
    private static final double LINKED_SHARE = 0.9;
    private static final Pattern SCHEME_OR_HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

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
        return counts.entries >= MIN_ENTRIES
                && counts.allLetters > 0
                && counts.linkedLetters >= LINKED_SHARE * counts.allLetters;
    }

    private void visit(Node parent, boolean inOwnLink) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link link
                    && !SCHEME_OR_HOST.matcher(link.getDestination()).find()) {
                if (wordsIn(link) > 0) {
                    entries++;
                }
                visit(link, true);
            } else if (node instanceof Text text) {
                count(letters(text.getLiteral()), inOwnLink);
            } else if (node instanceof Code code) {
                count(letters(code.getLiteral()), inOwnLink);
            } else {
                visit(node, inOwnLink);
            }
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
