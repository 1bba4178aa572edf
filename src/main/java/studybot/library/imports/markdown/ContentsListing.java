package studybot.library.imports.markdown;

import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import studybot.library.imports.BookMatter;

/**
 * Recognises a Markdown list that is a table of contents, by the rule the HTML reader uses for its pages
 * ({@link BookMatter#contentsList}): the outermost list whose links to the book's own pages name them in words and hold
 * nearly all of its letters. A Sphinx toctree that pandoc wrote to Markdown is one; a list of code links or of
 * described links is the book's content and stays.
 */
final class ContentsListing {

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
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link link && BookMatter.linksOwnPage(link.getDestination())) {
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
