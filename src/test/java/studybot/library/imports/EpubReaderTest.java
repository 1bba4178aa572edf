package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.imports.epub.EpubReader;
import studybot.library.imports.formats.BookFormats;

class EpubReaderTest {

    private static final String CONTAINER = "<?xml version=\"1.0\"?><container version=\"1.0\""
            + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
            + " full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    private static final String OPF3 = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\""
            + " version=\"3.0\" unique-identifier=\"bookid\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:identifier id=\"bookid\">urn:isbn:9780000000001</dc:identifier><dc:title>Streams in Practice"
            + "</dc:title><dc:creator>Ada Example</dc:creator><dc:language>en-GB</dc:language></metadata><manifest>"
            + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
            + "<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"c1\" href=\"text/chapter%201.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "<item id=\"c1s1\" href=\"text/ch1-s1.xhtml\" media-type=\"application/xhtml+xml\"/>"
            + "</manifest><spine><itemref idref=\"cover\" linear=\"no\"/><itemref idref=\"nav\"/>"
            + "<itemref idref=\"c1\"/><itemref idref=\"c1s1\"/></spine></package>";
    private static final String NAV = "<html xmlns=\"http://www.w3.org/1999/xhtml\""
            + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><body><nav epub:type=\"toc\"><ol>"
            + "<li><a href=\"text/chapter%201.xhtml\">1. Streams</a><ol><li><a href=\"text/ch1-s1.xhtml\">1.1."
            + " Windows</a></li></ol></li></ol></nav></body></html>";
    private static final String COVER =
            "<html><body epub:type=\"cover\"><img src=\"cover.jpg\" alt=\"Cover\"/>" + "</body></html>";
    private static final String CHAPTER = "<html><head><title>Streams</title><script>steal()</script></head><body>"
            + "<h1>1. Streams</h1><p>A stream is an unbounded sequence of events. Each event is processed once.</p>"
            + "<pre>stream.map(e -&gt; e.value())</pre></body></html>";
    private static final String SECTION = "<html><body><h1>1.1. Windows</h1><p>A window groups events by time."
            + " Tumbling windows never overlap.</p></body></html>";

    @TempDir
    Path temp;

    private final EpubReader reader = new EpubReader();
    private final BookAssembler assembler = new BookAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void readsAnEpub3ByItsSpineAndNavigation() throws IOException, LibraryException {
        Path epub = epub("book.epub", book(OPF3));

        ImportedBook imported = reader.read(epub, ImportLimits.DEFAULT);
        AssembledBook book = assembler.assemble(imported, epub.toString());

        assertThat(imported.id()).isEqualTo("urn:isbn:9780000000001");
        assertThat(imported.title()).isEqualTo("Streams in Practice");
        assertThat(imported.author()).isEqualTo("Ada Example");
        assertThat(imported.language()).isEqualTo("en-gb");
        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("1.0 Streams", "1.1 Windows");
        assertThat(book.library().sections().get(0).blocks()).hasSize(2);
        assertThat(book.report().skipped()).extracting(Skipped::kind).contains("front-matter", "script");
    }

    @Test
    void readsAnEpub2ByItsNcx() throws IOException, LibraryException {
        String opf2 = OPF3.replace("version=\"3.0\"", "version=\"2.0\"")
                .replace(" properties=\"nav\"", "")
                .replace(
                        "<item id=\"cover\"",
                        "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx"
                                + "+xml\"/><item id=\"cover\"")
                .replace("<spine>", "<spine toc=\"ncx\">")
                .replace("<itemref idref=\"nav\"/>", "");
        Map<String, String> files = book(opf2);
        files.remove("OEBPS/nav.xhtml");
        files.put(
                "OEBPS/toc.ncx",
                "<?xml version=\"1.0\"?><ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\">"
                        + "<navMap><navPoint id=\"a\"><navLabel><text>Streams</text></navLabel><content"
                        + " src=\"text/chapter%201.xhtml\"/><navPoint id=\"b\"><navLabel><text>Windows</text></navLabel>"
                        + "<content src=\"text/ch1-s1.xhtml#top\"/></navPoint></navPoint></navMap></ncx>");

        AssembledBook book = assembler.assemble(reader.read(epub("two.epub", files), ImportLimits.DEFAULT), "two");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("1.0 Streams", "1.1 Windows");
    }

    @Test
    void fontObfuscationAloneIsNotDrm() throws IOException, LibraryException {
        Map<String, String> files = book(OPF3);
        files.put("META-INF/encryption.xml", encryption("http://www.idpf.org/2008/embedding", "OEBPS/font.otf"));

        assertThat(reader.read(epub("fonts.epub", files), ImportLimits.DEFAULT).chapters())
                .isNotEmpty();
    }

