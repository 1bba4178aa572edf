package studybot.library.imports.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import studybot.library.BookLanguage;
import studybot.library.LibraryException;
import studybot.library.imports.BookMatter;
import studybot.library.imports.FormatReader;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.OutlineBuilder;
import studybot.library.imports.PageMarkup;
import studybot.library.imports.Skipped;

/**
 * Reads an HTML book: one page, or a folder of pages as a documentation generator writes them. In a folder the start
 * page is {@code index.html}, else Debian's {@code index.<lang>.html} ({@link LanguagePages}: one language is read
 * where the folder holds several), else the first page by name; the pages are read in the order its table of contents
 * and "next" links give ({@link ReadingOrder}), each at its depth there; without one, the start page, then the pages it
 * links in its order (each followed by the pages its own table of contents lists: a start page linking several guides),
 * then the rest by file name, and the book's {@link ImportedBook.Order} says which for the load report. The start page,
 * front and back matter, and pages nothing links to are skipped and counted. Every page's size, their number and sum,
 * and the text taken are held to the {@link ImportLimits} before more is read.
 */
public final class HtmlReader implements FormatReader {

    @Override
    public String format() {
        return "HTML";
    }

    @Override
    public boolean accepts(Path source) {
        if (Files.isRegularFile(source)) {
            return PageLinks.isPage(source);
        }
        if (!Files.isDirectory(source)) {
            return false;
        }
        try (Stream<Path> top = Files.list(source)) {
            return top.anyMatch(path -> Files.isRegularFile(path) && PageLinks.isPage(path));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ImportedBook read(Path source, ImportLimits limits) throws LibraryException {
        return read(source, limits, Optional.empty());
    }

    @Override
    public ImportedBook read(Path source, ImportLimits limits, Optional<BookLanguage> language)
            throws LibraryException {
        try {
            if (!Files.isDirectory(source)) {
                return readPage(source, limits);
            }
            Path folder = source.toRealPath();
            Optional<LanguageFolders> languages = LanguageFolders.of(folder, language);
            return languages.isPresent()
                    ? readLanguageFolder(folder, languages.get(), limits, language)
                    : readFolder(folder, limits, language);
        } catch (IOException e) {
            throw LibraryException.cannotRead(source, e);
        }
    }

    private static ImportedBook readPage(Path page, ImportLimits limits) throws IOException, LibraryException {
        checkSize(page, Files.size(page), limits.maxFileBytes(), "file");
        String name = page.getFileName().toString();
        Document document = new PageMarkup(limits, page).html(page, name);
        OutlineBuilder outline = new OutlineBuilder();
        outline.startDocument(HtmlPage.title(document), name);
        List<Skipped> skipped = new ArrayList<>(HtmlPage.read(document, outline, name));
        checkText(page, outline, limits);
        return new ImportedBook(
                "",
                BookTitle.of(document, List.of()),
                author(document),
                language(document).orElse(""),
                outline.build(),
                skipped,
                1);
    }

    /** Reads one language's folder of a manual shipped in several, and says which were left out. */
    private static ImportedBook readLanguageFolder(
            Path folder, LanguageFolders languages, ImportLimits limits, Optional<BookLanguage> preferred)
            throws IOException, LibraryException {
        ImportedBook book = readFolder(languages.chosen(), limits, preferred);
        List<Skipped> skipped = new ArrayList<>();
        skipped.add(Skipped.of(
                "other-language",
                "otherLanguages",
                Map.of(
                        "count",
                        languages.otherPages(),
                        "languages",
                        String.join(", ", languages.otherLanguages()),
                        "language",
                        languages.language()),
                name(folder, languages.chosen().resolve("index.html"))));
        skipped.addAll(book.skipped());
        return new ImportedBook(
                book.id(),
                book.title(),
                book.author(),
                book.language().isEmpty() ? languages.language() : book.language(),
                book.chapters(),
                skipped,
                book.keptShare(),
                book.order());
    }

    private static ImportedBook readFolder(Path folder, ImportLimits limits, Optional<BookLanguage> preferred)
            throws IOException, LibraryException {
        List<Path> all = pages(folder, limits);
        LanguagePages languages = LanguagePages.of(folder, all, preferred);
        List<Path> pages = all.stream().filter(languages::reads).toList();
        Path start = languages.start();
        PageMarkup markup = new PageMarkup(limits, folder);
        Document startPage = markup.html(start, name(folder, start));
        ReadingOrder reading = new ReadingOrder(folder, limits.maxEntries(), markup);
        Map<Path, Integer> order = reading.of(start, startPage);
        order.keySet().retainAll(Set.copyOf(pages));
        Map<Path, String> numbers = reading.printedNumbers(start, startPage);
        boolean linked = !order.isEmpty();
        List<Skipped> skipped = new ArrayList<>();
        if (!languages.others().isEmpty()) {
            skipped.add(Skipped.of(
                    "other-language",
                    "otherLanguages",
                    Map.of(
                            "count",
                            all.size() - pages.size(),
                            "languages",
                            String.join(", ", languages.others()),
                            "language",
                            languages.language().orElseThrow()),
                    name(folder, start)));
        }
        OutlineBuilder outline = new OutlineBuilder();
        ImportedBook.Order ordered = ImportedBook.Order.CONTENTS;
        if (!linked) {
            order.put(start, 1);
            Set<Path> readable = Set.copyOf(pages);
            int linkedFromStart = 0;
            boolean guides = false;
            for (Path page : reading.linkedFrom(startPage, start)) {
                if (readable.contains(page) && !order.containsKey(page)) {
                    order.put(page, 1);
                    linkedFromStart++;
                    Document linkedPage = markup.html(page, name(folder, page));
                    Map<Path, Integer> own =
                            reading.contentsOf(linkedPage, page).isEmpty()
                                    ? new HashMap<>()
                                    : reading.of(page, linkedPage);
                    own.keySet().retainAll(readable);
                    own.forEach((listed, below) -> order.putIfAbsent(listed, below > 0 ? below + 1 : 0));
                    guides |= !own.isEmpty();
                }
            }
            ordered = pages.size() == 1
                    ? ImportedBook.Order.CONTENTS
                    : linkedFromStart > 0 ? ImportedBook.Order.START_PAGE_LINKS : ImportedBook.Order.FILE_NAMES;
            pages.forEach(page -> order.putIfAbsent(page, 1));
            if (pages.size() > 1) {
                skipped.add(Skipped.of(
                        "order",
                        guides ? "linkOrderWithContents" : "linkOrder",
                        Map.of("linked", linkedFromStart),
                        name(folder, start)));
            }
        } else {
            skipped.add(Skipped.of("front-matter", "startPage", Map.of(), name(folder, start)));
        }
        List<String> pageTitles = new ArrayList<>();
        Map<Path, Integer> depths = new HashMap<>();
        int depth = 1;
        for (Map.Entry<Path, Integer> entry : order.entrySet()) {
            Path page = entry.getKey();
            String location = name(folder, page);
            Document document = markup.html(page, location);
            if (!page.equals(start)) {
                pageTitles.add(document.title());
            }
            depth = entry.getValue() > 0 ? entry.getValue() : depths.getOrDefault(page, depth);
            int here = depth;
            reading.contentsOf(document, page).forEach((listed, below) -> depths.putIfAbsent(listed, here + below));
            boolean ownNumbers = HtmlPage.numbersItsOwnSections(document)
                    && !document.title().isBlank();
            String title = ownNumbers ? document.title().strip() : HtmlPage.title(document);
            Optional<Skipped> matter = BookMatter.of(matterName(page, start), title, "", location);
            if (matter.isPresent()) {
                skipped.add(matter.get());
                continue;
            }
            if (ownNumbers) {
                outline.startTitledPage(depth, title, location);
            } else {
                outline.startPage(depth, numbers.getOrDefault(page, ""), title, location);
            }
            skipped.addAll(HtmlPage.read(document, outline, location));
            checkText(folder, outline, limits);
        }
        pages.stream()
                .filter(page -> !order.containsKey(page) && !page.equals(start))
                .forEach(page -> skipped.add(BookMatter.of(page.getFileName().toString(), "", "", name(folder, page))
                        .orElse(Skipped.of("unlinked-page", "unlinked", Map.of(), name(folder, page)))));
        return new ImportedBook(
                "",
                BookTitle.of(startPage, pageTitles),
                author(startPage),
                language(startPage).or(languages::language).orElse(""),
                outline.build(),
                skipped,
                1,
                ordered);
    }

    /**
     * The name a page is judged by as front or back matter. The start page is read only when no contents link the
     * folder's pages (a one-page manual saved as {@code index.html}), and there its name says "start", not "the book's
     * index": it is judged by its title alone.
     */
    private static String matterName(Path page, Path start) {
        return page.equals(start) ? "" : page.getFileName().toString();
    }

    private static List<Path> pages(Path folder, ImportLimits limits) throws IOException, LibraryException {
        List<Path> pages = new ArrayList<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(path) || !PageLinks.isPage(path)) {
                    continue;
                }
                if (pages.size() >= limits.maxEntries()) {
                    throw new LibraryException(
                            "htmlTooManyPages", Map.of("folder", folder, "limit", String.valueOf(limits.maxEntries())));
                }
                long size = Files.size(path);
                checkSize(path, size, limits.maxEntryBytes(), "page");
                total += size;
                checkSize(folder, total, limits.maxUnpackedBytes(), "all");
                pages.add(path);
            }
        }
        if (pages.isEmpty()) {
            throw new LibraryException("htmlNoPages", Map.of("folder", folder));
        }
        pages.sort(null);
        return pages;
    }

    private static void checkSize(Path path, long size, long limit, String scope) throws LibraryException {
        if (size > limit) {
            throw new LibraryException(
                    "pagesTooBig",
                    Map.of("file", path, "size", String.valueOf(size), "limit", String.valueOf(limit), "scope", scope));
        }
    }

    private static void checkText(Path source, OutlineBuilder outline, ImportLimits limits) throws LibraryException {
        if (outline.textChars() > limits.maxTextChars()) {
            throw new LibraryException("tooMuchText", Map.of("source", source, "limit", limits.maxTextChars()));
        }
    }

    private static String name(Path folder, Path page) {
        return folder.relativize(page).toString().replace('\\', '/');
    }

    private static String author(Document page) {
        return page.select("meta[name=author]").attr("content").strip();
    }

    private static Optional<String> language(Document page) {
        return Optional.ofNullable(page.selectFirst("html[lang]"))
                .map(html -> html.attr("lang").strip().toLowerCase(Locale.ROOT))
                .filter(lang -> !lang.isEmpty());
    }
}
