package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Block;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.imports.markdown.MarkdownReader;

class MarkdownReaderTest {

    private static final Path BOOK = Path.of("src/test/resources/books/markdown-book");

    private final MarkdownReader reader = new MarkdownReader();
    private final BookAssembler assembler = new BookAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void followsSummaryOrderAndNestingWithTheNumbersMdBookPrints() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "markdown-book");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly(
                        "0.0 Introduction",
                        "1.0 Getting Started",
                        "1.1 Installing",
                        "2.0 Queues",
                        "2.1 Durable Queues",
                        "2.1.1 Acknowledgements");
        assertThat(book.report().renumbered()).isEmpty();
        assertThat(book.report().skipped()).extracting(Skipped::kind).contains("draft-chapter", "raw-html");
    }

    @Test
    void aChapterPagesOwnHeadingBeforeItsFirstPageStaysInTheChaptersText() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "markdown-book");

        assertThat(book.library().find(SectionNumber.of(1, 0)).orElseThrow().blocks())
                .contains(Block.prose("Checking the Broker"), Block.code("broker --check"));
    }

    @Test
    void codeTablesAndImagesAreBlocksOfTheirOwn() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "markdown-book");
        Section installing = book.library().find(SectionNumber.of(1, 1)).orElseThrow();

        assertThat(installing.blocks())
                .extracting(Block::kind)
                .containsExactly(Block.Kind.PROSE, Block.Kind.CODE, Block.Kind.TABLE, Block.Kind.IMAGE);
        assertThat(installing.blocks().get(1).text()).isEqualTo("apt-get install broker");
        assertThat(installing.blocks().get(2).text()).startsWith("Platform | Command\nDebian | apt-get");
        assertThat(installing.blocks().get(3).text()).contains("The broker's dashboard");
        assertThat(book.library().sections().stream().map(Section::searchableText))
                .noneMatch(text -> text.contains("never run"));
    }

    @Test
    void aFileWithoutNumbersIsNumberedByItsHeadings() throws LibraryException {
        AssembledBook book = assembler.assemble(
                reader.read(Path.of("src/test/resources/books/unnumbered.md"), ImportLimits.DEFAULT), "unnumbered.md");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("1.0 Why Logs Matter", "2.0 Reading Logs");
        assertThat(book.library().find(SectionNumber.of(2, 0)).orElseThrow().paragraphs())
                .containsExactly(
                        "Read logs from the newest line backwards. The newest lines explain the latest" + " failure.");
    }

    @Test
    void aFolderOfSeedTextWithAReadmeIsNotAMarkdownBook(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("README.md"), "# Seeds\n\nThe book's text files.");
        Files.writeString(temp.resolve("book.txt"), "1.1 One\n\nText.");

        assertThat(reader.accepts(temp)).isFalse();
        assertThat(reader.accepts(BOOK)).isTrue();
    }

    /** R's language manual, made by pandoc from texinfo, has paragraphs of thousands of characters in one span. */
    @Test
    void aSpanOfAWholeLongParagraphIsReadWithoutRunningOutOfStack(@TempDir Path temp)
            throws IOException, LibraryException {
        String words = "a tally counts each ledger entry once, ".repeat(5_000);
        Path book = Files.writeString(temp.resolve("long.md"), "# Tallies\n\n[" + words.strip() + "]{.long-span}\n");

        ImportedBook imported = reader.read(book, ImportLimits.DEFAULT);

        assertThat(imported.chapters().get(0).blocks()).extracting(Block::text).containsExactly(words.strip());
    }

    @Test
    void pandocsAttributesDivsAndRawBlocksAreTakenOutKeepingTheTextAndTheCode(@TempDir Path temp)
            throws IOException, LibraryException {
        String page = String.join(
                "\n",
                "# 4 More Control Flow Tools {#more-control-flow .section}",
                "",
                "## 4.6 [`match`{.xref .std .std-keyword .docutils .literal",
                ".notranslate}](#match){.reference .internal} Statements",
                "",
                "A [[match]{.pre}]{.n} statement takes an expression, see [[the",
                "tutorial]{.std .std-ref}](#tut){.reference .internal}; `[a]{.b}` stays as written.",
                "",
                "::: {.highlight-python3 .notranslate}",
                "::: highlight",
                "    match status:",
                "        case 400:",
                "            return \"Bad request\"",
                ":::",
                ":::",
                "",
                "::: {.highlight-python3 .notranslate}",
                "::: highlight",
                "    print(\"::: {.kept}\")",
                ":::",
                ":::",
                "",
                "```{=html}",
                "<!-- -->",
                "```",
                "",
                "[list.index]{.sig-name}(x)",
                "",
                ":   Returns the index of *x*.",
                "",
                "    Raises an error if there is none.",
                "",
                "```python",
                "x = [1]{.not-an-attribute}",
                "```",
                "");
        Path book = Files.writeString(temp.resolve("pandoc.md"), page);

        ImportedBook imported = reader.read(book, ImportLimits.DEFAULT);
        ImportedSection chapter = imported.chapters().get(0);

        assertThat(chapter.title()).isEqualTo("More Control Flow Tools");
        assertThat(chapter.children()).extracting(ImportedSection::title).containsExactly("match Statements");
        assertThat(chapter.children().get(0).blocks())
                .extracting(Block::kind, Block::text)
                .containsExactly(
                        tuple(
                                Block.Kind.PROSE,
                                "A match statement takes an expression, see the tutorial; [a]{.b} stays as written."),
                        tuple(Block.Kind.CODE, "match status:\n    case 400:\n        return \"Bad request\""),
                        tuple(Block.Kind.CODE, "print(\"::: {.kept}\")"),
                        tuple(Block.Kind.PROSE, "list.index(x)"),
                        tuple(Block.Kind.PROSE, "Returns the index of x."),
                        tuple(Block.Kind.PROSE, "Raises an error if there is none."),
                        tuple(Block.Kind.CODE, "x = [1]{.not-an-attribute}"));
        assertThat(imported.skipped())
                .extracting(skipped -> skipped.reason().toString())
                .containsExactly("1 block of raw HTML not imported");
    }

    @Test
    void aTableOfContentsIsLeftOutAsFrontMatterWhileListsThatSaySomethingStay(@TempDir Path temp)
            throws IOException, LibraryException {
        String page = String.join(
                "\n",
                "# The Tutorial",
                "",
                "Python is easy to learn.",
                "",
                "- [1. Whetting Your Appetite](appetite.html)",
                "- [4. More Control Flow Tools](controlflow.html)",
                "    - [4.8.6. Lambda Expressions](controlflow.html#lambda)",
                "- [5. Data Structures](data.html)",
                "- [6. Modules](modules.html)",
                "- [7. Input and Output](io.html)",
                "- [8. Errors and Exceptions](errors.html)",
                "- [9. Classes](classes.html)",
                "",
                "These roles are described with their domains:",
                "",
                "- [Python](py.md)",
                "- [C](c.md)",
                "- [JavaScript](js.md)",
                "",
                "The flags:",
                "",
                "- [`stat.UF_NODUMP`](stat.html#nodump)",
                "- [`stat.UF_APPEND`](stat.html#append)",
                "- [`stat.UF_HIDDEN`](stat.html#hidden)",
                "",
                "See:",
                "",
                "1. [Streams](a.md): how events flow and where they are kept",
                "2. [Windows](b.md): how events are grouped by the time they arrived",
                "3. [Joins](c.md): how two streams are matched on a key",
                "");
        Path book = Files.writeString(temp.resolve("tutorial.md"), page);

        ImportedBook imported = reader.read(book, ImportLimits.DEFAULT);

        assertThat(imported.chapters().get(0).blocks())
                .extracting(Block::text)
                .containsExactly(
                        "Python is easy to learn.",
                        "These roles are described with their domains:",
                        "Python",
                        "C",
                        "JavaScript",
                        "The flags:",
                        "stat.UF_NODUMP",
                        "stat.UF_APPEND",
                        "stat.UF_HIDDEN",
                        "See:",
                        "Streams: how events flow and where they are kept",
                        "Windows: how events are grouped by the time they arrived",
                        "Joins: how two streams are matched on a key");
        assertThat(imported.skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().toString())
                .containsExactly(tuple(
                        "front-matter",
                        "8 entries of a table of contents in the text, which the outline already gives"));
    }
}
