package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.imports.markdown.MarkdownReader;

/**
 * A texinfo manual as pandoc writes its HTML to GitHub Markdown ({@code pandoc -f html -t gfm}): the title twice as
 * {@code #} headings (the title page, then the top node), the chapters as {@code ##} headings with their printed
 * numbers, a navigation line in a raw {@code <div class="header">} before each node, a table of contents of raw HTML
 * links, and the footnotes as headings at the end.
 */
class TexinfoMarkdownTest {

    private final MarkdownReader reader = new MarkdownReader();
    private final BookAssembler assembler = new BookAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void chaptersKeepTheirPrintedNumbersAndTheTitleIsTheBooksNotAChapter(@TempDir Path temp)
            throws IOException, LibraryException {
        AssembledBook book = assembler.assemble(reader.read(manual(temp), ImportLimits.DEFAULT), "widgets.md");

        assertThat(book.report().title()).isEqualTo("The Widget Manual");
        assertThat(book.library().sections())
                .extracting(section -> section.number() + " " + section.title())
                .contains(
                        "1.0 Overview",
                        "1.1 Parts",
                        "1.1.1 Springs",
                        "2.0 Assembly",
                        "2.1 Tools",
                        "2.2 Steps using wind",
                        "3.0 Care");
        assertThat(book.report().renumbered()).isEmpty();
        assertThat(book.library().sections())
                .extracting(Section::body)
                .noneMatch(text -> text.contains("Next:") || text.contains("Previous:"));
        assertThat(book.report().skipped())
                .extracting(skipped -> skipped.kind() + ": " + skipped.reason())
                .contains(
                        "front-matter: the title page is not a section", "navigation: 5 navigation parts not imported");
    }

    @Test
    void theContentsListOfRawHtmlLinksIsLeftOutWithItsHeadingAndReported(@TempDir Path temp)
            throws IOException, LibraryException {
        AssembledBook book = assembler.assemble(reader.read(manual(temp), ImportLimits.DEFAULT), "widgets.md");

        assertThat(book.library().sections()).extracting(Section::title).doesNotContain("Table of Contents");
        assertThat(book.library().sections())
                .extracting(Section::body)
                .noneMatch(text -> text.contains("1.1.1 Springs") || text.contains("Concept index"));
        assertThat(book.report().skipped())
                .extracting(skipped -> skipped.kind() + ": " + skipped.reason())
                .contains(
                        "front-matter: 8 entries of a table of contents in the text, which the outline already gives");
    }

    @Test
    void theFootnotesGatheredAtTheEndAreNoSectionsAndTheMarkersStay(@TempDir Path temp)
            throws IOException, LibraryException {
        AssembledBook book = assembler.assemble(reader.read(manual(temp), ImportLimits.DEFAULT), "widgets.md");

        assertThat(book.library().sections())
                .extracting(Section::title)
                .doesNotContain("Footnotes", "(1)", "(2)")
                .endsWith("Care");
        assertThat(book.library().sections())
                .extracting(Section::body)
                .noneMatch(text -> text.contains("Older widgets used a weight instead."))
                .anyMatch(text -> text.contains("A widget turns a spring's force into motion.1"));
        assertThat(book.report().skipped())
                .extracting(skipped -> skipped.kind() + ": " + skipped.reason())
                .contains(
                        "footnotes: 2 footnotes gathered under \"Footnotes\" at the end, left out of the sections"
                                + " (the markers in the text stay)",
                        "index: \"Concept index\" is the book's index (terms and page numbers), not a section");
    }

