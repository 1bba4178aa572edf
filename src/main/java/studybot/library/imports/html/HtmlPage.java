package studybot.library.imports.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import studybot.library.Block;
import studybot.library.imports.NumberedTitle;
import studybot.library.imports.OutlineBuilder;
import studybot.library.imports.Skipped;

/**
 * Reads one parsed HTML page into an {@link OutlineBuilder}: headings {@code h1}–{@code h6} open sections,
 * {@code <pre>} is a code listing, a table becomes one readable line per row, an image its alt text, and every other
 * block of text a paragraph. A definition list's term stays with its definition: "branch: A named reference to the
 * commit at the tip of a branch." is one paragraph, since the definition alone names nothing (glossaries, a reference
 * page's options, an API's signatures). What a documentation generator puts around the text (navigation, sidebars,
 * headers, footers, search boxes, the "¶" links beside headings) and anything executable or invisible (scripts, styles,
 * forms, frames) is left out, counted by kind for the load report; so is a list that is a table of contents
 * ({@link ContentsList}), which the outline already gives. The page is only parsed; nothing in it is run or fetched.
 */
public final class HtmlPage {

    /** Kinds of element left out, and the word the report uses for them. */
    private static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("script", "script"),
            Map.entry("noscript", "script"),
            Map.entry("style", "style"),
            Map.entry("nav", "navigation"),
            Map.entry("header", "page-header"),
            Map.entry("footer", "page-footer"),
            Map.entry("aside", "sidebar"),
            Map.entry("form", "form"),
            Map.entry("iframe", "embedded-frame"),
            Map.entry("object", "embedded-object"),
            Map.entry("embed", "embedded-object"),
            Map.entry("template", "template"),
            Map.entry("button", "form"),
            Map.entry("input", "form"),
            Map.entry("select", "form"),
            Map.entry("textarea", "form"),
            Map.entry("svg", "image"),
            Map.entry("canvas", "image"),
            Map.entry("video", "media"),
            Map.entry("audio", "media"));
    /**
     * Classes and roles generators give their page furniture (Sphinx, DocBook, mdBook, AsciiDoc; texinfo's button rows
     * and node menus, which list the page's own sections; texinfo 6.8 and later put each node's "Next: …, Previous: …,
     * Up: … [Contents][Index]" line in a div.header or div.nav-panel, kept by pandoc when it makes an EPUB, its node
     * menus in ul.mini-toc, and its "Table of Contents" heading and list in div.Contents_element; Publican's "Prev /
     * Next" list, ul.docnav, and the banner and logo links above it).
     */
    private static final Evaluator FURNITURE =
            Selector.evaluatorOf("[role=navigation], [role=search], [role=banner], [role=contentinfo],"
                    + " [hidden], .sphinxsidebar, .related, .footer, .navheader, .navfooter, .nav-chapters, .nav-wrapper,"
                    + " #menu-bar, #sidebar, .mobile-nav-chapters, #footer, #header, .toc, #toc, .breadcrumbs,"
                    + " div.contents, table.header, table.menu, div.nav-panel, ul.mini-toc, div.Contents_element,"
                    + " div.Shortcontents_element, div.header:has(a[rel=next], a[rel=prev], a[rel=up]),"
                    + " ul.docnav, div#banner, p#title:has(img)");
    /** texinfo's button rows ("[Up] [Next] … [Contents] [Index]"): one before each node, one closing the page. */
    private static final Evaluator BUTTON_ROWS = Selector.evaluatorOf("table.header");
    /**
     * The "¶" and copy links generators put beside headings and listings, and DocBook's "[D]" link to an image's long
     * description: not the book, not worth counting.
     */
    private static final Evaluator DECORATION =
            Selector.evaluatorOf(".headerlink, .copy-button, a.anchor, .clearer, .longdesc-link");
    /** Footnote references (pandoc, EPUB 3, Sphinx, mdBook): their label is bracketed, "ownership.[1]". */
    private static final Evaluator NOTE_REFERENCES =
            Selector.evaluatorOf("[epub:type~=noteref], [role=doc-noteref], a.footnote-ref, sup.footnote-reference");
    /** Footnotes themselves, read as text (Sphinx and EPUB 3 put them in an {@code aside}, not a sidebar). */
    private static final Evaluator NOTES = Selector.evaluatorOf("[epub:type~=(foot|end)note$], [role=doc-footnote],"
            + " [role=doc-endnote], aside.footnote, .footnote-definition");
    /** A footnote's own label inside it (Sphinx, mdBook). */
    private static final Evaluator NOTE_LABEL = Selector.evaluatorOf(".label, .footnote-definition-label");
    /** Sphinx's box around its footnotes. */
    private static final Evaluator NOTE_LISTS = Selector.evaluatorOf("aside.footnote-list");
    /** Links from a footnote back to its reference: an arrow ("↩︎") unless they carry the label. */
    private static final Evaluator BACK_LINKS =
            Selector.evaluatorOf("[role=doc-backlink], a.footnote-back, .footnote-backref");
    /** Boxes whose headings ("Note", "Caution", "Example 3.1") label the box and open no section. */
    private static final Evaluator BOXES =
            Selector.evaluatorOf(".note, .caution, .warning, .tip, .important, .admonition, .example,"
                    + " .table, .figure, .informaltable, .sidebar, .topic");
    /** The block a DocBook reference page opens with: a "Name" heading, then "name — what it does". */
    private static final Evaluator REF_NAMES = Selector.evaluatorOf("div.refnamediv");
    /** The longest reference name taken for a title; longer, the line is prose that only looks like one. */
    private static final int MAX_REF_NAME = 80;
    /**
     * DocBook's credits on a title page: each author's, editor's or contributor's name is a heading ({@code h3.author}
     * in a {@code div.authorgroup}) that names a person and opens no section.
     */
    private static final Evaluator CREDITS =
            Selector.evaluatorOf(".authorgroup, .author, .editor, .othercredit, .corpauthor, .collab");
    /** Any element {@link #LEFT_OUT} names, to tell one nested in another (counted once, as the outer one). */
    private static final Evaluator LEFT_OUT_TAGS = Selector.evaluatorOf(String.join(",", LEFT_OUT.keySet()));
    /** Decoration and code inside a heading, left out of its title. */
    private static final Evaluator NOT_TITLE = Selector.evaluatorOf(".headerlink, a.anchor, script, style");

    private static final Evaluator TITLE_HEADINGS = Selector.evaluatorOf("h1, h2, h3");
    private static final Evaluator CAPTION = Selector.evaluatorOf("caption");
    private static final Evaluator ROWS = Selector.evaluatorOf("tr");
    private static final Evaluator CELLS = Selector.evaluatorOf("th, td");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern LEADING_NEWLINES = Pattern.compile("^\\n+");
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");
    /** A footnote's label in a definition list: a number, bracketed or not ("1", "[2]", "(3)"). */
    private static final Pattern FOOTNOTE_LABEL = Pattern.compile("[\\[(]?\\d*[\\])]?");

    private static final Evaluator MAIN = Selector.evaluatorOf("[role=main], main, div.body, article, #content");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "figure",
            "figcaption",
            "hr",
            "body",
            "center",
            "details",
            "summary",
            "address",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "img",
            "tr",
            "tbody",
            "thead");

    private final OutlineBuilder outline;
    private final String location;
    private final Map<String, Integer> leftOut = new LinkedHashMap<>();
    private final StringBuilder prose = new StringBuilder();
    /** The entries of the contents lists left out ({@link ContentsList}). */
    private int contentsLines;
    /** The terms of a definition list waiting for the first paragraph of their definition. */
    private final List<String> terms = new ArrayList<>();

    private HtmlPage(OutlineBuilder outline, String location) {
        this.outline = outline;
        this.location = location;
    }

    /**
     * Reads the page's content into {@code outline} (whose page the caller has started) and returns what was left out,
     * one entry per kind with its count.
     *
     * @param location the page's name in the book, such as {@code library/os.html}
     */
    public static List<Skipped> read(Document page, OutlineBuilder outline, String location) {
        HtmlPage reader = new HtmlPage(outline, location);
        Element content = content(page);
        readFootnotes(page);
        reader.leaveOutTexinfoFooter(page);
        page.select(DECORATION).remove();
        for (Element furniture : page.select(FURNITURE)) {
            if (furniture.parent() != null
                    && !furniture.equals(content)
                    && !content.parents().contains(furniture)) {
                reader.leftOut.merge(furnitureKind(furniture), 1, Integer::sum);
                furniture.remove();
            }
        }
        for (Element element : page.getAllElements()) {
            if (LEFT_OUT.containsKey(element.normalName())
                    && !element.parents().contains(content)
                    && element.parents().stream().noneMatch(parent -> parent.is(LEFT_OUT_TAGS))) {
                reader.leftOut.merge(LEFT_OUT.get(element.normalName()), 1, Integer::sum);
            }
        }
        reader.walk(content);
        reader.flushProse();
        reader.flushTerm();
        List<Skipped> skipped = new ArrayList<>();
        if (reader.contentsLines > 0) {
            skipped.add(Skipped.of("front-matter", "contentsList", Map.of("count", reader.contentsLines), location));
        }
        reader.leftOut.forEach((kind, count) ->
                skipped.add(Skipped.of(kind, "leftOut", Map.of("count", count, "kind", kind), location)));
        return skipped;
    }

    /** The page's title: its first heading, else its {@code <title>}, else empty. */
    public static String title(Document page) {
        Element heading = content(page).selectFirst(TITLE_HEADINGS);
        if (heading != null) {
            return textOf(heading);
        }
        return page.title().strip();
    }

    /**
     * Whether the page numbers its own sections from 1 (SQLite's "1. Executive Summary", "2. The Split Amalgamation"
     * under the title "The SQLite Amalgamation"): its first heading prints "1" and its {@code <title>} names something
     * else, or a heading of its level prints "2" ("1. Datatypes In SQLite", "2. Storage Classes", titled "Datatypes In
     * SQLite"), so its numbers are the page's own; SQLite's older pages print "1.0", "2.0" alike. A chapter's page ("1.
     * Basics" over "1.1 Flour", titled "Chapter 1. Basics") keeps its number.
     */
    static boolean numbersItsOwnSections(Document page) {
        Element first = content(page).selectFirst(TITLE_HEADINGS);
        String title = normalized(page.title());
        if (first == null || title.isEmpty()) {
            return false;
        }
        NumberedTitle heading = NumberedTitle.of(textOf(first));
        if (!isWholeNumber(heading.printedNumber(), 1)) {
            return false;
        }
        return !title.contains(normalized(heading.title()))
                || content(page).select(first.normalName()).stream()
                        .anyMatch(other ->
                                isWholeNumber(NumberedTitle.of(textOf(other)).printedNumber(), 2));
    }

    /** Whether a printed number is {@code whole} by itself or as "{@code whole}.0". */
    private static boolean isWholeNumber(String printedNumber, int whole) {
        return NumberedTitle.parts(printedNumber)
                .filter(parts -> parts.get(0) == whole && (parts.size() == 1 || parts.equals(List.of(whole, 0))))
                .isPresent();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Where the text is: the generator's main area when it marks exactly one, else the body (a page that joins several
     * generated pages, as a converted EPUB chapter may, has one main area per page).
     */
    static Element content(Document page) {
        List<Element> mains = page.select(MAIN).stream()
                .filter(main -> main.parents().stream().noneMatch(parent -> parent.is(MAIN)))
                .toList();
        if (mains.size() == 1) {
            return mains.get(0);
        }
        return page.body() != null ? page.body() : page;
    }

    /**
     * Keeps footnotes readable: a reference's label stands apart from the word before it ("ownership.[1]", where the
     * text would read "ownership.1"), each footnote starts with its label, arrows back to the reference are dropped,
     * and footnotes in an {@code aside} are read as text rather than left out as a sidebar.
     */
    private static void readFootnotes(Document page) {
        Map<String, String> labels = new HashMap<>();
        for (Element reference : page.select(NOTE_REFERENCES)) {
            Element link = reference.is("a") ? reference : reference.selectFirst("a[href]");
            String href = link == null ? "" : link.attr("href");
            String label = bracketed(reference.text());
            if (label.isEmpty()) {
                continue;
            }
            reference.text(label);
            if (href.startsWith("#")) {
                labels.putIfAbsent(href.substring(1), label);
            }
        }
        for (Element back : page.select(BACK_LINKS)) {
            if (back.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                back.remove();
            }
        }
        for (Element note : page.select(NOTES)) {
            Element own = note.selectFirst(NOTE_LABEL);
            String label = own == null ? labels.getOrDefault(note.id(), "") : bracketed(own.text());
            if (own != null) {
                own.remove();
            }
            if (!label.isEmpty()) {
                Element first = note.selectFirst("p");
                (first == null ? note : first).prependText(label + " ");
            }
            if (note.normalName().equals("aside")) {
                note.tagName("div");
            }
        }
        page.select(NOTE_LISTS).tagName("div");
    }

    /** A footnote's label in brackets ("[1]"), as printed when it has them already; empty when there is none. */
    private static String bracketed(String label) {
        String text = label.strip();
        return text.isEmpty() || text.startsWith("[") ? text : "[" + text + "]";
    }

    /**
     * What follows the button row that closes a texinfo page, when no heading does: the generator's credit ("This
     * document was generated on … using texi2any.") and the manual's own footer ("Zsh version 5.9, released on …"),
     * which carry no class to tell them by and are not the book.
     */
    private void leaveOutTexinfoFooter(Document page) {
        Element closing = page.select(BUTTON_ROWS).last();
        if (closing == null) {
            return;
        }
        List<Node> after = new ArrayList<>();
        for (Node node = closing.nextSibling(); node != null; node = node.nextSibling()) {
            after.add(node);
        }
        boolean anyText = after.stream()
                .anyMatch(node -> node instanceof Element element
                        ? !element.text().isBlank()
                        : node instanceof TextNode text && !text.isBlank());
        boolean anyHeading = after.stream()
                .anyMatch(node -> node instanceof Element element
                        && element.getAllElements().stream()
                                .anyMatch(inside -> HEADINGS.contains(inside.normalName())));
        if (anyText && !anyHeading) {
            after.forEach(Node::remove);
            leftOut.merge("page-footer", 1, Integer::sum);
        }
    }

    private static String furnitureKind(Element element) {
        String marks = (element.className() + " " + element.id() + " " + element.attr("role")).toLowerCase(Locale.ROOT);
        if (marks.contains("footer") || marks.contains("contentinfo")) {
            return "page-footer";
        }
        if (marks.contains("toc") || marks.contains("contents_element")) {
            return "page-contents";
        }
        return "navigation";
    }

    /**
     * A DocBook reference page (a man page) opens with a heading that only says "Name" ("Nombre", "Nom") above
     * "aptitude — high-level interface": the page's section is titled by the name, as its own title is, not by that
     * heading.
     */
    private Optional<String> refName(Element heading) {
        Element names = heading.parent();
        if (names == null || !names.is(REF_NAMES)) {
            return Optional.empty();
        }
        Element line = names.selectFirst("p");
        if (line == null) {
            return Optional.empty();
        }
        String text = textOf(line);
        int dash = text.indexOf(" — ");
        String name = dash < 0 ? "" : text.substring(0, dash).strip();
        return name.isEmpty() || name.length() > MAX_REF_NAME ? Optional.empty() : Optional.of(name);
    }

    private void walk(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                appendProse(text.text());
            } else if (child instanceof Element e) {
                visit(e);
            }
        }
    }

    private void visit(Element element) {
        String tag = element.normalName();
        if (LEFT_OUT.containsKey(tag)) {
            leftOut.merge(LEFT_OUT.get(tag), 1, Integer::sum);
        } else if (ContentsList.is(element)) {
            flushProse();
            flushTerm();
            contentsLines += element.select("li").size();
        } else if (HEADINGS.contains(tag)) {
            flushProse();
            flushTerm();
            String text = refName(element).orElse(textOf(element));
            if (!text.isEmpty() && (element.closest(BOXES) != null || element.closest(CREDITS) != null)) {
                outline.block(Block.prose(text));
            } else if (!text.isEmpty()) {
                outline.heading(tag.charAt(1) - '0', text, location + anchor(element));
            }
        } else if (tag.equals("dt")) {
            flushProse();
            Element before = element.previousElementSibling();
            if (before == null || !before.normalName().equals("dt")) {
                flushTerm();
            }
            addTerm(textOf(element));
        } else if (tag.equals("dd")) {
            flushProse();
            walk(element);
            flushProse();
            flushTerm();
        } else if (tag.equals("pre")) {
            flushProse();
            flushTerm();
            outline.block(Block.code(LEADING_NEWLINES
                    .matcher(element.wholeText().stripTrailing())
                    .replaceAll("")));
        } else if (tag.equals("table")) {
            flushProse();
            flushTerm();
            outline.block(new Block(Block.Kind.TABLE, tableText(element)));
        } else if (tag.equals("img")) {
            flushProse();
            flushTerm();
            String alt = element.attr("alt").strip();
            outline.block(new Block(
                    Block.Kind.IMAGE, alt.isEmpty() ? "[an image without a description]" : "[image: " + alt + "]"));
        } else if (tag.equals("br")) {
            appendProse("\n");
        } else if (isBlock(element)) {
            flushProse();
            if (hasBlocks(element)) {
                walk(element);
            } else {
                appendProse(element.text());
            }
            flushProse();
            if (tag.equals("dl")) {
                flushTerm();
            }
        } else if (hasBlocks(element)) {
            walk(element);
        } else {
            appendProse(element.text());
        }
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    private static boolean hasBlocks(Element element) {
        for (Element child : element.children()) {
            if (isBlock(child)
                    || LEFT_OUT.containsKey(child.normalName())
                    || child.normalName().equals("br")
                    || hasBlocks(child)) {
                return true;
            }
        }
        return false;
    }

    private void appendProse(String text) {
        if ("\n".equals(text)) {
            prose.append('\n');
            return;
        }
        String folded = SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ");
        if (folded.isBlank()) {
            if (prose.length() > 0 && prose.charAt(prose.length() - 1) != ' ') {
                prose.append(' ');
            }
            return;
        }
        prose.append(folded);
    }

    private void flushProse() {
        String text = SPACES_AROUND_NEWLINE.matcher(prose).replaceAll("\n").strip();
        prose.setLength(0);
        if (!text.isEmpty() && !terms.isEmpty()) {
            text = String.join(", ", terms) + ": " + text;
            terms.clear();
        }
        if (!text.isEmpty()) {
            outline.block(Block.prose(text));
        }
    }

    /**
     * Keeps a definition list's term for the first paragraph of its definition; the terms of one definition ("-a",
     * "--all", one {@code dt} after the other) are joined. A number alone (a footnote's "1", "[2]") names nothing and
     * is left as it was, a paragraph of its own; a symbol is a name in a shell manual (the prompt escapes "%@" and
     * "%*", the precommand modifier "-") and stays with its definition.
     */
    private void addTerm(String text) {
        String stripped = TRAILING_COLON.matcher(text.strip()).replaceAll("");
        if (FOOTNOTE_LABEL.matcher(stripped).matches()) {
            flushTerm();
            appendProse(text);
            flushProse();
            return;
        }
        terms.add(stripped);
    }

    /** A term whose definition opened with no paragraph (code, a table) or was empty: a paragraph of its own. */
    private void flushTerm() {
        if (!terms.isEmpty()) {
            outline.block(Block.prose(String.join(", ", terms)));
            terms.clear();
        }
    }

    private static String tableText(Element table) {
        List<String> rows = new ArrayList<>();
        Element caption = table.selectFirst(CAPTION);
        if (caption != null && !caption.text().isBlank()) {
            rows.add(caption.text().strip());
        }
        for (Element row : table.select(ROWS)) {
            String line = row.select(CELLS).stream()
                    .map(cell -> cell.text().strip())
                    .filter(cell -> !cell.isEmpty())
                    .collect(Collectors.joining(" | "));
            if (!line.isEmpty()) {
                rows.add(line);
            }
        }
        return String.join("\n", rows);
    }

    private static String anchor(Element heading) {
        String id = heading.id();
        if (id.isEmpty() && heading.parent() != null) {
            id = heading.parent().id();
        }
        return id.isEmpty() ? "" : "#" + id;
    }

    static String textOf(Element element) {
        Element copy = element.clone();
        copy.select(NOT_TITLE).remove();
        return copy.text().replace('\u00a0', ' ').strip();
    }
}
