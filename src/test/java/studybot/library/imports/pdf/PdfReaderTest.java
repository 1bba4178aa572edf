package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Block;
import studybot.library.LibraryException;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.ImportedSection;
import studybot.library.imports.Skipped;

class PdfReaderTest {

    private static final String HEADER = "Replication Handbook";

    @TempDir
    Path dir;

    private final PdfReader reader = new PdfReader();

    /**
     * Four pages: a title page with no bookmark, then chapters and nested sections whose headings sit mid-page, under a
     * running header and page numbers.
     */
    private Path handbook() {
        return new PdfBook()
                .info("Replication Handbook", "Ada Writer", "en")
                .page()
                .prose("Replication Handbook", "A study guide in four pages")
                .runningHeader(HEADER)
                .page()
                .heading(1, "1 Introduction")
                .prose(
                        "Copies of the same data live on several machines so that a read-only",
                        "replica can answer queries while the leader takes the writes.")
                .gap()
                .prose(
                        "Leaders accept writes and send each change to the replica-",
                        "tion log of every follower, which applies them in order.")
                .heading(2, "1.1 Leaders and Followers")
                .prose(
                        "A follower that falls behind catches up from the log. Some followers",
                        "serve reads; a read-",
                        "only follower never takes writes.")
                .code(0, "def replicate(log):")
                .code(4, "for entry in log:")
                .code(8, "send(entry)")
                .prose("The loop above sends every entry once.")
                .page()
                .prose("Failover promotes a follower when the leader is gone.")
                .heading(3, "1.1.1 Synchronous Replication")
                .prose("The leader waits for one follower to confirm each write.")
                .heading(1, "2 Partitioning")
                .prose("Partitioning splits a large dataset across machines by key range, while")
                .page()
                .prose("hash partitioning spreads keys evenly across the nodes.")
                .heading(1, "Chapter 3 Transactions")
                .prose("A transaction groups reads and writes into one unit.")
                .save(dir.resolve("handbook.pdf"));
    }

    @Test
    void aPdfWithoutATitleIsNamedByItsTitlePageElseByItsFileName() throws LibraryException {
        Path titled = new PdfBook()
                .page()
                .title("Replication Handbook")
                .prose("A study guide in four pages", "by Ada Writer, with thanks to the readers.")
                .heading(1, "1 Introduction")
                .prose("Copies of the same data live on several machines.")
                .save(dir.resolve("handbook-2024.pdf"));
        Path plain = new PdfBook()
                .page()
                .prose("Copies of the same data live on several machines.", "A leader takes the writes.")
                .prose("Followers apply the changes.", "Reads may go to followers.")
                .heading(1, "1 Introduction")
                .prose("Copies of the same data live on several machines.")
                .save(dir.resolve("replication-notes.pdf"));

        assertThat(reader.read(titled, ImportLimits.DEFAULT).title()).isEqualTo("Replication Handbook");
        assertThat(reader.read(plain, ImportLimits.DEFAULT).title()).isEqualTo("replication-notes");
    }

    /**
     * Texinfo's PDF bookmarks an appendix as "A GNU Free Documentation License" and prints "Appendix A GNU Free
     * Documentation License" over it (the GNU Coding Standards): a lone appendix has no sibling letters to tell its "A"
     * from a word, so it stayed in the title ("9 A GNU Free Documentation License"), while the HTML of the same manual
     * read "GNU Free Documentation License".
     */
    @Test
    void anAppendixLetterThePrintedHeadingNamesAsSuchIsItsNumberNotPartOfItsTitle() throws LibraryException {
        Path book = new PdfBook()
                .page()
                .heading(1, "1 Introduction")
                .prose("Programs should be written for people to read.")
                .heading(1, "Appendix A GNU Free Documentation License", "A GNU Free Documentation License")
                .prose("Everyone is permitted to copy and distribute verbatim copies.")
                .heading(1, "A Tour of the Library")
                .prose("The library holds many modules.")
                .save(dir.resolve("standards.pdf"));

        ImportedBook read = reader.read(book, ImportLimits.DEFAULT);

        assertThat(read.chapters())
                .extracting(ImportedSection::printedNumber, ImportedSection::title)
                .containsExactly(
                        tuple("1", "Introduction"),
                        tuple("A", "GNU Free Documentation License"),
                        tuple("", "A Tour of the Library"));
    }

