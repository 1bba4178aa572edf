package studybot.library.imports.epub;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import studybot.library.LibraryException;
import studybot.library.imports.BookMatter;
import studybot.library.imports.FormatReader;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.OutlineBuilder;
import studybot.library.imports.PageMarkup;
import studybot.library.imports.Skipped;
import studybot.library.imports.html.HtmlPage;

/**
 * Reads EPUB 2 and 3 books. The package document gives the metadata ({@code dc:identifier}, title, creator, language)
 * and the spine, the reading order; the EPUB 3 navigation document, else the EPUB 2 NCX, gives each content document
 * its depth. A content document the table of contents lists more than once at that depth holds several sections side by
 * side (pandoc and calibre put several chapters in one file): its equal headings are siblings, where a page's later
 * heading as high as its first would otherwise nest below it. A book whose {@code META-INF/encryption.xml} encrypts
 * content is DRM-protected and refused; font obfuscation, which only scrambles embedded fonts, is not DRM and the book
 * imports. Each content document is read once: the spine listing it again is counted as a skipped {@code repeated-page}
 * (EPUB forbids it, and a spine listing two pages 10,000 times would otherwise read 20,000). A {@code container.xml} or
 * package document that is not well-formed XML is refused by name ({@link WellFormedXml}).
 */
public final class EpubReader implements FormatReader {

    /** The algorithms of font obfuscation (IDPF and Adobe): fonts only, the text stays readable. */
    private static final Set<String> FONT_OBFUSCATION =
            Set.of("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC");

    private static final String CONTAINER = "META-INF/container.xml";
    private static final String ENCRYPTION = "META-INF/encryption.xml";

    /** An {@code .epub} file; a damaged one too, so that its owner hears why it can't be read. */
    @Override
    public String format() {
        return "EPUB";
    }

