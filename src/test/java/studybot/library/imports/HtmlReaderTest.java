package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.Block;
import studybot.library.BookLanguage;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.imports.html.HtmlReader;

class HtmlReaderTest {

    private static final Path BOOK = Path.of("src/test/resources/books/html-book");

    private final HtmlReader reader = new HtmlReader();
    private final BookAssembler assembler = new BookAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void readsAFolderInTableOfContentsOrderWithItsPrintedNumbers() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "html-book");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("1.0 Basics", "1.1 Keys", "1.1.1 Key Length", "2.0 Eviction", "2.1 LRU");
        assertThat(book.source().title()).isEqualTo("Caching Handbook");
        assertThat(book.source().author()).isEqualTo("A. Writer");
        assertThat(book.source().language()).isEqualTo("en");
    }

    @Test
    void anMdBookKeepsTheChapterNumbersItsSidebarPrints() throws LibraryException {
        Path mdBook = Path.of("src/test/resources/books/mdbook-html");
        AssembledBook book = assembler.assemble(reader.read(mdBook, ImportLimits.DEFAULT), "mdbook-html");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly(
                        "0.0 The Queue Book", "0.1 Foreword", "1.0 Getting Started", "1.1 Installation", "2.0 Queues");
        assertThat(book.report().renumbered()).isEmpty();
        assertThat(book.source().title()).isEqualTo("The Queue Book");
    }

    @Test
    void anMdBookIsTitledAsItsMenuBarNamesIt(@TempDir Path temp) throws IOException, LibraryException {
        page(temp, "index.html", "The Queue Book - The Queue Book", "<h1 class=\"menu-title\">The Queue Book</h1>");
        page(temp, "intro.html", "Introduction - The Queue Book", "<h1>Introduction</h1><p>Queues hold work.</p>");

        assertThat(reader.read(temp, ImportLimits.DEFAULT).title()).isEqualTo("The Queue Book");
    }

    @Test
    void aSphinxFolderIsTitledByItsStartPageWithoutTheSuffixEveryPageShares(@TempDir Path temp)
            throws IOException, LibraryException {
        String options = "<script data-url_root=\"../\" id=\"documentation_options\"></script>";
        page(temp, "index.html", "Python HOWTOs — Python 3.11.2 documentation", options + "<h1>Python HOWTOs</h1>");
        page(temp, "sorting.html", "Sorting HOW TO — Python 3.11.2 documentation", "<h1>Sorting</h1><p>Sort it.</p>");
        page(temp, "logging.html", "Logging HOWTO — Python 3.11.2 documentation", "<h1>Logging</h1><p>Log it.</p>");

        assertThat(reader.read(temp, ImportLimits.DEFAULT).title()).isEqualTo("Python HOWTOs");
    }

    @Test
    void aSphinxProjectReadFromItsRootIsTitledAsTheDocumentation(@TempDir Path temp)
            throws IOException, LibraryException {
        String options = "<script data-url_root=\"./\" id=\"documentation_options\"></script>";
        page(temp, "index.html", "Welcome — Sphinx documentation", options + "<h1>Welcome</h1>");
        page(temp, "usage.html", "Using Sphinx — Sphinx documentation", "<h1>Using Sphinx</h1><p>Build it.</p>");

        assertThat(reader.read(temp, ImportLimits.DEFAULT).title()).isEqualTo("Sphinx documentation");
    }

    @Test
    void aTitleKeepsADashThatThePagesDoNotAllShare(@TempDir Path temp) throws IOException, LibraryException {
        page(temp, "index.html", "Queues - A Primer", "<h1>Queues</h1>");
        page(temp, "stacks.html", "Stacks - A Primer", "<h1>Stacks</h1><p>Push and pop.</p>");
        page(temp, "heaps.html", "Heaps", "<h1>Heaps</h1><p>Sift down.</p>");

        assertThat(reader.read(temp, ImportLimits.DEFAULT).title()).isEqualTo("Queues - A Primer");
    }

    @Test
    void aSuffixIsNeverStrippedToABlankTitle(@TempDir Path temp) throws IOException, LibraryException {
        page(temp, "index.html", "- Notes", "<h1>Notes</h1>");
        page(temp, "one.html", "One - Notes", "<h1>One</h1><p>First.</p>");

        assertThat(reader.read(temp, ImportLimits.DEFAULT).title()).isEqualTo("- Notes");
    }

    /**
     * Debian's multilingual HTML (debian-reference-de): the start page is {@code index.de.html}, not index.html, and it
     * was read by file name, the appendix first as chapter 0 and the start page itself as chapter 13.
     */
    @Test
    void aDebianFolderIsReadFromItsIndexLangStartPageInOneLanguage(@TempDir Path temp)
            throws IOException, LibraryException {
        debianBook(temp, "de", "Brotbuch", "Vorwort", "Grundlagen", "Anhang");
        debianBook(temp, "en", "Bread Book", "Preface", "Basics", "Appendix");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "debref");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("0.0 Vorwort", "0.1 Terms", "1.0 Grundlagen", "2.0 Anhang");
        assertThat(book.source().title()).isEqualTo("Brotbuch");
        assertThat(book.source().language()).isEqualTo("de");
        assertThat(book.report().skipped())
                .filteredOn(skipped -> skipped.kind().equals("other-language"))
                .singleElement()
                .satisfies(skipped -> {
                    assertThat(skipped.location()).isEqualTo("index.de.html");
                    assertThat(skipped.reason().toString())
                            .isEqualTo("4 pages in other languages (en): the pages in de are read, from this start"
                                    + " page (book.language chooses another)");
                });
        assertThat(book.report().skipped()).extracting(Skipped::kind).doesNotContain("unlinked-page");
    }

    @Test
    void bookLanguageChoosesWhichLanguagesPagesAreRead(@TempDir Path temp) throws IOException, LibraryException {
        debianBook(temp, "de", "Brotbuch", "Vorwort", "Grundlagen", "Anhang");
        debianBook(temp, "en", "Bread Book", "Preface", "Basics", "Appendix");

        AssembledBook book = assembler.assemble(
                reader.read(temp, ImportLimits.DEFAULT, Optional.of(BookLanguage.of("en"))), "debref");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("0.0 Preface", "0.1 Terms", "1.0 Basics", "2.0 Appendix");
        assertThat(book.source().title()).isEqualTo("Bread Book");
    }

    @Test
    void aFolderReadByFileNameDoesNotClaimATableOfContents(@TempDir Path temp) throws IOException, LibraryException {
        page(temp, "apa.html", "Anhang", "<h1>A. Anhang</h1><p>Mehr zum Teig.</p>");
        page(temp, "ch01.html", "Grundlagen", "<h1>1. Grundlagen</h1><p>Mehl und Wasser.</p>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "pages");

        assertThat(book.report().renumbered())
                .isNotEmpty()
                .allMatch(line -> line.order() == ImportedBook.Order.FILE_NAMES
                        && line.toString().endsWith("by its file's name: nothing in the book gives an order"));
    }

    /** R's language definition saved as one page: its headings give the order, not its file's name. */
    @Test
    void aOnePageBookIsOrderedByItsHeadingsNotByItsFilesName(@TempDir Path temp) throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "R Language Definition",
                "<h1>R Language Definition</h1><h2>1 Introduction</h2><p>R is a language.</p>"
                        + "<h2>2 Objects</h2><p>Objects have types.</p><h2>Appendix A References</h2><p>Books about R.</p>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "rlang");

        assertThat(book.report().renumbered())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.toString()).endsWith("by its place in the table of contents"));
    }

    /**
     * SQLite's docs folder: no table of contents, read from its start page and the pages it links, then the rest. The
     * renumbered headings said "by its file's name: nothing in the book gives an order", which was not what was done.
     */
    @Test
    void aFolderReadFromItsStartPagesLinksSaysSoInTheRenumberedLines(@TempDir Path temp)
            throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "Server Documentation",
                "<h1>Server Documentation</h1><ul><li><a href=\"using.html\">Using</a></li>"
                        + "<li><a href=\"api.html\">API</a></li></ul>");
        page(temp, "api.html", "API", "<h1>1. API</h1><p>Hooks run in order.</p>");
        page(temp, "using.html", "Using", "<h1>2. Using</h1><p>Start the server.</p>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "server");

        assertThat(book.report().renumbered())
                .singleElement()
                .satisfies(line -> assertThat(line.order()).isEqualTo(ImportedBook.Order.START_PAGE_LINKS));
        assertThat(book.report().lines())
                .contains("  1 API (api.html): numbered 3, by its place in the order read: no table of contents, so the"
                        + " start page and the pages it links (each with the pages its own table of contents lists)"
                        + " first, then the rest by file name")
                .noneSatisfy(line -> assertThat(line).contains("file's name"));
        assertThat(book.report().lines(Locale.GERMAN))
                .contains("  1 API (api.html): nummeriert als 3, nach seinem Platz in der Lesereihenfolge: kein"
                        + " Inhaltsverzeichnis, also erst die Startseite und die Seiten, auf die sie verweist (jede mit"
                        + " den Seiten, die ihr eigenes Inhaltsverzeichnis nennt), dann der Rest nach Dateinamen");
    }

    /**
     * Apache's manual as Debian ships it: one subfolder per language, each with its own index.html, and a top
     * index.html that redirects to en/index.html. All languages together were over the text limit and refused.
     */
    @Test
    void aFolderOfLanguageSubfoldersIsReadInOneLanguage(@TempDir Path temp) throws IOException, LibraryException {
        Files.writeString(
                temp.resolve("index.html"),
                "<html><head><meta http-equiv=\"refresh\" content=\"0; URL=en/index.html\"></head><body>"
                        + "<a href=\"de/index.html\">de/</a><a href=\"en/index.html\">en/</a>"
                        + "<a href=\"fr/index.html\">fr/</a></body></html>");
        languageFolder(temp, "de", "Dokumentation", "Anfangen", "Der Server startet.");
        languageFolder(temp, "en", "Documentation", "Getting started", "The server starts.");
        languageFolder(temp, "fr", "Documentation FR", "Pour commencer", "Le serveur démarre.");

        AssembledBook english = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "manual");
        AssembledBook german = assembler.assemble(
                reader.read(temp, ImportLimits.DEFAULT, Optional.of(BookLanguage.of("de"))), "manual");

        assertThat(english.library().sections()).extracting(Section::title).containsExactly("Getting started");
        assertThat(english.source().title()).isEqualTo("Documentation");
        assertThat(english.report().skipped())
                .filteredOn(skipped -> skipped.kind().equals("other-language"))
                .singleElement()
                .satisfies(skipped -> {
                    assertThat(skipped.location()).isEqualTo("en/index.html");
                    assertThat(skipped.reason().toString())
                            .isEqualTo("4 pages in other languages (de, fr): the pages in en are read, from this start"
                                    + " page (book.language chooses another)");
                });
        assertThat(german.library().sections()).extracting(Section::title).containsExactly("Anfangen");
    }

    @Test
    void aBookOverTheTextLimitIsRefusedInWordsItsOwnerUnderstands(@TempDir Path temp) throws IOException {
        page(temp, "index.html", "Notes", "<h1>Notes</h1><p>" + "Words and more words. ".repeat(100) + "</p>");

        assertThatThrownBy(() -> reader.read(temp, new ImportLimits(1_000_000, 1_000_000, 1_000_000, 10, 1_000)))
                .isInstanceOf(LibraryException.class)
                .hasMessage(temp.toRealPath() + ": its text runs past 1,000 characters, more than this bot can hold"
                        + " for one book; a folder holding several books or languages can be imported in parts");
    }

    /**
     * Apache's en/ folder: no table of contents a generator marks, only a start page of link lists. It was read by file
     * name, developer/ pages first and the start page as chapter 33, and the report did not say so.
     */
    @Test
    void aFolderWithoutContentsIsReadInTheOrderItsStartPageLinksAndSaysSo(@TempDir Path temp)
            throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "Server Documentation",
                "<h1>Server Documentation</h1><ul><li><a href=\"using.html\">Using</a></li>"
                        + "<li><a href=\"api.html\">API</a></li></ul>");
        page(temp, "api.html", "API", "<h1>API</h1><p>Hooks run in order.</p>");
        page(temp, "extra.html", "Extra", "<h1>Extra</h1><p>More notes.</p>");
        page(temp, "using.html", "Using", "<h1>Using</h1><p>Start the server.</p>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "server");

        assertThat(book.library().sections())
                .extracting(Section::title)
                .containsExactly("Server Documentation", "Using", "API", "Extra");
        assertThat(book.report().lines())
                .contains("  order: index.html: no table of contents: the start page first, then the 2 pages it links"
                        + " in its order, then the rest by file name");
    }

    /**
     * Linux-PAM's HTML as Debian ships it: a start page without contents that links three DocBook guides, each a start
     * page of its own whose {@code div.toc} lists its chapter pages. The chapter pages were read by file name after the
     * guides ("8 An example application" before "1 Introduction", a chapter's sections before the chapter).
     */
    @Test
    void aStartPageLinkingGuidesReadsEachGuideInTheOrderOfItsOwnContents(@TempDir Path temp)
            throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "The Guides",
                "<h1>The Guides</h1><p>Here is the documentation.</p><ul><li><a href=\"admin.html\">The Admin"
                        + " Guide</a></li><li><a href=\"dev.html\">The Developer Guide</a></li></ul>");
        guide(temp, "admin.html", "The Admin Guide", "admin-overview.html", "Overview", "admin-config.html", "Setup");
        guide(temp, "dev.html", "The Developer Guide", "dev-intro.html", "Introduction", "dev-api.html", "Calls");
        chapter(temp, "admin-overview.html", "1. Overview", "Modules stack in order.");
        chapter(temp, "admin-config.html", "2. Setup", "Each service has a file.");
        chapter(temp, "dev-intro.html", "1. Introduction", "Applications link the library.");
        chapter(temp, "dev-api.html", "2. Calls", "Start a transaction first.");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "guides");

        assertThat(book.library().sections())
                .extracting(section -> section.number() + " " + section.title())
                .containsExactly("1.0 The Guides", "2.1 Overview", "2.2 Setup", "3.1 Introduction", "3.2 Calls");
        assertThat(book.report().lines())
                .contains("  order: index.html: no table of contents: the start page first, then the 2 pages it links"
                        + " in its order, each followed by the pages its own table of contents lists, then the rest by"
                        + " file name");
    }

    /**
     * A DocBook title page names its authors in {@code h3.author} headings (Linux-PAM's guides): each name was a
     * section ("2.1 Andrew G. Morgan", "2.2 Thorsten Kukuk"), and the guide's first chapter was numbered 2.3.
     */
    @Test
    void theAuthorsOnADocBookTitlePageAreNoSections(@TempDir Path temp) throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "The Admin Guide",
                "<div class=\"book\"><div class=\"titlepage\"><h1 class=\"title\">The Admin Guide</h1>"
                        + "<div class=\"authorgroup\"><div class=\"author\"><h3 class=\"author\">Ann Morgan</h3>"
                        + "</div><div class=\"author\"><h3 class=\"author\">Tom Kuk</h3></div></div>"
                        + "<p class=\"releaseinfo\">Version 1.1</p></div>"
                        + "<div class=\"chapter\"><h2 class=\"title\">Chapter 1. Introduction</h2>"
                        + "<p>Modules stack in order.</p></div>"
                        + "<div class=\"chapter\"><h2 class=\"title\">Chapter 2. Setup</h2>"
                        + "<p>Each service has a file.</p></div></div>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "admin");

        assertThat(book.library().sections())
                .extracting(section -> section.number() + " " + section.title())
                .containsExactly("0.0 The Admin Guide", "1.0 Introduction", "2.0 Setup");
        assertThat(book.library().sections().get(0).body()).contains("Ann Morgan", "Tom Kuk", "Version 1.1");
    }

    /**
     * DocBook XSL puts a "[D]" link to a screenshot's long description under the image (the Spanish aptitude manual, 33
     * times): a link to another page, not the book's words, so no sentence "[D]" in the section.
     */
    @Test
    void aDocBookScreenshotsLongDescriptionLinkIsNoText(@TempDir Path temp) throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "El libro",
                "<div class=\"chapter\"><h2 class=\"title\">Capítulo 1. Empezar</h2>"
                        + "<p>La pantalla principal lista los paquetes.</p><div class=\"screenshot\">"
                        + "<div class=\"mediaobject\"><img src=\"images/main.png\" alt=\"[pantalla principal]\"/>"
                        + "<div class=\"longdesc-link\" align=\"right\"><br clear=\"all\"/>"
                        + "<span class=\"longdesc-link\">[<a href=\"ld-idm271.html\" target=\"longdesc\">D</a>]</span>"
                        + "</div></div></div><p>Pulsa q para salir.</p></div>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "libro");

        assertThat(book.library().sections().get(0).body())
                .contains("La pantalla principal lista los paquetes.", "Pulsa q para salir.")
                .doesNotContain("[D]");
    }

    /**
     * A DocBook reference page (a man page in a manual) opens with a heading that says only "Name" ("Nombre" in the
     * Spanish aptitude manual, whose three command pages were all titled so): the section takes the page's name.
     */
    @Test
    void aDocBookReferencePageIsTitledByItsNameNotByItsNameHeading(@TempDir Path temp)
            throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "Tally manual",
                "<div class=\"refentry\"><div class=\"refnamediv\"><h2>Name</h2>"
                        + "<p>tally \u2014 count the ledger's entries</p></div>"
                        + "<div class=\"refsect1\"><h2>Description</h2><p>tally counts entries per day.</p></div></div>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "tally");

        assertThat(book.library().sections()).extracting(Section::title).containsExactly("tally", "Description");
    }

    /**
     * Publican (the Debian Administrator's Handbook) opens every page with a banner, two logo links and a "Prev / Next"
     * list before the chapter's heading: read as text, they opened a section titled by the page, and the chapter's
     * heading and every section below it came one level too deep, numbered by order.
     */
    @Test
    void publicansBannerAndPageLinksAreNoTextAndOpenNoSection(@TempDir Path temp) throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "The Ledger Handbook",
                "<div class=\"toc\"><dl class=\"toc\"><dt><span class=\"chapter\"><a href=\"ledgers.html\">1."
                        + " Ledgers</a></span></dt></dl></div>");
        page(
                temp,
                "ledgers.html",
                "Chapter 1. Ledgers",
                "<div id=\"banner\"><a href=\"http://example.org/get/\"><span class=\"text\">Download the ebook</span>"
                        + "</a></div><p id=\"title\"><a class=\"left\" href=\"http://example.org\"><img alt=\"Product"
                        + " Site\" src=\"left.png\"/></a></p><ul class=\"docnav top\"><li class=\"previous\"><a"
                        + " href=\"index.html\"><strong>Prev</strong></a></li><li class=\"home\">The Ledger"
                        + " Handbook</li></ul><div class=\"chapter\"><h1 class=\"title\">Chapter 1. Ledgers</h1>"
                        + "<p>A ledger holds every entry.</p><h2 class=\"title\">1.1. Tallies</h2>"
                        + "<p>A tally counts entries.</p></div>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "ledger");

        assertThat(book.library().sections())
                .extracting(section -> section.number() + " " + section.title())
                .containsExactly("1.0 Ledgers", "1.1 Tallies");
        assertThat(book.library().sections().get(0).body()).isEqualTo("A ledger holds every entry.");
    }

    private static void guide(Path folder, String name, String title, String... chapters) throws IOException {
        StringBuilder contents = new StringBuilder("<div class=\"toc\"><dl class=\"toc\">");
        for (int i = 0; i < chapters.length; i += 2) {
            contents.append("<dt><a href=\"")
                    .append(chapters[i])
                    .append("\">")
                    .append(i / 2 + 1)
                    .append(". ")
                    .append(chapters[i + 1])
                    .append("</a></dt>");
        }
        page(
                folder,
                name,
                title,
                "<div class=\"book\"><h1 class=\"title\">" + title + "</h1>" + contents + "</dl></div></div>");
    }

    private static void chapter(Path folder, String name, String heading, String text) throws IOException {
        page(
                folder,
                name,
                heading,
                "<div class=\"chapter\"><h2 class=\"title\">Chapter " + heading + "</h2><p>" + text + "</p></div>");
    }

    /**
     * SQLite's pages number their own sections from 1 ("1. Executive Summary", "2. The Split Amalgamation"): the first
     * heading was taken as the page's title and its "1" as the book's chapter number, so two pages were both titled
     * "Executive Summary" and the unnumbered pages before them were nested inside chapter 0.
     */
    @Test
    void aPageThatNumbersItsOwnSectionsIsTitledByItsTitleAndKeepsTheirNumbersToItself(@TempDir Path temp)
            throws IOException, LibraryException {
        page(
                temp,
                "index.html",
                "Home",
                "<h1>Home</h1><ul><li><a href=\"about.html\">About</a></li><li><a href=\"amalgamation.html\">"
                        + "Amalgamation</a></li><li><a href=\"appfunc.html\">Functions</a></li></ul>");
        page(temp, "about.html", "About SQLite", "<h1>About SQLite</h1><p>A small database.</p>");
        page(
                temp,
                "amalgamation.html",
                "The SQLite Amalgamation",
                "<h1><span>1. </span>Executive Summary</h1><p>One file.</p><h1><span>2. </span>The Split"
                        + " Amalgamation</h1><p>Several files.</p><h2><span>2.1. </span>Why</h2><p>Editors.</p>");
        page(
                temp,
                "appfunc.html",
                "Application-Defined SQL Functions",
                "<h1><span>1. </span>Executive Summary</h1><p>Add functions.</p><h1><span>2. </span>Security</h1>"
                        + "<p>Be careful.</p>");
        page(
                temp,
                "datatype3.html",
                "Datatypes In SQLite",
                "<h1><span>1. </span>Datatypes In SQLite</h1><p>Flexible.</p><h1><span>2. </span>Storage Classes</h1>"
                        + "<p>Five of them.</p>");
        page(
                temp,
                "locrsf.html",
                "Recommended Storage Format",
                "<h1><span>1. </span>Overview</h1><p>Store it so.</p><h2><span>1.1. </span>Why</h2><p>Longevity.</p>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "sqlite");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly(
                        "1.0 Home",
                        "2.0 About SQLite",
                        "3.1 Executive Summary",
                        "3.2 The Split Amalgamation",
                        "3.2.1 Why",
                        "4.1 Executive Summary",
                        "4.2 Security",
                        "5.1 Datatypes In SQLite",
                        "5.2 Storage Classes",
                        "6.1 Overview",
                        "6.1.1 Why");
        assertThat(book.library().chapterTitles())
                .containsEntry(3, "The SQLite Amalgamation")
                .containsEntry(4, "Application-Defined SQL Functions");
        assertThat(book.report().renumbered()).isEmpty();
    }

    /**
     * SQLite's folder: hundreds of unnumbered pages in the start page's order before the one page that prints "1. The
     * sqlite3_analyzer.exe Utility Program". They were all nested as sections of chapter 0 (the start page) as if they
     * were the front matter of a book numbered by chapters; a page numbering its own sections "1.0", "2.0" counted as a
     * printed chapter 1 too.
     */
    @Test
    void manyUnnumberedPagesBeforeTheOnlyPrintedChapterAreChaptersOfTheirOwn(@TempDir Path temp)
            throws IOException, LibraryException {
        List<String> names = List.of("about", "features", "whentouse", "quickstart", "docs", "faq", "lang");
        StringBuilder links = new StringBuilder("<h1>Common Links</h1><p>Small. Fast. Reliable.</p><ul>");
        for (String name : names) {
            links.append("<li><a href=\"")
                    .append(name)
                    .append(".html\">")
                    .append(name)
                    .append("</a></li>");
            page(temp, name + ".html", "Page " + name, "<h1>Page " + name + "</h1><p>About " + name + ".</p>");
        }
        links.append("<li><a href=\"lockingv3.html\">x</a></li><li><a href=\"sqlanalyze.html\">x</a></li></ul>");
        page(temp, "index.html", "Home", links.toString());
        page(
                temp,
                "lockingv3.html",
                "File Locking",
                "<h2>1.0 File Locking</h2><p>Locks are held.</p><h2>2.0 Overview</h2><p>Five states.</p>");
        page(
                temp,
                "sqlanalyze.html",
                "The Analyzer",
                "<h1><span>1. </span>The Analyzer</h1><p>It reports space.</p><h2><span>1.1. </span>Implementation</h2>"
                        + "<p>A script.</p>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "sqlite");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly(
                        "1.0 Common Links",
                        "2.0 Page about",
                        "3.0 Page features",
                        "4.0 Page whentouse",
                        "5.0 Page quickstart",
                        "6.0 Page docs",
                        "7.0 Page faq",
                        "8.0 Page lang",
                        "9.1 File Locking",
                        "9.2 Overview",
                        "10.0 The Analyzer",
                        "10.1 Implementation");
        assertThat(book.report().renumbered())
                .extracting(Object::toString)
                .anySatisfy(line -> assertThat(line).contains("1 The Analyzer", "numbered 10"));
    }

    private static void languageFolder(Path folder, String lang, String title, String chapter, String text)
            throws IOException {
        Path language = Files.createDirectories(folder.resolve(lang));
        page(
                language,
                "index.html",
                title,
                "<div class=\"toc\"><ul><li><a href=\"start.html\">" + chapter + "</a></li></ul></div>");
        page(language, "start.html", chapter, "<h1>" + chapter + "</h1><p>" + text + "</p>");
    }

    /**
     * A DocBook book in {@code lang}: index.LANG.html lists a preface (and its own "1. Terms", which must not number
     * the preface's page 1), a chapter and an appendix.
     */
    private static void debianBook(
            Path folder, String lang, String title, String preface, String chapter, String appendix)
            throws IOException {
        page(
                folder,
                "index." + lang + ".html",
                title,
                "<div class=\"toc\"><dl class=\"toc\"><dt><span class=\"preface\"><a href=\"pr01." + lang + ".html\">"
                        + preface + "</a></span></dt><dd><dl><dt><a href=\"pr01." + lang
                        + ".html#_terms\">1. Terms</a></dt>"
                        + "</dl></dd><dt><span class=\"chapter\"><a href=\"ch01." + lang
                        + ".html\">1. " + chapter + "</a></span></dt><dt><span class=\"appendix\"><a href=\"apa."
                        + lang + ".html\">A. " + appendix + "</a></span></dt></dl></div>");
        page(
                folder,
                "pr01." + lang + ".html",
                preface,
                "<h1>" + preface + "</h1><p>Ein Wort vorab. A word first.</p><h2>1. Terms</h2><p>Begriffe. Terms.</p>");
        page(folder, "ch01." + lang + ".html", chapter, "<h1>1. " + chapter + "</h1><p>Mehl. Flour.</p>");
        page(folder, "apa." + lang + ".html", appendix, "<h1>A. " + appendix + "</h1><p>Mehr. More.</p>");
    }

    private static void page(Path folder, String name, String title, String body) throws IOException {
        Files.writeString(
                folder.resolve(name),
                "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>");
    }

    /**
     * A texinfo manual split by chapter: its start page lists the chapters in a menu table, its contents page is named
     * after the manual, each node opens with a row of buttons and a last row closes the page, followed by the
     * generator's credit and the manual's footer, and redirect pages stand for every node.
     */
    @Test
    void aTexinfoManualIsReadInTheOrderOfItsContentsPageWithoutButtonsOrRedirects(@TempDir Path temp)
            throws IOException, LibraryException {
        String buttons = "<table class=\"header\"><tr><td>[<a href=\"index.html\"> Up </a>]</td></tr></table>";
        page(
                temp,
                "index.html",
                "Ledger Manual",
                "<h1>Ledger Manual</h1><table class=\"menu\"><tr><td>"
                        + "<a href=\"Postings.html\">Postings</a></td></tr><tr><td><a href=\"Accounts.html\">Accounts</a>"
                        + "</td></tr></table>");
        page(
                temp,
                "ledger_toc.html",
                "Contents",
                "<div class=\"contents\"><ul>"
                        + "<li><a href=\"Postings.html#Postings\">1 Postings</a><ul>"
                        + "<li><a href=\"Postings.html#Amounts\">1.1 Amounts</a></li></ul></li>"
                        + "<li><a href=\"Accounts.html#Accounts\">2 Accounts</a></li></ul></div>");
        page(
                temp,
                "Postings.html",
                "Postings (ledger)",
                buttons + "<h1>1 Postings</h1><p>A posting moves money.</p>" + buttons
                        + "<h2>1.1 Amounts</h2><p>An amount has a currency.</p>");
        page(
                temp,
                "Amounts.html",
                "Amounts (ledger)",
                "<p>The node is <a href=\"Postings.html#Amounts\">here</a>.</p>");
        page(
                temp,
                "Accounts.html",
                "Accounts (ledger)",
                buttons + "<h1>2 Accounts</h1><p>Accounts hold money.</p><hr>" + buttons
                        + "<p><font size=\"-1\">This document was generated on <em>May 1, 2026</em> using"
                        + " <a href=\"https://www.gnu.org/software/texinfo/\">texi2any</a>.</font></p>"
                        + "<font size=\"-1\">Ledger version 2.1, released on April 30, 2026.</font>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "ledger");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("1.0 Postings", "1.1 Amounts", "2.0 Accounts");
        assertThat(book.library().sections())
                .flatExtracting(Section::blocks)
                .extracting(Block::text)
                .containsExactly("A posting moves money.", "An amount has a currency.", "Accounts hold money.");
        assertThat(book.report().skipped()).anySatisfy(skipped -> {
            assertThat(skipped.kind()).isEqualTo("page-footer");
            assertThat(skipped.location()).isEqualTo("Accounts.html");
        });
    }

    /**
     * A texinfo 6.8 manual in one page (R's "R Language Definition"; pandoc keeps the same markup in an EPUB): every
     * node opened with "Next: …, Previous: …, Up: … [Contents][Index]", kept as text, and its "Table of Contents"
     * heading became a section holding only that line.
     */
    @Test
    void aTexinfoPageLeavesOutItsNavigationLinesMenusAndContentsHeading(@TempDir Path temp)
            throws IOException, LibraryException {
        String header = "<div class=\"header\"><p>Next: <a href=\"#Objects\" rel=\"next\">Objects</a>, Previous: <a"
                + " href=\"#Top\" rel=\"prev\">Top</a>, Up: <a href=\"#Top\" rel=\"up\">Top</a> [<a"
                + " href=\"#SEC_Contents\" rel=\"contents\">Contents</a>][<a href=\"#Index\">Index</a>]</p></div>";
        page(
                temp,
                "index.html",
                "Language Definition",
                "<div class=\"top\" id=\"Top\">" + header + "<h1 class=\"top\">Language Definition</h1>"
                        + "<p>This manual defines the language.</p>"
                        + "<div class=\"Contents_element\" id=\"SEC_Contents\"><h2 class=\"contents-heading\">Table of"
                        + " Contents</h2><div class=\"contents\"><ul class=\"no-bullet\"><li><a href=\"#Objects\">1"
                        + " Objects</a></li></ul></div></div></div><hr><div class=\"chapter\" id=\"Objects\">" + header
                        + "<h2 class=\"chapter\">1 Objects</h2><p>Everything is an object.</p><ul class=\"mini-toc\">"
                        + "<li><a href=\"#Vectors\">Vectors</a></li></ul><div class=\"nav-panel\"><p>Next: <a"
                        + " href=\"#Vectors\">Vectors</a></p></div><h3 class=\"section\">1.1 Vectors</h3>"
                        + "<p>A vector holds values of one type.</p></div>");

        AssembledBook book = assembler.assemble(reader.read(temp.resolve("index.html"), ImportLimits.DEFAULT), "r");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("0.0 Language Definition", "1.0 Objects", "1.1 Vectors");
        assertThat(book.library().sections())
                .flatExtracting(Section::blocks)
                .extracting(Block::text)
                .containsExactly(
                        "This manual defines the language.",
                        "Everything is an object.",
                        "A vector holds values of one type.");
        assertThat(book.report().skipped()).extracting(Skipped::kind).contains("navigation", "page-contents");
    }

    /** A shell manual's prompt escapes: symbols are names; a footnote's number alone is not. */
    @Test
    void aDefinitionListKeepsASymbolTermWithItsDefinitionButNotAFootnoteNumber(@TempDir Path temp)
            throws IOException, LibraryException {
        page(
                temp,
                "escapes.html",
                "Escapes",
                "<h1>Escapes</h1><dl>"
                        + "<dt>%c</dt><dt>%@</dt><dd><p>The current tally count.</p></dd>"
                        + "<dt>%*</dt><dd><p>The count with its unit.</p></dd>"
                        + "<dt>[1]</dt><dd><p>Counts are kept per shell.</p></dd></dl>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "escapes");

        assertThat(book.library().sections())
                .flatExtracting(Section::blocks)
                .extracting(Block::text)
                .containsExactly(
                        "%c, %@: The current tally count.",
                        "%*: The count with its unit.", "[1]", "Counts are kept per shell.");
    }

    @Test
    void codeTablesAndImagesBecomeTheirOwnBlocksAndStayOutOfTheProse() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "html-book");
        Section keys = book.library().find(SectionNumber.of(1, 1)).orElseThrow();

        assertThat(keys.blocks())
                .extracting(Block::kind)
                .containsExactly(Block.Kind.PROSE, Block.Kind.CODE, Block.Kind.TABLE, Block.Kind.IMAGE);
        assertThat(keys.blocks().get(1).text()).isEqualTo("cache.set(\"user:42\", profile)\ncache.get(\"user:42\")");
        assertThat(keys.blocks().get(2).text()).isEqualTo("Key styles\nStyle | Example\nColon | user:42");
        assertThat(keys.blocks().get(3).text()).contains("A diagram of keys pointing to values");
        assertThat(keys.paragraphs())
                .containsExactly("Every entry is stored under a key. A key names exactly one value in the cache.");
        assertThat(keys.title()).isEqualTo("Keys");
        assertThat(book.report().codeBlocks()).isEqualTo(1);
        assertThat(book.report().tables()).isEqualTo(1);
        assertThat(book.report().images()).isEqualTo(1);
    }

    @Test
    void scriptsNavigationFootersAndFrontMatterAreCountedNotImported() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "html-book");

        String all =
                book.library().sections().stream().map(Section::searchableText).reduce("", String::concat);
        assertThat(all)
                .doesNotContain(
                        "never run", "Search the docs", "Nobody", "All rights reserved", "¶", "color:red", "Home");
        assertThat(book.report().skipped())
                .extracting(Skipped::kind)
                .contains("script", "style", "navigation", "page-footer", "front-matter", "back-matter");
        assertThat(book.report().skipped()).anySatisfy(skipped -> {
            assertThat(skipped.kind()).isEqualTo("front-matter");
            assertThat(skipped.location()).isEqualTo("copyright.html");
        });
    }

    @Test
    void aBoxHeadingSuchAsNoteOpensNoSection() throws LibraryException {
        AssembledBook book = assembler.assemble(reader.read(BOOK, ImportLimits.DEFAULT), "html-book");

        assertThat(book.library().find(SectionNumber.of(2, 0)).orElseThrow().paragraphs())
                .contains("Note", "Eviction is not expiry.");
    }

    @Test
    void footnotesKeepTheirTextAndTheirMarkersStandApart(@TempDir Path temp) throws IOException, LibraryException {
        Path page = Files.writeString(
                temp.resolve("notes.html"),
                "<html><body><h1>Ownership</h1><p>Rust manages memory through ownership.<a href=\"#fn1\""
                        + " class=\"footnote-ref\" id=\"fnref1\" epub:type=\"noteref\">1</a> The compiler checks"
                        + " it.</p><p>Themes are configured in theme.conf.<a class=\"footnote-reference brackets\""
                        + " href=\"#id2\" id=\"id1\" role=\"doc-noteref\"><span class=\"fn-bracket\">[</span>2"
                        + "<span class=\"fn-bracket\">]</span></a></p><section class=\"footnotes\""
                        + " epub:type=\"footnotes\"><hr /><ol><li id=\"fn1\" epub:type=\"footnote\"><p>Other"
                        + " languages use a garbage collector.<a href=\"#fnref1\" class=\"footnote-back\""
                        + " role=\"doc-backlink\">\u21a9\ufe0e</a></p></li></ol></section><aside class=\"footnote-list"
                        + " brackets\"><aside class=\"footnote brackets\" id=\"id2\" role=\"note\"><span"
                        + " class=\"label\"><span class=\"fn-bracket\">[</span><a role=\"doc-backlink\""
                        + " href=\"#id1\">2</a><span class=\"fn-bracket\">]</span></span><p>It is not an executable"
                        + " Python file.</p></aside></aside></body></html>");

        AssembledBook book = assembler.assemble(reader.read(page, ImportLimits.DEFAULT), "notes.html");

        assertThat(book.library().sections().get(0).paragraphs())
                .containsExactly(
                        "Rust manages memory through ownership.[1] The compiler checks it.",
                        "Themes are configured in theme.conf.[2]",
                        "[1] Other languages use a garbage collector.",
                        "[2] It is not an executable Python file.");
        assertThat(book.report().skipped()).extracting(Skipped::kind).doesNotContain("sidebar");
    }

    @Test
    void aSinglePageNestsByHeadingLevels(@TempDir Path temp) throws IOException, LibraryException {
        Path page = Files.writeString(
                temp.resolve("guide.html"),
                "<html><body><h1>Guide</h1><p>Intro text.</p>"
                        + "<h2>Setup</h2><p>Install it.</p><h3>On Linux</h3><p>Use apt.</p><h2>Use</h2><p>Run it.</p>"
                        + "</body></html>");

        AssembledBook book = assembler.assemble(reader.read(page, ImportLimits.DEFAULT), "guide.html");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("0.0 Guide", "1.0 Setup", "1.1 On Linux", "2.0 Use");
    }

    /** A one-page manual saved as a folder's index.html, its contents linking only within the page (Git's manual). */
    @Test
    void aFolderWhoseOnlyPageIsIndexHtmlIsReadAsThatPage(@TempDir Path temp) throws IOException, LibraryException {
        Files.writeString(
                temp.resolve("index.html"),
                "<html><head><title>Git User Manual</title></head><body><h1>Git User Manual</h1>"
                        + "<ul><li><a href=\"#branches\">Branches</a></li><li><a href=\"#tags\">Tags</a></li></ul>"
                        + "<h2 id=\"branches\">Branches</h2><p>A branch names a line of work.</p>"
                        + "<h2 id=\"tags\">Tags</h2><p>A tag names a commit for good.</p></body></html>");

        AssembledBook book = assembler.assemble(reader.read(temp, ImportLimits.DEFAULT), "git-user-manual");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("0.0 Git User Manual", "1.0 Branches", "2.0 Tags");
    }

    @Test
    void aFolderOverTheLimitsIsRefusedBeforeItIsRead(@TempDir Path temp) throws IOException {
        for (int i = 0; i < 3; i++) {
            Files.writeString(temp.resolve("p" + i + ".html"), "<h1>Page " + i + "</h1><p>Text.</p>");
        }

        assertThatThrownBy(() -> reader.read(temp, new ImportLimits(1000, 1000, 1000, 2, 1000)))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("more than 2 pages");
        assertThatThrownBy(() -> reader.read(temp, new ImportLimits(1000, 1000, 10, 10, 1000)))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("over the import limit of 10 per page");
    }

    @Test
    void everyPageOfAFolderIsHeldToThePageLimitsBeforeItIsParsed(@TempDir Path temp) throws IOException {
        page(temp, "index.html", "Notes", "<div class=\"toc\"><ul><li><a href=\"one.html\">One</a></li></ul></div>");
        page(temp, "one.html", "One", "<h1>One</h1><p>" + "<br>".repeat(1_000_001) + "</p>");
        page(temp, "contents.html", "Contents", "<p>" + "x".repeat(2_000) + "</p>");
        ImportLimits pages = new ImportLimits(10_000_000, 10_000_000, 10_000_000, 100, 1_000_000, 1_500, 1_000);

        assertThatThrownBy(() -> reader.read(temp, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("the page one.html holds more than 1000000 tags, over the import limit");
        assertThatThrownBy(() -> reader.read(temp, pages))
                .as("the contents page, read to find the reading order")
                .hasMessageContaining("the page contents.html holds 2");
        assertThatThrownBy(() -> reader.read(temp.resolve("one.html"), ImportLimits.DEFAULT))
                .hasMessageContaining("one.html: the page one.html holds more than 1000000 tags");
    }

    @Test
    void acceptsPagesAndFoldersOfPagesOnly(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "1.1 Notes\n\nText.");

        assertThat(reader.accepts(BOOK)).isTrue();
        assertThat(reader.accepts(BOOK.resolve("basics.html"))).isTrue();
        assertThat(reader.accepts(temp)).isFalse();
        assertThat(reader.accepts(temp.resolve("notes.txt"))).isFalse();
        assertThat(List.of(reader.accepts(temp.resolve("missing")))).containsExactly(false);
    }

    @Test
    void aDefinitionListKeepsEachTermWithTheFirstParagraphOfItsDefinition(@TempDir Path temp)
            throws IOException, LibraryException {
        Path page = Files.writeString(
                temp.resolve("glossary.html"),
                "<html><body><h1>Glossary</h1>"
                        // a DocBook glossary: the definition in a paragraph, a second paragraph after it
                        + "<dl><dt><span class=\"term\">branch</span></dt><dd><p>A named reference to the commit at"
                        + " the tip of a branch.</p><p>Branches are cheap.</p></dd>"
                        // Sphinx's dl.glossary and an API signature in the term
                        + "<dt id=\"term-iterator\">iterator<a class=\"headerlink\" href=\"#t\">¶</a></dt>"
                        + "<dd><p>An object representing a stream of data.</p></dd></dl>"
                        + "<dl class=\"py method\"><dt class=\"sig\"><span>list.</span><span>append</span>(<em>x</em>)"
                        + "</dt><dd><p>Add an item to the end of the list.</p></dd></dl>"
                        // a variable list of options: two terms for one definition, text straight in the dd
                        + "<dl class=\"variablelist\"><dt>-a</dt><dt>--all:</dt><dd>Fetch all remotes.</dd>"
                        // a definition opening with code keeps its term apart
                        + "<dt><code>--color</code></dt><dd><pre>--color=auto</pre><p>Specifies when to use"
                        + " color.</p></dd></dl>"
                        // a footnote's number is no term; a term without a definition stays alone
                        + "<dl class=\"footnote\"><dt>[1]</dt><dd><p>Since version 2.</p></dd><dt>orphan</dt></dl>"
                        + "<p>After the list.</p>"
                        + "</body></html>");

        AssembledBook book = assembler.assemble(reader.read(page, ImportLimits.DEFAULT), "glossary.html");

        assertThat(book.library().sections().get(0).blocks())
                .extracting(Block::text)
                .containsExactly(
                        "branch: A named reference to the commit at the tip of a branch.",
                        "Branches are cheap.",
                        "iterator: An object representing a stream of data.",
                        "list.append(x): Add an item to the end of the list.",
                        "-a, --all: Fetch all remotes.",
                        "--color",
                        "--color=auto",
                        "Specifies when to use color.",
                        "[1]",
                        "Since version 2.",
                        "orphan",
                        "After the list.");
    }

    @Test
    void aNestedDefinitionListDoesNotJoinItsTermToTheOuterOne(@TempDir Path temp) throws IOException, LibraryException {
        Path page = Files.writeString(
                temp.resolve("nested.html"),
                "<html><body><h1>Options</h1><dl><dt>mode</dt><dd><dl><dt>fast</dt><dd><p>Skips the checks.</p></dd>"
                        + "</dl></dd></dl><h2>Next</h2><p>Other text.</p></body></html>");

        AssembledBook book = assembler.assemble(reader.read(page, ImportLimits.DEFAULT), "nested.html");

        assertThat(book.library().sections().get(0).blocks())
                .extracting(Block::text)
                .containsExactly("mode", "fast: Skips the checks.");
    }

    @Test
    void thousandsOfTermsWithoutADefinitionAreReadInLinearTime(@TempDir Path temp) throws IOException {
        Path page = Files.writeString(
                temp.resolve("terms.html"),
                "<html><body><h1>Terms</h1><dl>" + "<dt>term</dt>".repeat(50_000) + "<dd>Defined once.</dd></dl>"
                        + "</body></html>");

        AssembledBook book = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> assembler.assemble(reader.read(page, ImportLimits.DEFAULT), "terms.html"));

        assertThat(book.library().sections().get(0).paragraphs().get(0)).endsWith("term, term: Defined once.");
    }
}