    @Test
    void theOutlineGivesTheTreeOfSectionsWithTheirPrintedNumbers() throws LibraryException {
        ImportedBook book = reader.read(handbook(), ImportLimits.DEFAULT);

        assertThat(book.chapters())
                .extracting(ImportedSection::printedNumber, ImportedSection::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "Introduction"),
                        org.assertj.core.groups.Tuple.tuple("2", "Partitioning"),
                        org.assertj.core.groups.Tuple.tuple("3", "Transactions"));
        ImportedSection leaders = book.chapters().get(0).children().get(0);
        assertThat(leaders.printedNumber()).isEqualTo("1.1");
        assertThat(leaders.title()).isEqualTo("Leaders and Followers");
        assertThat(leaders.location()).isEqualTo("page 2");
        assertThat(leaders.children()).singleElement().satisfies(sync -> {
            assertThat(sync.printedNumber()).isEqualTo("1.1.1");
            assertThat(sync.title()).isEqualTo("Synchronous Replication");
            assertThat(sync.location()).isEqualTo("page 3");
        });
        assertThat(book.title()).isEqualTo("Replication Handbook");
        assertThat(book.author()).isEqualTo("Ada Writer");
        assertThat(book.language()).isEqualTo("en");
        assertThat(book.id()).isEmpty();
    }

    @Test
    void eachSectionIsCutAtItsHeadingMidPageNotAtThePageBreak() throws LibraryException {
        ImportedBook book = reader.read(handbook(), ImportLimits.DEFAULT);
        ImportedSection introduction = book.chapters().get(0);
        ImportedSection leaders = introduction.children().get(0);
        ImportedSection sync = leaders.children().get(0);
        ImportedSection partitioning = book.chapters().get(1);

        assertThat(text(introduction))
                .startsWith("Copies of the same data")
                .endsWith("which applies them in order.")
                .doesNotContain("Leaders and Followers");
        assertThat(text(leaders))
                .startsWith("A follower that falls behind")
                .contains("Failover promotes a follower")
                .doesNotContain("Synchronous Replication");
        assertThat(text(sync)).isEqualTo("The leader waits for one follower to confirm each write.");
        assertThat(text(partitioning))
                .isEqualTo("Partitioning splits a large dataset across machines by key range, "
                        + "while hash partitioning spreads keys evenly across the nodes.");
    }

    @Test
    void paragraphsFollowTheLineSpacingAndAPageBreakDoesNotEndOne() throws LibraryException {
        ImportedBook book = reader.read(handbook(), ImportLimits.DEFAULT);

        assertThat(book.chapters().get(0).blocks())
                .extracting(Block::kind)
                .containsExactly(Block.Kind.PROSE, Block.Kind.PROSE);
        assertThat(book.chapters().get(1).blocks())
                .singleElement()
                .extracting(Block::kind)
                .isEqualTo(Block.Kind.PROSE);
    }

    @Test
    void anIndentAfterAFinishedSentenceOrABulletStartsAParagraphButInlineCodeDoesNot() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Objects")
                .prose("Each value is an object, and therefore has a class. It is")
                .proseWithCode("stored as", "object.__class__", ".")
                .indented("A class is an object too, and its class is")
                .prose("called a metaclass.")
                .prose("• Instances are made by calling the class.")
                .prose("• Methods are functions found on the class.")
                .save(dir.resolve("paragraphs.pdf"));

        assertThat(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0).blocks())
                .containsExactly(
                        Block.prose(
                                "Each value is an object, and therefore has a class. It is stored as object.__class__."),
                        Block.prose("A class is an object too, and its class is called a metaclass."),
                        Block.prose("• Instances are made by calling the class."),
                        Block.prose("• Methods are functions found on the class."));
    }

    @Test
    void aWordInAnotherFontSetApartByPositionAloneIsAWordOfItsOwn() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Regular expressions")
                .proseWithTerm("It is made up of text characters and", "metacharacters", ", as described below.", 1.3f)
                .save(dir.resolve("terms.pdf"));

        assertThat(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0).blocks())
                .containsExactly(
                        Block.prose("It is made up of text characters and metacharacters, as described below."));
    }

    @Test
    void monospaceLinesAreOneCodeBlockKeepingLineBreaksAndIndentation() throws LibraryException {
        ImportedSection leaders = reader.read(handbook(), ImportLimits.DEFAULT)
                .chapters()
                .get(0)
                .children()
                .get(0);

        assertThat(leaders.blocks())
                .extracting(Block::kind)
                .containsExactly(Block.Kind.PROSE, Block.Kind.CODE, Block.Kind.PROSE, Block.Kind.PROSE);
        assertThat(leaders.blocks().get(1).text())
                .isEqualTo("def replicate(log):\n    for entry in log:\n        send(entry)");
    }

    @Test
    void aDefinitionListsTermLeadsItsIndentedDescriptionButCodeBeforeAParagraphStaysCode() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Moving")
                .code(0, "start-of-line (C-a)")
                .description("Move to the start of the current")
                .description("line.")
                .gap()
                .code(0, "-a")
                .code(0, "--all")
                .description("Lists every entry.")
                .gap()
                .code(0, "tally --count")
                .indented("Counting starts at one, and the count")
                .prose("is printed when the tally ends.")
                .gap()
                .code(4, "tally --reset")
                .prose("Resetting sets every count back to zero.")
                .save(dir.resolve("definitions.pdf"));

        assertThat(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0).blocks())
                .containsExactly(
                        Block.prose("start-of-line (C-a): Move to the start of the current line."),
                        Block.prose("-a, --all: Lists every entry."),
                        Block.code("tally --count"),
                        Block.prose("Counting starts at one, and the count is printed when the tally ends."),
                        Block.code("tally --reset"),
                        Block.prose("Resetting sets every count back to zero."));
    }

    @Test
    void aTermSetApartByItsFontAndAWiderGapIsKeptApartFromItsDefinitionButABoldWordInASentenceStays()
            throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Return values")
                .prose("The module returns one of these values:")
                .entry(false, "PAM_SUCCESS", "Access was granted.")
                .entry(false, "PAM_IGNORE", "The call was ignored, and the module")
                .description("did nothing.")
                .entry(true, "--all", "Lists every entry.")
                .gap()
                .prose("Every module returns a value, and the one that it returns most often is")
                .boldFirst("PAM_SUCCESS", "which means that all went well and the next module runs.")
                .save(dir.resolve("entries.pdf"));

        assertThat(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0).blocks())
                .containsExactly(
                        Block.prose("The module returns one of these values:"),
                        Block.prose("PAM_SUCCESS: Access was granted."),
                        Block.prose("PAM_IGNORE: The call was ignored, and the module did nothing."),
                        Block.prose("--all: Lists every entry."),
                        Block.prose(
                                "Every module returns a value, and the one that it returns most often is PAM_SUCCESS"
                                        + " which means that all went well and the next module runs."));
    }

    /**
     * Linux-PAM's guide broke "based on the "obscure"" / "checks in the original shadow package." into two paragraphs,
     * and the second half became a tip: a closing quote read as a sentence's end before an indented line.
     */
    @Test
    void aFullLineEndingWithAQuotedWordGoesOnWithItsSentenceButAQuotedTermAloneStaysApart() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Options")
                .prose("obscure    Enable some extra checks on password strength, based on the \"obscure\"")
                .description("checks in the original shadow package.")
                .gap()
                .prose("\u2018--with-package\u2019")
                .description("Build with the package.")
                .save(dir.resolve("quoted.pdf"));

        assertThat(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0).blocks())
                .containsExactly(
                        Block.prose("obscure Enable some extra checks on password strength, based on the \"obscure\""
                                + " checks in the original shadow package."),
                        Block.prose("\u2018--with-package\u2019"),
                        Block.prose("Build with the package."));
    }

    @Test
    void wordsBrokenAcrossLinesAreJoinedButRealHyphensStay() throws LibraryException {
        ImportedBook book = reader.read(handbook(), ImportLimits.DEFAULT);

        assertThat(text(book.chapters().get(0))).contains("the replication log of every follower");
        assertThat(text(book.chapters().get(0).children().get(0))).contains("a read-only follower never");
    }

    @Test
    void compoundsBrokenAtTheirOwnHyphenKeepItAndTheBooksOwnSpellingDecidesTheRest() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Arguments")
                .prose(
                        "Parameters may be positional-only, positional-",
                        "or-keyword, and keyword-only. Testing is as simple as cutting-",
                        "and-pasting a call, which helps against loss-of-",
                        "precision. A double-click runs a file; one more double-",
                        "click stops it. Notes live in a note-",
                        "book, and the notebook is saved.")
                .save(dir.resolve("compounds.pdf"));

        assertThat(text(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0)))
                .contains(
                        "positional-only, positional-or-keyword, and keyword-only",
                        "as simple as cutting-and-pasting a call",
                        "against loss-of-precision.",
                        "one more double-click stops it",
                        "Notes live in a notebook, and the notebook is saved.");
    }

    @Test
    void aNameBrokenAfterAnUnderscoreIsJoinedWithoutASpaceButAPathEndingInASlashStaysApart() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Installation")
                .prose(
                        "The prefix gives a default for exec_",
                        "prefix and READLINE_",
                        "LINE; menus go in /usr/share/applications/",
                        "directory.")
                .save(dir.resolve("names.pdf"));

        assertThat(text(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0)))
                .contains(
                        "a default for exec_prefix and READLINE_LINE; menus go in /usr/share/applications/ directory.");
    }

    @Test
    void aWebAddressBrokenAfterADotOrASlashIsJoinedWithoutASpace() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 Packages")
                .prose(
                        "Packages come from the sites (via https://CRAN.R-project.",
                        "org) and elsewhere, such as https://CRAN.R-project.org/",
                        "package=boot) and https://example.org/",
                        "for more.")
                .save(dir.resolve("urls.pdf"));

        assertThat(text(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0)))
                .contains("(via https://CRAN.R-project.org) and elsewhere, such as"
                        + " https://CRAN.R-project.org/package=boot) and https://example.org/ for more.");
    }

    @Test
    void aGlyphTheFontGivesNoUnicodeForIsLeftOutNotReadAsASpace() throws Exception {
        Path pdf = new PdfBook().page().heading(1, "1 Reading data").save(dir.resolve("frame.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(0);
            COSName font = page.getResources().add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            String text = "BT /" + font.getName() + " 11 Tf 72 700 Td (might look a) Tj (\\013) Tj (s follows.) Tj ET";
            PDStream frame = new PDStream(document);
            try (var out = frame.createOutputStream()) {
                out.write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            page.getCOSObject()
                    .setItem(
                            COSName.CONTENTS,
                            new org.apache.pdfbox.cos.COSArray(
                                    List.of(page.getContentStreams().next().getCOSObject(), frame.getCOSObject())));
            document.save(pdf.toFile());
        }

        assertThat(text(reader.read(pdf, ImportLimits.DEFAULT).chapters().get(0)))
                .contains("might look as follows.");
    }

    @Test
    void footnotesAtThePagesFootAreLeftOutOfTheTextAndReported() throws LibraryException {
        Path pdf = new PdfBook()
                .runningHeader(HEADER)
                .page()
                .heading(1, "7 Reading data from files")
                .prose("Data is often kept in a text file that the editor can change,", "with the")
                .footnote(0, "1", "Basic LaTeX provides no such environment, but rather another one.")
                .footnote(1, "", "it goes on here, on its second line.")
                .footnote(3, "2", "Under UNIX, the utilities sed or awk can be used.")
                .page()
                .prose(
                        "row labels in its first column. Each further line of the file holds one row, and the",
                        "values in a row are set apart by spaces, so a single value never holds a space of its own.")
                .prose("1 Open the file in an editor.")
                .page()
                .prose("2 Save it.")
                .save(dir.resolve("footnotes.pdf"));

        ImportedBook book = reader.read(pdf, ImportLimits.DEFAULT);

        assertThat(text(book.chapters().get(0)))
                .startsWith("Data is often kept in a text file that the editor can change, with the row labels")
                .contains("a space of its own. 1 Open the file in an editor.")
                .doesNotContain("LaTeX", "second line", "UNIX");
        assertThat(book.skipped()).extracting(Skipped::kind, Skipped::location).contains(tuple("footnote", "page 1"));
        assertThat(book.skipped())
                .filteredOn(skipped -> skipped.kind().equals("footnote"))
                .singleElement()
                .extracting(skipped -> skipped.reason().in(Locale.ENGLISH))
                .isEqualTo("3 footnote lines at the foot of their pages, left out of the running text");
    }

    @Test
    void runningHeadersAndPageNumbersAreStrippedAndReported() throws LibraryException {
        ImportedBook book = reader.read(handbook(), ImportLimits.DEFAULT);

        assertThat(allText(book.chapters())).doesNotContain(HEADER).doesNotContainPattern("(?m)^\\d+$");
        assertThat(book.skipped())
                .extracting(Skipped::kind, Skipped::location)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("running-header", "pages 2–4"),
                        org.assertj.core.groups.Tuple.tuple("page-number", "pages 2–4"),
                        org.assertj.core.groups.Tuple.tuple("front-matter", "page 1"));
    }

    @Test
    void theKeptShareCountsWhatWasStripped() throws LibraryException {
        ImportedBook book = reader.read(handbook(), ImportLimits.DEFAULT);
        long stripped = letters(HEADER) * 3 + 3 + letters("Replication Handbook" + "A study guide in four pages");
        long headings = letters("1 Introduction1.1 Leaders and Followers1.1.1 Synchronous Replication"
                + "2 PartitioningChapter 3 Transactions");
        long kept = letters(allText(book.chapters())) + headings;

        assertThat(book.keptShare())
                .isCloseTo((double) kept / (kept + stripped), org.assertj.core.api.Assertions.within(0.01));
        assertThat(book.keptShare()).isLessThan(1);
    }

    @Test
    void aBookmarkNamingOnlyItsPageIsPlacedAtItsPrintedHeadingAndTakesItsNumberFromThere() throws LibraryException {
        Path book = new PdfBook()
                .page()
                .heading(1, "20 Resource Management")
                .prose("How the server shares memory and disk.")
                .gap()
                .bookmarkToPage(2, "Resource Consumption")
                .prose("Earlier text of chapter 20 that stays in chapter 20.")
                .gap()
                .prose("20.4 Resource Consumption")
                .prose("Work memory bounds each sort.")
                .save(dir.resolve("page-only.pdf"));

        ImportedSection chapter =
                reader.read(book, ImportLimits.DEFAULT).chapters().get(0);

        assertThat(text(chapter)).endsWith("Earlier text of chapter 20 that stays in chapter 20.");
        assertThat(chapter.children()).singleElement().satisfies(section -> {
            assertThat(section.printedNumber()).isEqualTo("20.4");
            assertThat(section.title()).isEqualTo("Resource Consumption");
            assertThat(text(section)).isEqualTo("Work memory bounds each sort.");
        });
    }

    @Test
    void aBookmarkPointingBackIntoAnEarlierSectionStartsAnEmptyOneAndTakesNoTextTwice() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "1 One")
                .prose("Text of one.")
                .page()
                .heading(1, "2 Two")
                .prose("Text of two.")
                .bookmarkBack(1, "3 Back", 0)
                .save(dir.resolve("back.pdf"));

        ImportedBook book = reader.read(pdf, ImportLimits.DEFAULT);

        assertThat(book.chapters()).extracting(PdfReaderTest::text).containsExactly("Text of one.", "Text of two.", "");
        assertThat(book.chapters().get(2).location()).isEqualTo("page 2");
    }

    @Test
    void aBookmarkPointingNowhereTakesItsFirstChildsPlaceOrIsReportedSkipped() throws LibraryException {
        Path book = new PdfBook()
                .page()
                .heading(1, "1 Basics")
                .prose("Basic text.")
                .bookmarkToNowhere(1, "Part Two")
                .heading(2, "2 Advanced")
                .prose("Advanced text.")
                .bookmarkToNowhere(1, "Lost Appendix")
                .save(dir.resolve("nowhere.pdf"));

        ImportedBook read = reader.read(book, ImportLimits.DEFAULT);

        assertThat(read.chapters()).extracting(ImportedSection::title).containsExactly("Basics", "Part Two");
        assertThat(read.chapters().get(1).children())
                .singleElement()
                .satisfies(section -> assertThat(text(section)).isEqualTo("Advanced text."));
        assertThat(read.skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().toString(), Skipped::location)
                .containsExactly(tuple(
                        "bookmark",
                        "points to no page of this file, nor does any bookmark under it",
                        "\"Lost Appendix\""));
    }

    @Test
    void aTableOfContentsPrintedUnderAHeadingIsLeftOutAndReported() throws LibraryException {
        PdfBook pdf = new PdfBook()
                .page()
                .heading(1, "1 Basics")
                .prose(
                        "Contents",
                        "1.1 Setup . . . . . 1",
                        "1.2 Usage . . . . . 1",
                        "1.3 Limits . . . . . 1",
                        "1.4 Getting Help . . . . . 1")
                .gap()
                .prose("Basics start here.");
        for (String section : List.of("1.1 Setup", "1.2 Usage", "1.3 Limits", "1.4 Getting Help")) {
            pdf.heading(2, section).prose("About " + section.substring(4) + ".");
        }

        ImportedBook book = reader.read(pdf.save(dir.resolve("contents.pdf")), ImportLimits.DEFAULT);

        assertThat(text(book.chapters().get(0))).isEqualTo("Basics start here.");
        assertThat(book.chapters().get(0).children())
                .extracting(PdfReaderTest::text)
                .containsExactly("About Setup.", "About Usage.", "About Limits.", "About Getting Help.");
        assertThat(book.skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().toString(), Skipped::location)
                .containsExactly(tuple(
                        "table-of-contents",
                        "5 lines listing the book's sections, which the outline already gives",
                        "page 1"));
        assertThat(book.keptShare()).isLessThan(0.8);
    }

    @Test
    void bookmarkedContentsAndIndexAreNotSectionsButReportedAsBookMatter() throws LibraryException {
        Path pdf = new PdfBook()
                .page()
                .heading(1, "Contents")
                .prose("Basics 2", "Index 3")
                .page()
                .heading(1, "1 Basics")
                .prose("The basic text.")
                .page()
                .heading(1, "Index")
                .prose("basics, 2")
                .heading(2, "B")
                .prose("book, 2")
                .save(dir.resolve("matter.pdf"));

        ImportedBook book = reader.read(pdf, ImportLimits.DEFAULT);

        assertThat(book.chapters()).extracting(ImportedSection::title).containsExactly("Basics");
        assertThat(book.skipped())
                .extracting(Skipped::kind, skipped -> skipped.reason().toString(), Skipped::location)
                .containsExactly(
                        tuple("front-matter", "the table of contents is not a section", "page 1"),
                        tuple("back-matter", "the index is not a section", "page 3"));
        assertThat(book.skipped())
                .extracting(skipped -> skipped.reason().in(Locale.GERMAN))
                .containsExactly("das Inhaltsverzeichnis ist kein Abschnitt", "das Register ist kein Abschnitt");
        assertThat(book.keptShare()).isLessThan(0.5);
    }

    @Test
    void aFigureBecomesAnImageBlockWhereItIsDrawn() throws LibraryException {
        Path book = new PdfBook()
                .page()
                .heading(1, "1 Figures")
                .prose("Before the figure.")
                .image()
                .prose("After the figure.")
                .save(dir.resolve("figure.pdf"));

        assertThat(reader.read(book, ImportLimits.DEFAULT).chapters().get(0).blocks())
                .containsExactly(
                        Block.prose("Before the figure."),
                        new Block(Block.Kind.IMAGE, "An image on page 1."),
                        Block.prose("After the figure."));
    }

    @Test
    void anOutlineThatLoopsIsReadOnceAndEnds() throws LibraryException {
        Path looped = new PdfBook()
                .page()
                .heading(1, "1 First")
                .prose("First text.")
                .heading(1, "2 Second")
                .prose("Second text.")
                .loopOutline()
                .save(dir.resolve("loop.pdf"));

        ImportedBook book =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(looped, ImportLimits.DEFAULT));

        assertThat(book.chapters()).extracting(ImportedSection::title).containsExactly("First", "Second");
        assertThat(book.chapters().get(0).children()).isEmpty();
    }

    @Test
    void aPdfWithoutBookmarksIsRefusedSayingWhyAndWhatToDo() {
        Path plain = new PdfBook().page().prose("Just text, no outline.").save(dir.resolve("plain.pdf"));

        assertThatThrownBy(() -> reader.read(plain, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessage("plain.pdf has no bookmarks (outline), so its chapters and sections can't be found; "
                        + "export it again with bookmarks (LibreOffice: \"Export outlines\", LaTeX: hyperref).");
    }

    @Test
    void aPdfEncryptedWithAUserPasswordIsRefused() {
        Path locked = new PdfBook()
                .page()
                .heading(1, "1 Secret")
                .prose("Hidden text.")
                .protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()))
                .save(dir.resolve("locked.pdf"));

        assertThatThrownBy(() -> reader.read(locked, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessage("locked.pdf is encrypted with a password, so its text can't be read; "
                        + "export or save it again without a password.");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordImportsWhenItAllowsCopyingText() throws LibraryException {
        Path restricted = new PdfBook()
                .page()
                .heading(1, "1 Open")
                .prose("Readable text.")
                .protect(new StandardProtectionPolicy("owner", "", new AccessPermission()))
                .save(dir.resolve("restricted.pdf"));

        assertThat(reader.read(restricted, ImportLimits.DEFAULT).chapters())
                .singleElement()
                .satisfies(chapter -> assertThat(text(chapter)).isEqualTo("Readable text."));
    }

    @Test
    void aPdfForbiddingToCopyItsTextIsRefused() {
        AccessPermission noCopying = new AccessPermission();
        noCopying.setCanExtractContent(false);
        Path restricted = new PdfBook()
                .page()
                .heading(1, "1 Closed")
                .prose("Text that may not be copied.")
                .protect(new StandardProtectionPolicy("owner", "", noCopying))
                .save(dir.resolve("nocopy.pdf"));

        assertThatThrownBy(() -> reader.read(restricted, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessage("nocopy.pdf is protected against copying its text; "
                        + "export or save it again without that restriction.");
    }

    @Test
    void aCorruptFileIsRefusedAsNotAReadablePdf() throws IOException {
        Path corrupt = Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\nthis is not a PDF body\n%%EOF\n");

        assertThatThrownBy(() -> reader.read(corrupt, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("corrupt.pdf is not a readable PDF (")
                .hasMessageEndingWith("); check the file or export it again.");
    }

    @Test
    void aFileCutShortIsRefusedRatherThanReadAsFarAsItGoes() throws IOException {
        byte[] whole = Files.readAllBytes(handbook());
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length * 3 / 4));

        assertThatThrownBy(() -> reader.read(cut, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessage("cut.pdf is cut short (it does not end as a PDF does); download or export it again.");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = Files.write(dir.resolve("big.pdf"), new byte[2_000_000]);
        ImportLimits small = new ImportLimits(1_000_000, 1_000_000, 1_000_000, 10, 1_000_000);

        assertThatThrownBy(() -> reader.read(big, small))
                .isInstanceOf(LibraryException.class)
                .hasMessage("big.pdf is 2.0 MB, over the 1.0 MB a book file may be; it was not read.");
    }

    @Test
    void textOverTheLimitIsRefused() {
        ImportLimits fewChars = new ImportLimits(150_000_000, 1, 1, 1, 200);

        assertThatThrownBy(() -> reader.read(handbook(), fewChars))
                .isInstanceOf(LibraryException.class)
                .hasMessage("handbook.pdf has more than 200 characters of text, over the limit for one book; "
                        + "split it or raise the text limit.");
    }

    @Test
    void aPdfWithBookmarksButNoTextIsRefusedAsScanned() {
        Path scanned = new PdfBook().page().bookmark(1, "Cover", 800).save(dir.resolve("scan.pdf"));

        assertThatThrownBy(() -> reader.read(scanned, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("scan.pdf has no text layer");
    }

    @Test
    void takesPdfFilesByNameOrByTheirFirstBytes() throws IOException {
        Path named = Files.writeString(dir.resolve("Book.PDF"), "anything");
        Path unnamed = Files.writeString(dir.resolve("book.bin"), "%PDF-1.4\n");
        Path text = Files.writeString(dir.resolve("book.txt"), "1.1 Title\n");

        assertThat(reader.accepts(named)).isTrue();
        assertThat(reader.accepts(unnamed)).isTrue();
        assertThat(reader.accepts(text)).isFalse();
        assertThat(reader.accepts(dir)).isFalse();
    }

    private static String text(ImportedSection section) {
        return section.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static String allText(List<ImportedSection> sections) {
        return sections.stream()
                .map(section -> text(section) + "\n" + allText(section.children()))
                .collect(Collectors.joining("\n"));
    }

    private static long letters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
