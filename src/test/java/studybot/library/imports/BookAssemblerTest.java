package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studybot.library.Block;
import studybot.library.Library;
import studybot.library.LibraryException;
import studybot.library.Section;

class BookAssemblerTest {

    private final BookAssembler assembler = new BookAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void keepsPrintedNumbersAndNestsByThem() throws LibraryException {
        AssembledBook book = assemble(
                node(
                        "20",
                        "Caches",
                        text("What caches are for."),
                        node("20.4", "Replication", text("Replicas copy the primary.")),
                        node("20.4.1", "Failover", text("A replica takes over."))),
                node("21", "Queues", text("Queues hold messages.")));

        assertThat(headings(book.library()))
                .containsExactly("20.0 Caches", "20.4 Replication", "20.4.1 Failover", "21.0 Queues");
        assertThat(book.library().chapterTitle(20)).contains("Caches");
        assertThat(book.report().renumbered()).isEmpty();
        assertThat(book.report().sectionsByDepth())
                .containsEntry(1, 2)
                .containsEntry(2, 1)
                .containsEntry(3, 1);
    }

    @Test
    void numbersABookWithoutNumbersByItsTableOfContents() throws LibraryException {
        AssembledBook book = assemble(
                node("", "Intro", text("Hello there.")),
                node(
                        "",
                        "Basics",
                        List.of(),
                        node("", "Keys", text("Keys name values.")),
                        node("", "Values", text("Values are bytes."))));

        assertThat(headings(book.library())).containsExactly("1.0 Intro", "2.1 Keys", "2.2 Values");
        assertThat(book.report().renumbered()).isEmpty();
    }

    @Test
    void aClashingPrintedNumberIsRenumberedByOrderAndReported() throws LibraryException {
        AssembledBook book = assemble(node(
                "1",
                "One",
                text("First."),
                node("1.2", "Second", text("B.")),
                node("6.2", "Stray", text("A preface's own number."))));

        assertThat(headings(book.library())).containsExactly("1.0 One", "1.2 Second", "1.3 Stray");
        assertThat(book.report().renumbered()).singleElement().asString().contains("6.2 Stray", "numbered 1.3");
    }