    /** A small manual in texinfo's shape, written as pandoc writes it. */
    static Path manual(Path folder) throws IOException {
        String page = String.join(
                "\n",
                "# The Widget Manual",
                "",
                "<div id=\"Top\" class=\"top\">",
                "",
                navigation("Overview", "", ""),
                "<span id=\"The-Widget-Manual\"></span>",
                "",
                "# The Widget Manual",
                "",
                "This manual documents widgets, version 2.1.",
                "",
                "<div id=\"SEC_Contents\" class=\"Contents_element\">",
                "",
                "## Table of Contents",
                "",
                "<div class=\"contents\">",
                "",
                "-   <a href=\"#Overview\" id=\"toc-Overview-1\">1 Overview</a>",
                "    -   <a href=\"#Parts\" id=\"toc-Parts-1\">1.1 Parts</a>",
                "        -   <a href=\"#Springs\" id=\"toc-Springs-1\">1.1.1",
                "            Springs</a>",
                "-   <a href=\"#Assembly\" id=\"toc-Assembly-1\">2 Assembly</a>",
                "    -   <a href=\"#Tools\" id=\"toc-Tools-1\">2.1 Tools</a>",
                "    -   <a href=\"#Steps\" id=\"toc-Steps-1\">2.2 Steps using",
                "        <code>wind</code></a>",
                "-   <a href=\"#Care\" id=\"toc-Care-1\">3 Care</a>",
                "-   <a href=\"#Concept-index\" rel=\"index\" id=\"toc-Concept-index-1\">Concept",
                "    index</a>",
                "",
                "</div>",
                "",
                "</div>",
                "",
                "</div>",
                "",
                "<div id=\"Overview\" class=\"chapter\">",
                "",
                navigation("Assembly", "Top", "Top"),
                "<span id=\"Overview-1\"></span>",
                "",
                "## 1 Overview",
                "",
                "A widget turns a spring's force into motion.<a href=\"#FOOT1\" id=\"DOCF1\"><sup>1</sup></a>",
                "",
                "### 1.1 Parts",
                "",
                "A widget has a frame, a spring and a crank.",
                "",
                "#### 1.1.1 Springs",
                "",
                "The spring is wound by the crank.<a href=\"#FOOT2\" id=\"DOCF2\"><sup>2</sup></a>",
                "",
                "</div>",
                "",
                "<div id=\"Assembly\" class=\"chapter\">",
                "",
                navigation("Care", "Overview", "Top"),
                "## 2 Assembly",
                "",
                "Assembly takes an hour.",
                "",
                "### 2.1 Tools",
                "",
                "You need a screwdriver.",
                "",
                "### 2.2 Steps using `wind`",
                "",
                "Fit the spring, then wind it.",
                "",
                "```",
                "wind --turns 3",
                "```",
                "",
                "</div>",
                "",
                "<div id=\"Care\" class=\"chapter\">",
                "",
                navigation("Concept-index", "Assembly", "Top"),
                "## 3 Care",
                "",
                "Oil the spring once a year.",
                "",
                "</div>",
                "",
                "<div id=\"Concept-index\" class=\"unnumbered\">",
                "",
                navigation("", "Care", "Top"),
                "## Concept index",
                "",
                "|          |                                                  |",
                "|----------|--------------------------------------------------|",
                "| Jump to: | <a href=\"#Concept-index_cp_letter-C\"><strong>C</strong></a> |",
                "",
                "| Index Entry | Section |",
                "|-------------|---------|",
                "| <a href=\"#index-crank\">crank</a>: | <a href=\"#Parts\">Parts</a> |",
                "| <a href=\"#index-spring\">spring</a>: | <a href=\"#Springs\">Springs</a> |",
                "",
                "</div>",
                "",
                "</div>",
                "",
                "<div class=\"footnote\">",
                "",
                "------------------------------------------------------------------------",
                "",
                "#### Footnotes",
                "",
                "##### <a href=\"#DOCF1\" id=\"FOOT1\">(1)</a>",
                "",
                "Older widgets used a weight instead.",
                "",
                "##### <a href=\"#DOCF2\" id=\"FOOT2\">(2)</a>",
                "",
                "Three turns are enough for a day.",
                "",
                "</div>",
                "");
        return Files.writeString(folder.resolve("widgets.md"), page);
    }

    /** texinfo's line before a node: "Next: …, Previous: …, Up: … [Contents][Index]", in its raw div. */
    private static String navigation(String next, String previous, String up) {
        StringBuilder line = new StringBuilder();
        if (!next.isEmpty()) {
            line.append("Next: <a href=\"#").append(next).append("\" accesskey=\"n\"\nrel=\"next\">");
            line.append(next).append("</a>, ");
        }
        if (!previous.isEmpty()) {
            line.append("Previous: <a href=\"#").append(previous).append("\" accesskey=\"p\"\nrel=\"prev\">");
            line.append(previous).append("</a>, ");
        }
        if (!up.isEmpty()) {
            line.append("Up: <a href=\"#").append(up).append("\" accesskey=\"u\" rel=\"up\">");
            line.append(up).append("</a>  ");
        }
        line.append("\n\\[<a href=\"#SEC_Contents\" rel=\"contents\"\ntitle=\"Table of contents\">Contents</a>\\]")
                .append("\\[<a href=\"#Concept-index\" rel=\"index\"\ntitle=\"Index\">Index</a>\\]");
        return String.join("\n", "<div class=\"header\">", "", line.toString(), "", "</div>", "");
    }
}