    @Override
    public boolean accepts(Path source) {
        return Files.isRegularFile(source)
                && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".epub");
    }

    @Override
    public ImportedBook read(Path source, ImportLimits limits) throws LibraryException {
        limits.requireFileWithin(source);
        PageMarkup markup = new PageMarkup(limits, source);
        try (EpubArchive archive = EpubArchive.open(source, limits)) {
            refuseDrm(source, archive, markup);
            String opfPath = packagePath(source, archive, markup);
            String opfText = archive.readText(opfPath)
                    .orElseThrow(
                            () -> new LibraryException("epubNoPackage", Map.of("source", source, "path", opfPath)));
            Document opf = markup.xml(opfText, opfPath);
            WellFormedXml.require(source, opfPath, opfText);
            return readPackage(source, archive, opfPath, opf, limits, markup);
        }
    }

    private static void refuseDrm(Path source, EpubArchive archive, PageMarkup markup) throws LibraryException {
        Optional<String> encryption = archive.readText(ENCRYPTION);
        if (encryption.isEmpty()) {
            return;
        }
        int encrypted = 0;
        for (Element data : markup.xml(encryption.get(), ENCRYPTION).getElementsByTag("enc:EncryptedData")) {
            Element method = data.getElementsByTag("enc:EncryptionMethod").first();
            String algorithm = method == null ? "" : method.attr("Algorithm");
            if (!FONT_OBFUSCATION.contains(algorithm)) {
                encrypted++;
            }
        }
        if (encrypted > 0) {
            throw new LibraryException("epubDrm", Map.of("source", source, "count", String.valueOf(encrypted)));
        }
    }

    private static String packagePath(Path source, EpubArchive archive, PageMarkup markup) throws LibraryException {
        String container = archive.readText(CONTAINER)
                .orElseThrow(() -> new LibraryException("epubNoContainer", Map.of("source", source)));
        Element rootfile = markup.xml(container, CONTAINER).selectFirst("rootfile[full-path]");
        WellFormedXml.require(source, CONTAINER, container);
        if (rootfile == null) {
            throw new LibraryException("epubNoRootfile", Map.of("source", source));
        }
        return rootfile.attr("full-path");
    }

    private static ImportedBook readPackage(
            Path source, EpubArchive archive, String opfPath, Document opf, ImportLimits limits, PageMarkup markup)
            throws LibraryException {
        Map<String, Element> manifest = new HashMap<>();
        for (Element item : opf.select("manifest > item")) {
            manifest.put(item.attr("id"), item);
        }
        TableOfContents contents = new TableOfContents();
        Optional<String> navPath = manifest.values().stream()
                .filter(item -> List.of(item.attr("properties").split("\\s+")).contains("nav"))
                .map(item -> resolve(opfPath, item.attr("href")))
                .findFirst();
        if (navPath.isPresent()) {
            readNav(archive, navPath.get(), contents, markup);
        }
        Element ncxItem = manifest.get(opf.select("spine").attr("toc"));
        if (contents.isEmpty() && ncxItem != null) {
            readNcx(archive, resolve(opfPath, ncxItem.attr("href")), contents, markup);
        }
        List<Skipped> skipped = new ArrayList<>();
        OutlineBuilder outline = new OutlineBuilder();
        int depth = 1;
        Set<String> read = new HashSet<>();
        for (Element itemref : opf.select("spine > itemref")) {
            Element item = manifest.get(itemref.attr("idref"));
            if (item == null) {
                skipped.add(Skipped.of("missing-page", "notInManifest", Map.of(), itemref.attr("idref")));
                continue;
            }
            String path = resolve(opfPath, item.attr("href"));
            if (!read.add(path)) {
                skipped.add(Skipped.of("repeated-page", "repeatedInSpine", Map.of(), path));
                continue;
            }
            if (navPath.isPresent() && navPath.get().equals(path)) {
                skipped.add(Skipped.of("front-matter", "bookMatter", Map.of("page", "toc"), path));
                continue;
            }
            Optional<String> text = archive.readText(path);
            if (text.isEmpty()) {
                skipped.add(Skipped.of("missing-page", "notInZip", Map.of(), path));
                continue;
            }
            Document page = markup.html(text.get(), path);
            String title = HtmlPage.title(page);
            String epubType = page.select("body, section").eachAttr("epub:type").toString();
            Optional<Skipped> matter = BookMatter.of(
                    path.substring(path.lastIndexOf('/') + 1), title, epubType.replaceAll("[\\[\\],]", " "), path);
            if (matter.isPresent()) {
                skipped.add(matter.get());
                continue;
            }
            if ("no".equals(itemref.attr("linear")) && title.isEmpty()) {
                skipped.add(Skipped.of("non-linear", "nonLinear", Map.of(), path));
                continue;
            }
            depth = contents.depthOf(path).orElse(depth);
            if (contents.holdsSeveral(path)) {
                outline.startDocument(depth, title, path);
            } else {
                outline.startPage(depth, title, path);
            }
            skipped.addAll(HtmlPage.read(page, outline, path));
            if (outline.textChars() > limits.maxTextChars()) {
                throw new LibraryException("tooMuchText", Map.of("source", source, "limit", limits.maxTextChars()));
            }
        }
        return new ImportedBook(
                identifier(opf),
                meta(opf, "dc:title"),
                meta(opf, "dc:creator"),
                meta(opf, "dc:language").toLowerCase(Locale.ROOT),
                outline.build(),
                skipped,
                1);
    }

    private static void readNav(EpubArchive archive, String navPath, TableOfContents contents, PageMarkup markup)
            throws LibraryException {
        Optional<String> text = archive.readText(navPath);
        if (text.isEmpty()) {
            return;
        }
        Document nav = markup.html(text.get(), navPath);
        Element typed = nav.selectFirst("nav[epub:type~=toc]");
        Element toc = typed != null ? typed : nav.selectFirst("nav");
        if (toc == null) {
            return;
        }
        for (Element link : toc.select("a[href]")) {
            int depth = link.parents().stream()
                    .filter(parent -> parent.normalName().equals("ol") && toc.equals(parent.closest("nav")))
                    .mapToInt(parent -> 1)
                    .sum();
            contents.add(resolve(navPath, link.attr("href")), Math.max(1, depth));
        }
    }

    private static void readNcx(EpubArchive archive, String ncxPath, TableOfContents contents, PageMarkup markup)
            throws LibraryException {
        Optional<String> text = archive.readText(ncxPath);
        if (text.isEmpty()) {
            return;
        }
        for (Element content : markup.xml(text.get(), ncxPath).select("navPoint > content[src]")) {
            int depth = (int) content.parents().stream()
                    .filter(parent -> parent.tagName().equals("navPoint"))
                    .count();
            contents.add(resolve(ncxPath, content.attr("src")), Math.max(1, depth));
        }
    }

    /** The entries of the navigation document or NCX, by the content document they point into. */
    private static final class TableOfContents {
        /** The depth of each document's first entry. */
        private final Map<String, Integer> depths = new HashMap<>();
        /** How many entries point into each document at the depth of its first. */
        private final Map<String, Integer> entriesAtDepth = new HashMap<>();

        void add(String path, int depth) {
            int first = depths.computeIfAbsent(path, unused -> depth);
            if (first == depth) {
                entriesAtDepth.merge(path, 1, Integer::sum);
            }
        }

        boolean isEmpty() {
            return depths.isEmpty();
        }

        Optional<Integer> depthOf(String path) {
            return Optional.ofNullable(depths.get(path));
        }

        boolean holdsSeveral(String path) {
            return entriesAtDepth.getOrDefault(path, 0) > 1;
        }
    }

    private static String identifier(Document opf) {
        Element pkg = opf.selectFirst("package");
        String uniqueId = pkg == null ? "" : pkg.attr("unique-identifier");
        for (Element id : opf.getElementsByTag("dc:identifier")) {
            if (uniqueId.isEmpty() || id.attr("id").equals(uniqueId)) {
                return id.text().strip();
            }
        }
        return "";
    }

    private static String meta(Document opf, String tag) {
        Element element = opf.getElementsByTag(tag).first();
        return element == null ? "" : element.text().strip();
    }

    /** {@code href} as an entry name in the zip, relative to the document {@code from}; the fragment dropped. */
    static String resolve(String from, String href) {
        String target = URLDecoder.decode(href.replaceAll("#.*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        String base = target.startsWith("/") || !from.contains("/") ? "" : from.substring(0, from.lastIndexOf('/') + 1);
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (base + target).split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