    @Test
    void encryptedContentIsRefusedAsDrm() throws IOException {
        Map<String, String> files = book(OPF3);
        files.put(
                "META-INF/encryption.xml",
                encryption("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/text/ch1-s1.xhtml"));

        assertThatThrownBy(() -> reader.read(epub("drm.epub", files), ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("DRM-protected");
    }

    @Test
    void anEntryClimbingOutOfTheBookIsRefused() throws IOException {
        Map<String, String> files = book(OPF3);
        files.put("../../etc/evil.xhtml", "<p>gotcha</p>");

        assertThatThrownBy(() -> reader.read(epub("traversal.epub", files), ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("points outside the book");
    }

    @Test
    void aZipBombIsStoppedWhileUnpackingWhateverItsHeaderClaims() throws IOException, LibraryException {
        Path bomb = temp.resolve("bomb.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Map.Entry<String, String> file : book(OPF3).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                if (file.getKey().endsWith("ch1-s1.xhtml")) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 8; i++) {
                        zip.write(zeros);
                    }
                } else {
                    zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        ImportLimits small = new ImportLimits(10_000_000, 4_000_000, 2_000_000, 100, 1_000_000);

        assertThat(Files.size(bomb)).isLessThan(100_000);
        assertThatThrownBy(() -> reader.read(bomb, small))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("zip bomb");
        assertThat(reader.read(epub("fine.epub", book(OPF3)), small).chapters()).isNotEmpty();
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, String> files = book(OPF3);
        for (int i = 0; i < 20; i++) {
            files.put("OEBPS/extra" + i + ".css", "p{}");
        }

        assertThatThrownBy(() -> reader.read(
                        epub("many.epub", files), new ImportLimits(1_000_000, 1_000_000, 1_000_000, 10, 1_000_000)))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("entries");
    }

    @Test
    void aDamagedZipGetsOneClearLine() throws IOException {
        Path broken = Files.write(
                temp.resolve("broken.epub"),
                "PK\u0003\u0004 this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(broken, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("broken.epub: not a readable EPUB");
    }

    @Test
    void a200MegabyteFileIsRefusedFromItsSizeBeforeAnyReaderOpensIt() throws IOException {
        Path huge = temp.resolve("huge.epub");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200_000_000L);
        }
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, Clock.systemUTC());

        assertThatThrownBy(() -> importer.importBook(huge))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("200000000 bytes, over the import limit");
    }

    @Test
    void aGlossaryInAnEpubKeepsEachTermWithItsDefinition() throws IOException, LibraryException {
        Map<String, String> files = book(OPF3);
        files.put(
                "OEBPS/text/ch1-s1.xhtml",
                "<html><body><h1>1.1. Windows</h1><dl><dt>tumbling window</dt><dd><p>A window that never overlaps"
                        + " the next one.</p></dd><dt>watermark</dt><dd>Tells how late events may arrive.</dd></dl>"
                        + "</body></html>");

        AssembledBook book = assembler.assemble(reader.read(epub("glossary.epub", files), ImportLimits.DEFAULT), "g");

        assertThat(book.library().sections().get(1).paragraphs())
                .containsExactly(
                        "tumbling window: A window that never overlaps the next one.",
                        "watermark: Tells how late events may arrive.");
    }

    @Test
    void chaptersSharingOneContentDocumentStaySideBySide() throws IOException, LibraryException {
        Map<String, String> files = book(
                OPF3.replace("<item id=\"c1s1\" href=\"text/ch1-s1.xhtml\" media-type=\"application/xhtml+xml\"/>", "")
                        .replace("<itemref idref=\"c1s1\"/>", ""));
        files.remove("OEBPS/text/ch1-s1.xhtml");
        files.put(
                "OEBPS/nav.xhtml",
                "<html><body><nav epub:type=\"toc\"><ol><li><a href=\"text/chapter%201.xhtml#tutorials\">Chapter 1."
                        + " GNU/Linux tutorials</a></li><li><a href=\"text/chapter%201.xhtml#console\">1.1. Console"
                        + " basics</a></li><li><a href=\"text/chapter%201.xhtml#packages\">Chapter 2. Debian package"
                        + " management</a></li><li><a href=\"text/chapter%201.xhtml#apt\">2.1. Basic operations</a>"
                        + "</li></ol></nav></body></html>");
        files.put(
                "OEBPS/text/chapter 1.xhtml",
                "<html><body><section id=\"tutorials\"><h1>Chapter 1. GNU/Linux tutorials</h1><p>Learning a"
                        + " computer system is like learning a new foreign language.</p><section id=\"console\"><h2>"
                        + "1.1. Console basics</h2><p>The console shows a prompt after you log in.</p></section>"
                        + "</section><section id=\"packages\"><h1>Chapter 2. Debian package management</h1><p>Debian"
                        + " is a volunteer organization which builds consistent distributions.</p><section id=\"apt\">"
                        + "<h2>2.1. Basic operations</h2><p>The apt command installs packages.</p></section></section>"
                        + "</body></html>");

        AssembledBook book = assembler.assemble(reader.read(epub("one-file.epub", files), ImportLimits.DEFAULT), "o");

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly(
                        "1.0 GNU/Linux tutorials",
                        "1.1 Console basics",
                        "2.0 Debian package management",
                        "2.1 Basic operations");
        assertThat(book.report().renumbered()).isEmpty();
    }

    @Test
    void aPageWhoseTreeWouldNotFitIsRefusedBeforeItIsParsed() throws IOException {
        Map<String, String> files = book(OPF3);
        files.put("OEBPS/text/ch1-s1.xhtml", "<html><body><p>" + "<br>".repeat(1_000_001) + "</p></body></html>");
        Path bomb = epub("bomb.epub", files);

        assertThatThrownBy(() -> reader.read(bomb, ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("bomb.epub: the page OEBPS/text/ch1-s1.xhtml holds more than 1000000 tags");
    }

    @Test
    void everyDocumentOfAnEpubIsHeldToThePageLimits() throws IOException {
        Map<String, String> files = book(OPF3);
        files.put("OEBPS/text/chapter 1.xhtml", CHAPTER.replace("</p>", "x".repeat(2_000) + "</p>"));
        Path book = epub("book.epub", files);

        assertThatThrownBy(() -> reader.read(book, pageLimits(1_500, 1_000)))
                .hasMessageContaining("the page OEBPS/text/chapter 1.xhtml holds")
                .hasMessageContaining("characters, over the import limit of 1500 a page");
        assertThatThrownBy(() -> reader.read(book, pageLimits(100_000, 9)))
                .hasMessageContaining("the page OEBPS/content.opf holds more than 9 tags");
        assertThatThrownBy(() -> reader.read(book, pageLimits(100_000, 2)))
                .hasMessageContaining("the page META-INF/container.xml holds more than 2 tags");
        files.put("OEBPS/nav.xhtml", NAV.replace("</nav>", "</nav><p>" + "x".repeat(3_000) + "</p>"));
        Path bigNav = epub("nav.epub", files);
        assertThatThrownBy(() -> reader.read(bigNav, pageLimits(2_500, 1_000)))
                .hasMessageContaining("the page OEBPS/nav.xhtml holds");
    }

    @Test
    void aRepeatedSpineItemIsReadOnceAndReportedAsSkipped() throws IOException, LibraryException {
        String spine = "<itemref idref=\"c1\"/><itemref idref=\"c1s1\"/>";
        Path epub = epub("again.epub", book(OPF3.replace(spine, spine.repeat(3))));

        AssembledBook book = assembler.assemble(reader.read(epub, ImportLimits.DEFAULT), epub.toString());

        assertThat(book.library().sections())
                .extracting(Section::heading)
                .containsExactly("1.0 Streams", "1.1 Windows");
        assertThat(book.report().skipped())
                .filteredOn(part -> part.kind().equals("repeated-page"))
                .extracting(Skipped::location)
                .containsExactly(
                        "OEBPS/text/chapter 1.xhtml",
                        "OEBPS/text/ch1-s1.xhtml",
                        "OEBPS/text/chapter 1.xhtml",
                        "OEBPS/text/ch1-s1.xhtml");
    }

    @Test
    void aContainerOrPackageDocumentThatIsNotXmlIsNamed() throws IOException, LibraryException {
        Map<String, String> truncated = book(OPF3);
        truncated.put("META-INF/container.xml", CONTAINER.substring(0, CONTAINER.indexOf("<rootfile ") + 12));
        Map<String, String> garbled = book(OPF3.replace("</manifest>", "</manifest"));

        assertThatThrownBy(() -> reader.read(epub("truncated.epub", truncated), ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageStartingWith(temp.resolve("truncated.epub")
                        + ": META-INF/container.xml in this EPUB is not valid XML (line 1: ")
                .hasMessageEndingWith("), so its pages can't be found");
        assertThatThrownBy(() -> reader.read(epub("garbled.epub", garbled), ImportLimits.DEFAULT))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("garbled.epub: OEBPS/content.opf in this EPUB is not valid XML (line 1: ");
        Map<String, String> sloppy = book(OPF3.replace(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", "")
                .replace("Streams in Practice", "Streams\u0000in&nbsp;Practice&#0;"));
        assertThat(reader.read(epub("sloppy.epub", sloppy), ImportLimits.DEFAULT)
                        .title())
                .as("a prefix never declared, a NUL and an HTML entity: read as jsoup reads them")
                .startsWith("Streams");
    }

    @Test
    void aTableOfContentsInAPageIsLeftOutAsFrontMatterWhileListsThatSaySomethingStay()
            throws IOException, LibraryException {
        String toctree = "<ul><li><a href=\"appetite.html\">1. Whetting Your Appetite</a></li><li><a"
                + " href=\"controlflow.html\">4. More Control Flow Tools</a><ul><li><a href=\"controlflow.html#lambda\">"
                + "4.8.6. Lambda Expressions</a></li><li><a href=\"controlflow.html#docs\">4.8.7. Documentation"
                + " Strings</a></li></ul></li><li><a href=\"data.html\">5. Data Structures</a></li><li><a"
                + " href=\"modules.html\">6. Modules</a></li><li><a href=\"io.html\">7. Input and Output</a></li><li><a"
                + " href=\"errors.html\">8. Errors and Exceptions</a></li></ul>";
        String domains = "<p>These roles are described with their domains:</p><ul><li><a href=\"py.html\">Python</a>"
                + "</li><li><a href=\"c.html\">C</a></li><li><a href=\"cpp.html\">C++</a></li><li><a"
                + " href=\"js.html\">JavaScript</a></li><li><a href=\"rst.html\">ReST</a></li></ul>";
        String flags = "<ul><li><a href=\"stat.html#UF_NODUMP\"><code>stat.UF_NODUMP</code></a></li><li><a"
                + " href=\"stat.html#UF_APPEND\"><code>stat.UF_APPEND</code></a></li><li><a href=\"stat.html#UF_HIDDEN\">"
                + "<code>stat.UF_HIDDEN</code></a></li></ul>";
        String described = "<ul><li><a href=\"a.html\">Streams</a>: how events flow and where they are kept</li>"
                + "<li><a href=\"b.html\">Windows</a>: how events are grouped by the time they arrived</li>"
                + "<li><a href=\"c.html\">Joins</a>: how two streams are matched on a key</li></ul>";
        String external = "<ul><li><a href=\"https://example.org/a\">Streams elsewhere</a></li><li><a"
                + " href=\"https://example.org/b\">Windows elsewhere</a></li><li><a href=\"https://example.org/c\">"
                + "Joins elsewhere</a></li></ul>";
        Map<String, String> files = book(OPF3);
        files.put(
                "OEBPS/text/chapter 1.xhtml",
                "<html><body><h1>1. Streams</h1><p>A stream is an unbounded sequence of events.</p>" + toctree
                        + "<p>The flags:</p>" + flags + described + external + domains + "</body></html>");

        ImportedBook imported = reader.read(epub("toctree.epub", files), ImportLimits.DEFAULT);
        AssembledBook book = assembler.assemble(imported, "toctree");

        String text = book.library().sections().get(0).body();
        assertThat(text)
                .doesNotContain("Lambda Expressions", "Whetting", "Documentation Strings")
                .contains("A stream is an unbounded sequence of events.", "stat.UF_NODUMP", "stat.UF_HIDDEN")
                .contains("how two streams are matched on a key", "Joins elsewhere")
                .as("a few own-page links in the prose are prose")
                .contains("JavaScript", "ReST");
        assertThat(imported.skipped())
                .filteredOn(skipped -> skipped.location().equals("OEBPS/text/chapter 1.xhtml"))
                .extracting(Skipped::kind, skipped -> skipped.reason().toString())
                .contains(tuple(
                        "front-matter",
                        "8 entries of a table of contents in the text, which the outline already gives"));
    }

    private static ImportLimits pageLimits(long maxPageChars, int maxPageElements) {
        return new ImportLimits(10_000_000, 10_000_000, 10_000_000, 100, 1_000_000, maxPageChars, maxPageElements);
    }

    private static String encryption(String algorithm, String uri) {
        return "<?xml version=\"1.0\"?><encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\""
                + " xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData><enc:EncryptionMethod"
                + " Algorithm=\"" + algorithm + "\"/><enc:CipherData><enc:CipherReference URI=\"" + uri + "\"/>"
                + "</enc:CipherData></enc:EncryptedData></encryption>";
    }

    private static Map<String, String> book(String opf) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip");
        files.put("META-INF/container.xml", CONTAINER);
        files.put("OEBPS/content.opf", opf);
        files.put("OEBPS/nav.xhtml", NAV);
        files.put("OEBPS/cover.xhtml", COVER);
        files.put("OEBPS/text/chapter 1.xhtml", CHAPTER);
        files.put("OEBPS/text/ch1-s1.xhtml", SECTION);
        return files;
    }

    private Path epub(String name, Map<String, String> files) throws IOException {
        Path epub = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(epub);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return epub;
    }
}
