package studybot.shelf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import studybot.book.BookBinder;
import studybot.config.CacheConfig;
import studybot.config.SearchConfig;
import studybot.config.UploadsConfig;
import studybot.facts.KeyFactExtractor;
import studybot.library.LibraryLoader;
import studybot.library.SeedLimits;
import studybot.library.SeedParser;
import studybot.library.imports.BookImporter;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.formats.BookFormats;
import studybot.library.snapshot.BookSnapshots;

/** Small books written for the shelf's tests (EPUBs with a chosen identifier, zips) and a shelf over a folder. */
public final class ShelfFixtures {

    private static final Path BREAD = Path.of("src/test/resources/books/bread/home-bread-baking.txt");

    static final UploadsConfig UPLOADS = new UploadsConfig(true, 5_000_000, 2);

    private ShelfFixtures() {}

    /** A shelf over {@code seeds} keeping uploads in {@code uploads}. */
    static Shelf shelf(Path seeds, Path uploads, List<String> aliases, String defaultBook, Clock clock) {
        return shelf(seeds, uploads, aliases, defaultBook, UPLOADS, clock);
    }

    static Shelf shelf(
            Path seeds, Path uploads, List<String> aliases, String defaultBook, UploadsConfig config, Clock clock) {
        return shelf(seeds, uploads, aliases, BookLanguages.FROM_METADATA, defaultBook, config, clock);
    }

    static Shelf shelf(
            Path seeds,
            Path uploads,
            List<String> aliases,
            BookLanguages languages,
            String defaultBook,
            UploadsConfig config,
            Clock clock) {
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, clock);
        return new Shelf(
                seeds,
                uploads,
                new BookDiscovery(importer),
                new BookReading(
                        new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT), importer, aliases, languages),
                new BookBinder(new CacheConfig(100, 60, false), new SearchConfig(5, false), new KeyFactExtractor()),
                ImportLimits.DEFAULT,
                config,
                defaultBook,
                clock);
    }

    /**
     * A shelf over {@code seeds} that keeps what it reads in {@code snapshots}, as studybot's does in its data folder.
     */
    static Shelf keepingSnapshots(Path seeds, Path uploads, Path snapshots, Clock clock) {
        BookImporter importer = BookFormats.importer(ImportLimits.DEFAULT, clock);
        return new Shelf(
                seeds,
                uploads,
                new BookDiscovery(importer),
                reading(snapshots, List.of(), BookLanguages.FROM_METADATA, clock),
                new BookBinder(new CacheConfig(100, 60, false), new SearchConfig(5, false), new KeyFactExtractor()),
                ImportLimits.DEFAULT,
                UPLOADS,
                "",
                clock);
    }

    /** Reading books with {@code aliases} and {@code languages}, keeping what it read in {@code snapshots}. */
    static BookReading reading(Path snapshots, List<String> aliases, BookLanguages languages, Clock clock) {
        return new BookReading(
                new LibraryLoader(new SeedParser(), clock, SeedLimits.DEFAULT),
                BookFormats.importer(ImportLimits.DEFAULT, clock),
                aliases,
                languages,
                Optional.of(new BookSnapshots(snapshots, ImportLimits.DEFAULT, clock)));
    }

    /** An EPUB 3 of the bread book's sections, one chapter each, identified by {@code identifier}. */
    public static Path epub(Path file, String identifier, String title, String topic) {
        List<String[]> sections = breadSections();
        StringBuilder manifest = new StringBuilder(
                "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
        StringBuilder spine = new StringBuilder();
        StringBuilder nav = new StringBuilder("<html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\"><body><nav epub:type=\"toc\"><ol>");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip");
        files.put(
                "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\""
                        + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                        + " full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>"
                        + "</container>");
        for (int i = 0; i < sections.size(); i++) {
            String name = "c" + (i + 1) + ".xhtml";
            String heading = (i == 0 ? topic : sections.get(i)[0]);
            manifest.append("<item id=\"c")
                    .append(i + 1)
                    .append("\" href=\"")
                    .append(name)
                    .append("\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"c").append(i + 1).append("\"/>");
            nav.append("<li><a href=\"")
                    .append(name)
                    .append("\">")
                    .append(i + 1)
                    .append(". ");
            nav.append(heading).append("</a></li>");
            files.put(
                    "OEBPS/" + name,
                    "<html><body><h1>" + (i + 1) + ". " + heading + "</h1>" + sections.get(i)[1] + "</body></html>");
        }
        nav.append("</ol></nav></body></html>");
        files.put(
                "OEBPS/content.opf",
                "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                        + " unique-identifier=\"bookid\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                        + "<dc:identifier id=\"bookid\">" + identifier + "</dc:identifier><dc:title>" + title
                        + "</dc:title><dc:creator>Ada Example</dc:creator><dc:language>en</dc:language></metadata>"
                        + "<manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>");
        files.put("OEBPS/nav.xhtml", nav.toString());
        return zip(file, files);
    }

    /** A Markdown book titled {@code topic} whose sections are the bread book's. */
    public static Path markdown(Path file, String topic) {
        StringBuilder text = new StringBuilder("# " + topic + "\n\n");
        for (String[] section : breadSections()) {
            text.append("## ")
                    .append(section[0])
                    .append("\n\n")
                    .append(section[1].replace("<p>", "").replace("</p>", "\n\n"));
        }
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of {@code files}, by entry name. */
    static Path zip(Path file, Map<String, String> files) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> entry : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The bread seed book's sections (which yield key facts and quiz questions): title, then HTML paragraphs. */
    private static List<String[]> breadSections() {
        try {
            List<String[]> sections = new ArrayList<>();
            for (String paragraph : Files.readString(BREAD).split("\\n\\s*\\n")) {
                if (paragraph.matches("(?s)\\d+\\.\\d+ .*")) {
                    sections.add(new String[] {paragraph.strip().replaceFirst("^\\S+ ", ""), ""});
                } else if (!paragraph.isBlank() && !sections.isEmpty()) {
                    String[] last = sections.get(sections.size() - 1);
                    last[1] = last[1] + "<p>" + paragraph.strip() + "</p>";
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