    /**
     * German audit 8a: /book info words the report for its reader, the renumbered headings too; the log reads English.
     */
    @Test
    void theRenumberedHeadingsAreWordedForTheReportsReader() throws LibraryException {
        AssembledBook book = assemble(
                node("1", "One", text("First."), node("1.2", "Second", text("B.")), node("6.2", "Stray", text("A."))));

        assertThat(book.report().lines(Locale.GERMAN))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("  6.2 Stray (")
                        .endsWith(": nummeriert als 1.3, nach seinem Platz im Inhaltsverzeichnis"))
                .noneSatisfy(line -> assertThat(line).contains("by its place"));
        assertThat(book.report().lines())
                .anySatisfy(line -> assertThat(line).endsWith(": numbered 1.3, by its place in the table of contents"));
    }

    @Test
    void aPrefaceBeforeChapterOneIsChapterZeroAndPartsGiveWayToTheirChapters() throws LibraryException {
        AssembledBook book = assemble(
                node("", "Preface", text("Why this book.")),
                node(
                        "I",
                        "Tutorial",
                        text("This part teaches."),
                        node("1", "Getting Started", text("Start here.")),
                        node("1.1", "Installation", text("Install it."))),
                node("2", "Advanced", text("More.")));

        assertThat(headings(book.library()))
                .containsExactly("0.0 Preface", "1.0 Getting Started", "1.1 Installation", "2.0 Advanced");
        assertThat(book.report().skipped())
                .singleElement()
                .satisfies(skipped -> assertThat(skipped.kind()).isEqualTo("part-introduction"));
    }

    @Test
    void severalUnnumberedChaptersBeforeChapterOneMakeATitledChapterZero() throws LibraryException {
        AssembledBook book = assemble(
                node("", "The Rust Programming Language", text("By Steve and Carol.")),
                node("", "Foreword", text("It wasn't always so clear.")),
                node("", "Introduction", text("Welcome to the book.")),
                node("1", "Getting Started", text("Let's start.")));

        assertThat(headings(book.library()))
                .containsExactly(
                        "0.0 The Rust Programming Language", "0.1 Foreword", "0.2 Introduction", "1.0 Getting Started");
        assertThat(book.library().chapterTitle(0)).contains("The Rust Programming Language");
    }

    @Test
    void anUnnumberedHeadingBeforePrintedSectionsKeepsTheirNumbers() throws LibraryException {
        AssembledBook book = assemble(node(
                "3",
                "Common Programming Concepts",
                text("Concepts every language has."),
                node("", "Keywords", text("Keywords are reserved.")),
                node("3.1", "Variables and Mutability", text("Variables are immutable by default.")),
                node("", "Summary of Variables", text("Shadowing is not mutation.")),
                node("3.2", "Data Types", text("Every value has a type."))));

        assertThat(headings(book.library()))
                .containsExactly(
                        "3.0 Common Programming Concepts",
                        "3.1 Variables and Mutability",
                        "3.1.1 Summary of Variables",
                        "3.2 Data Types");
        assertThat(book.library().sections().get(0).paragraphs())
                .containsExactly("Concepts every language has.", "Keywords", "Keywords are reserved.");
        assertThat(book.report().renumbered()).isEmpty();
    }

    @Test
    void aBookUnderOneTitleTakesItsChildrenAsChapters() throws LibraryException {
        AssembledBook book = assemble(node(
                "", "My Book", text("Welcome."), node("", "First", text("One.")), node("", "Second", text("Two."))));

        assertThat(headings(book.library())).containsExactly("0.0 My Book", "1.0 First", "2.0 Second");
    }

    @Test
    void headingsDeeperThanSixLevelsStayInTheirAncestorsText() throws LibraryException {
        ImportedSection deepest = node("", "Seven", text("Very deep."));
        ImportedSection tree = deepest;
        for (String title : List.of("Six", "Five", "Four", "Three", "Two", "One")) {
            tree = node("", title, text(title + " text."), tree);
        }
        AssembledBook book = assemble(tree, node("", "Other", text("Other text.")));

        Section six = book.library().sections().stream()
                .filter(s -> s.title().equals("Six"))
                .findFirst()
                .orElseThrow();
        assertThat(six.number().depth()).isEqualTo(6);
        assertThat(six.paragraphs()).containsExactly("Six text.", "Seven", "Very deep.");
    }

    @Test
    void countsWordsCodeTablesAndImages() throws LibraryException {
        AssembledBook book = assemble(node(
                "1",
                "One",
                List.of(
                        Block.prose("three small words"),
                        Block.code("x = 1"),
                        new Block(Block.Kind.TABLE, "a | b"),
                        new Block(Block.Kind.IMAGE, "[image]"))));

        assertThat(book.report().words()).isEqualTo(3);
        assertThat(book.report().codeBlocks()).isEqualTo(1);
        assertThat(book.report().tables()).isEqualTo(1);
        assertThat(book.report().images()).isEqualTo(1);
    }

    @Test
    void aBookWithNoTextIsRefused() {
        ImportedBook empty = new ImportedBook("", "", "", "", List.of(), List.of(), 1);

        assertThatThrownBy(() -> assembler.assemble(empty, "empty.epub"))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("empty.epub: no sections");
    }

    @Test
    void aBackOfBookIndexIsNotASectionButAChapterAboutIndexesIs() throws LibraryException {
        AssembledBook book = assemble(
                node("1", "Tables", text("A table holds rows. Each row has columns.")),
                node(
                        "2",
                        "Indexes",
                        text("An index makes a lookup fast. It costs space and slows writes a little."),
                        node("2.1", "Index types", text("A B-tree index sorts its keys. A hash index does not."))),
                node(
                        "3",
                        "Function and variable index",
                        text("NA . . . . . . . . . 11\nncol . . . . . . . 22\nnrow . . . . . . . 22\n"
                                + "attach . . . . . . 27\ndetach . . . . . . 27\nlm . . . . . . . . . 54\n"
                                + "glm . . . . . . . . 60\nplot . . . . . . . 66\npar . . . . . . . . 70")),
                node(
                        "4",
                        "Stichwortverzeichnis",
                        text("Abfrage: 2.1\nB-Baum: 2.1\nHash-Index: 2.1\nIndex: 2\nSpalte: 1\nTabelle: 1\n"
                                + "Zeile: 1\nSchreiben: 2\nPlatz: 2\nSchlüssel: 2.1"),
                        node(
                                "",
                                "Footnotes",
                                text("(1) A row is also called a record. It has a value for each column of its"
                                        + " table, and the table's key names it."))));

        assertThat(headings(book.library()))
                .containsExactly("1.0 Tables", "2.0 Indexes", "2.1 Index types", "3.0 Footnotes");
        assertThat(book.report().skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().in(Locale.ENGLISH))
                .containsExactly(
                        tuple(
                                "index",
                                "\"Function and variable index\" is the book's index (terms and page numbers), not a section"),
                        tuple(
                                "index",
                                "\"Stichwortverzeichnis\" is the book's index (terms and page numbers), not a section"));
    }

    @Test
    void anAppendixOrPartLetterBeforeItsTitleIsItsNumberNotPartOfTheTitle() throws LibraryException {
        AssembledBook book = assemble(
                node("1", "Introduction", text("R is a system for statistics.")),
                node("", "A A sample session", text("Start R and try these commands.")),
                node(
                        "",
                        "B Invoking R",
                        text("R can be started from a shell."),
                        node("B.1", "Invoking R from the command line", text("Type R at the prompt."))),
                node("", "A Tour of Python", text("Python is a language.")));

        assertThat(headings(book.library()))
                .containsExactly(
                        "1.0 Introduction",
                        "2.0 A sample session",
                        "3.0 Invoking R",
                        "3.1 Invoking R from the command line",
                        "4.0 A Tour of Python");
    }

    @Test
    void aPartsRomanNumeralIsNotRepeatedInItsTitle() throws LibraryException {
        AssembledBook book = assemble(
                node("", "I Gnuplot", text("Gnuplot draws plots.")),
                node("", "II Plotting styles", text("Lines and points.")),
                node("", "III Commands", text("The plot command draws.")));

        assertThat(headings(book.library())).containsExactly("1.0 Gnuplot", "2.0 Plotting styles", "3.0 Commands");
    }

    private AssembledBook assemble(ImportedSection... chapters) throws LibraryException {
        return assembler.assemble(new ImportedBook("", "T", "", "", List.of(chapters), List.of(), 1), "test");
    }

    private static List<String> headings(Library library) {
        return library.sections().stream().map(Section::heading).toList();
    }

    private static List<Block> text(String prose) {
        return List.of(Block.prose(prose));
    }

    private static ImportedSection node(String number, String title, List<Block> blocks, ImportedSection... children) {
        return new ImportedSection(number, title, blocks, List.of(children), title + ".html");
    }
}
