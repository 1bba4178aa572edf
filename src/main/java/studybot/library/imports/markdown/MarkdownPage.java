package studybot.library.imports.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import studybot.library.Block;
import studybot.library.imports.BookMatter;
import studybot.library.imports.OutlineBuilder;
import studybot.library.imports.Skipped;

/**
 * Reads one parsed Markdown document into an {@link OutlineBuilder}: {@code #} headings open sections, fenced and
 * indented code are listings, tables are one line per row, an image alone in its paragraph is an image block and every
 * other paragraph or list item is prose. Raw HTML is not imported (it may be a script); it is counted (a heading's
 * inline tags are no part of its title, nor is a permalink's "¶", as in the HTML import), and so is a list that is a
 * table of contents ({@link ContentsListing}) with the heading that names it, which the outline already gives, and a
 * texinfo manual's navigation line before each node ({@link RawDivs}).
 */
final class MarkdownPage {

    /** The titles texinfo gives the heading over a manual's footnotes (German manuals: "Fußnoten"). */
    private static final Set<String> FOOTNOTES = Set.of("footnotes", "fußnoten");
    /** A footnote's label: a number, bracketed or not ("(1)", "[2]", "3"). */
    private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\(\\d{1,4}\\)|\\[\\d{1,4}\\]|\\d{1,4}");

    /** The start of a permalink beside a heading, as the HTML import knows it ({@code .headerlink, a.anchor}). */
    private static final Pattern PERMALINK = Pattern.compile(
            "^<a\\s[^>]*\\bclass\\s*=\\s*[\"']?(?:[^\"'>]*\\s)?(?:headerlink|anchor)(?=[\\s\"'>])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LINK_END = Pattern.compile("</a\\s*>", Pattern.CASE_INSENSITIVE);

    private final OutlineBuilder outline;
    private final String location;
    private int rawHtml;
    private final RawDivs divs = new RawDivs();
    /** The level of the "Footnotes" heading whose notes are being left out, else 0. */
    private int footnotesLevel;
    /** The footnotes left out. */
    private int footnotes;
    /** texinfo's navigation lines left out ({@link RawDivs#isNavigation}). */
    private int navigation;
    /** The entries of the tables of contents left out ({@link ContentsListing}). */
    private int contentsEntries;

    private MarkdownPage(OutlineBuilder outline, String location) {
        this.outline = outline;
        this.location = location;
    }

    /** Reads {@code document} into the page {@code outline} has started; returns what was left out. */
    static List<Skipped> read(Node document, OutlineBuilder outline, String location) {
        MarkdownPage page = new MarkdownPage(outline, location);
        page.blocks(document);
        List<Skipped> skipped = new ArrayList<>();
        if (page.contentsEntries > 0) {
            skipped.add(Skipped.of("front-matter", "contentsList", Map.of("count", page.contentsEntries), location));
        }
        if (page.footnotes > 0) {
            skipped.add(Skipped.of("footnotes", "endnotes", Map.of("count", page.footnotes), location));
        }
        if (page.navigation > 0) {
            skipped.add(Skipped.of(
                    "navigation", "leftOut", Map.of("count", page.navigation, "kind", "navigation"), location));
        }
        if (page.rawHtml > 0) {
            skipped.add(Skipped.of("raw-html", "rawHtml", Map.of("count", page.rawHtml), location));
        }
        return skipped;
    }

    /** The text of the document's first heading, else empty. */
    static String title(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                return headingText(heading).strip();
            }
        }
        return "";
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node);
        }
    }

    private void block(Node node) {
        if (footnotesLevel > 0 && inFootnotes(node)) {
            return;
        }
        if (node instanceof Heading heading && isFootnotesHeading(heading)) {
            footnotesLevel = heading.getLevel();
        } else if (node instanceof Heading heading && isContentsHeading(heading)) {
            return;
        } else if (node instanceof Heading heading) {
            outline.heading(heading.getLevel(), headingText(heading), location);
        } else if (node instanceof FencedCodeBlock code) {
            outline.block(Block.code(code.getLiteral().stripTrailing()));
        } else if (node instanceof IndentedCodeBlock code) {
            outline.block(Block.code(code.getLiteral().stripTrailing()));
        } else if (node instanceof TableBlock table) {
            outline.block(new Block(Block.Kind.TABLE, table(table)));
        } else if (node instanceof Paragraph paragraph && divs.isNavigation(paragraph)) {
            navigation++;
        } else if (node instanceof Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null) {
                String alt = inline(image).strip();
                outline.block(new Block(
                        Block.Kind.IMAGE, alt.isEmpty() ? "[an image without a description]" : "[image: " + alt + "]"));
            } else {
                outline.block(Block.prose(inline(paragraph).strip()));
            }
        } else if (node instanceof HtmlBlock html) {
            divs.read(html.getLiteral());
            rawHtml++;
        } else if (node instanceof ListBlock list && ContentsListing.is(list)) {
            contentsEntries += items(list);
        } else if (node instanceof ListBlock || node instanceof ListItem || node instanceof BlockQuote) {
            blocks(node);
        }
    }

    /**
     * Whether {@code node} belongs to the footnotes being left out: a footnote's label heading, counted, or its text; a
     * heading of another kind ends them.
     */
    private boolean inFootnotes(Node node) {
        if (node instanceof Heading heading) {
            if (heading.getLevel() <= footnotesLevel || !isFootnoteLabel(heading)) {
                footnotesLevel = 0;
                return false;
            }
            footnotes++;
        } else if (node instanceof HtmlBlock html) {
            divs.read(html.getLiteral());
        }
        return true;
    }

    /**
     * Whether {@code heading} is a "Footnotes" heading over the footnotes themselves, each under a heading of its label
     * alone, one level down ("##### (1)"): texinfo gathers a manual's footnotes so at its end, which pandoc keeps as
     * headings. The text where each marker stands is not touched.
     */
    private static boolean isFootnotesHeading(Heading heading) {
        if (!FOOTNOTES.contains(headingText(heading).strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Node next = heading.getNext();
        while (next != null && !(next instanceof Heading)) {
            next = next.getNext();
        }
        return next instanceof Heading label && label.getLevel() > heading.getLevel() && isFootnoteLabel(label);
    }

    private static boolean isFootnoteLabel(Heading heading) {
        return FOOTNOTE_LABEL.matcher(headingText(heading).strip()).matches();
    }

    /**
     * Whether {@code heading} names a table of contents that follows it, raw HTML aside (texinfo's "Table of
     * Contents"): it goes with the list, which is left out.
     */
    private static boolean isContentsHeading(Heading heading) {
        if (!BookMatter.namesContents(headingText(heading))) {
            return false;
        }
        Node next = heading.getNext();
        while (next instanceof HtmlBlock) {
            next = next.getNext();
        }
        return next instanceof ListBlock list && ContentsListing.is(list);
    }

    /** The list items in {@code parent}, nested ones too. */
    private static int items(Node parent) {
        int items = 0;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            items += (node instanceof ListItem ? 1 : 0) + items(node);
        }
        return items;
    }

    private static String table(TableBlock table) {
        List<String> rows = new ArrayList<>();
        collectRows(table, rows);
        return String.join("\n", rows);
    }

    private static void collectRows(Node parent, List<String> rows) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        String text = inline(cell).strip();
                        if (!text.isEmpty()) {
                            cells.add(text);
                        }
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(String.join(" | ", cells));
                }
            } else {
                collectRows(node, rows);
            }
        }
    }

    /**
     * A heading's text as the HTML import reads the same heading: its inline raw HTML is no part of it (a link's words
     * are), nor is a permalink's "¶" ({@code <a class="headerlink">}, {@code <a class="anchor">}), as pandoc keeps both
     * from a Sphinx page.
     */
    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        boolean inPermalink = false;
        for (Node node = heading.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlInline html
                    && PERMALINK.matcher(html.getLiteral()).find()) {
                inPermalink = true;
            } else if (node instanceof HtmlInline html
                    && LINK_END.matcher(html.getLiteral()).matches()) {
                inPermalink = false;
            } else if (!inPermalink) {
                append(node, text);
            }
        }
        return text.toString();
    }

    /** The text of inline content as a reader sees it: links by their words, images by their alt text. */
    private static String inline(Node parent) {
        StringBuilder text = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            append(node, text);
        }
        return text.toString();
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof Text t) {
            text.append(t.getLiteral());
        } else if (node instanceof Code code) {
            text.append(code.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            text.append(' ');
        } else if (node instanceof HardLineBreak) {
            text.append('\n');
        } else if (!(node instanceof HtmlInline)) {
            text.append(inline(node));
        }
    }
}
