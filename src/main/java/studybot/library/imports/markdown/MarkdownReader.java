package studybot.library.imports.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import studybot.library.LibraryException;
import studybot.library.imports.BookMatter;
import studybot.library.imports.FormatReader;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.OutlineBuilder;
import studybot.library.imports.Skipped;

/**
 * Reads a Markdown book: one {@code .md} file, or a folder. A folder with an mdBook {@code SUMMARY.md} (or a book
 * folder whose {@code src/} has one) is read in its order and nesting, draft chapters (links without a file) counted as
 * skipped; its list items carry the numbers mdBook prints for them (1, 1.1, 2, … across the whole summary, a draft
 * taking its number too), and the prefix and suffix chapters outside the lists none; a folder without one is read file
 * by file in name order, {@code README.md} first. A folder of seed {@code .txt} files is not taken for a Markdown book
 * because of a README beside them. Pandoc's extensions (attributes, fenced divs, raw blocks) are taken out first,
 * keeping the text ({@link PandocMarkup}).
 */
public final class MarkdownReader implements FormatReader {

    private static final String SUMMARY = "SUMMARY.md";

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Override
    public String format() {
        return "Markdown";
    }

    @Override
    public boolean accepts(Path source) {
        if (Files.isRegularFile(source)) {
            return isMarkdown(source);
        }
        if (!Files.isDirectory(source)) {
            return false;
        }
        if (Files.isRegularFile(source.resolve(SUMMARY))
                || Files.isRegularFile(source.resolve("src").resolve(SUMMARY))) {
            return true;
        }
        try (Stream<Path> top = Files.list(source)) {
            List<Path> files = top.filter(Files::isRegularFile).toList();
            return files.stream()
                            .anyMatch(file -> isMarkdown(file)
                                    && !file.getFileName().toString().equalsIgnoreCase("README.md"))
                    && files.stream()
                            .noneMatch(file -> file.getFileName().toString().endsWith(".txt"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ImportedBook read(Path given, ImportLimits limits) throws LibraryException {
        try {
            Path source = given.toRealPath();
            if (Files.isRegularFile(source)) {
                return readFiles(
                        source.getParent() == null ? Path.of(".") : source.getParent(),
                        Map.of(source, SummaryEntry.UNNUMBERED),
                        List.of(),
                        limits);
            }
            Path folder = Files.isRegularFile(source.resolve(SUMMARY)) ? source : source.resolve("src");
            Path summary = folder.resolve(SUMMARY);
            if (Files.isRegularFile(summary)) {
                List<Skipped> skipped = new ArrayList<>();
                Map<Path, SummaryEntry> order = summaryOrder(folder, summary, limits, skipped);
                return readFiles(folder, order, skipped, limits);
            }
            Map<Path, SummaryEntry> order = new LinkedHashMap<>();
            for (Path file : markdownFiles(source, limits)) {
                order.put(file, SummaryEntry.UNNUMBERED);
            }
            return readFiles(source, order, List.of(), limits);
        } catch (IOException e) {
            throw LibraryException.cannotRead(given, e);
        }
    }

    private ImportedBook readFiles(
            Path folder, Map<Path, SummaryEntry> order, List<Skipped> skippedBefore, ImportLimits limits)
            throws IOException, LibraryException {
        OutlineBuilder outline = new OutlineBuilder();
        List<Skipped> skipped = new ArrayList<>(skippedBefore);
        long total = 0;
        String bookTitle = "";
        for (Map.Entry<Path, SummaryEntry> entry : order.entrySet()) {
            Path file = entry.getKey();
            long size = Files.size(file);
            if (size > limits.maxEntryBytes()) {
                throw LibraryException.tooBig("markdownFileTooBig", file, size, limits.maxEntryBytes());
            }
            total += size;
            if (total > limits.maxUnpackedBytes()) {
                throw new LibraryException(
                        "markdownTooBig", Map.of("folder", folder, "limit", String.valueOf(limits.maxUnpackedBytes())));
            }
            String location = folder.relativize(file).toString().replace('\\', '/');
            Node document = parser.parse(
                    PandocMarkup.strip(WrappedHeadings.join(Files.readString(file, StandardCharsets.UTF_8))));
            String title = MarkdownPage.title(document);
            if (bookTitle.isEmpty()) {
                bookTitle = title;
            }
            Optional<Skipped> matter = order.size() > 1
                    ? BookMatter.of(file.getFileName().toString(), title, "", location)
                    : Optional.empty();
            if (matter.isPresent()) {
                skipped.add(matter.get());
                continue;
            }
            String fallback = title.isEmpty() ? file.getFileName().toString().replaceAll("\\.[^.]*$", "") : title;
            if (order.size() == 1) {
                outline.startDocument(fallback, location);
            } else {
                outline.startPage(entry.getValue().depth(), entry.getValue().number(), fallback, location);
            }
            skipped.addAll(MarkdownPage.read(document, outline, location));
            if (outline.textChars() > limits.maxTextChars()) {
                throw new LibraryException("tooMuchText", Map.of("source", folder, "limit", limits.maxTextChars()));
            }
        }
        return new ImportedBook("", bookTitle, "", "", outline.build(), skipped, 1);
    }

    private Map<Path, SummaryEntry> summaryOrder(Path folder, Path summary, ImportLimits limits, List<Skipped> skipped)
            throws IOException, LibraryException {
        if (Files.size(summary) > limits.maxEntryBytes()) {
            throw new LibraryException("summaryTooBig", Map.of("file", summary));
        }
        Node document = parser.parse(Files.readString(summary, StandardCharsets.UTF_8));
        Map<Path, SummaryEntry> order = new LinkedHashMap<>();
        collectLinks(document, 0, "", new ArrayList<>(), folder, order, skipped);
        if (order.isEmpty()) {
            throw new LibraryException("summaryEmpty", Map.of("file", summary));
        }
        return order;
    }

    /** A page of the summary: its depth in the outline and the number mdBook prints for it, or none. */
    private record SummaryEntry(int depth, String number) {
        static final SummaryEntry UNNUMBERED = new SummaryEntry(1, "");
    }

    /**
     * Collects the summary's links below {@code parent} in order.
     *
     * @param number the number of the list item {@code parent} is in, empty outside the lists
     * @param counters the list items counted so far at each level (mdBook numbers them 1, 1.1, 1.2, 2 … and carries the
     *     count on across parts and separators)
     */
    private static void collectLinks(
            Node parent,
            int depth,
            String number,
            List<Integer> counters,
            Path folder,
            Map<Path, SummaryEntry> order,
            List<Skipped> skipped) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem) {
                int here = depth + 1;
                while (counters.size() > here) {
                    counters.remove(counters.size() - 1);
                }
                while (counters.size() < here) {
                    counters.add(0);
                }
                counters.set(here - 1, counters.get(here - 1) + 1);
                String itemNumber =
                        String.join(".", counters.stream().map(String::valueOf).toList());
                collectLinks(node, here, itemNumber, counters, folder, order, skipped);
            } else if (node instanceof Link link) {
                String destination = link.getDestination().replaceAll("#.*$", "");
                Optional<Path> target = chapterFile(folder, destination);
                if (destination.isBlank()) {
                    skipped.add(Skipped.of("draft-chapter", "draftChapter", Map.of(), SUMMARY + ": " + text(link)));
                } else if (target.isEmpty()) {
                    skipped.add(
                            Skipped.of("missing-chapter", "missingChapter", Map.of(), SUMMARY + ": " + destination));
                } else {
                    order.putIfAbsent(target.get(), new SummaryEntry(Math.max(1, depth), number));
                }
            } else {
                collectLinks(node, depth, number, counters, folder, order, skipped);
            }
        }
    }

    /**
     * The chapter file a SUMMARY.md link names, if it is inside the book's folder; a name this machine's file-name
     * charset can't encode (an umlaut without a UTF-8 {@code LANG}) is a missing chapter, not a crash.
     */
    private static Optional<Path> chapterFile(Path folder, String destination) {
        try {
            Path target = folder.resolve(destination).normalize();
            return target.startsWith(folder) && Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else {
                text.append(text(child));
            }
        }
        return text.toString();
    }

    private static List<Path> markdownFiles(Path folder, ImportLimits limits) throws IOException, LibraryException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(MarkdownReader::isMarkdown)
                    .limit(limits.maxEntries() + 1L)
                    .sorted((a, b) -> {
                        boolean aFirst = a.getFileName().toString().equalsIgnoreCase("README.md");
                        boolean bFirst = b.getFileName().toString().equalsIgnoreCase("README.md");
                        return aFirst != bFirst ? (aFirst ? -1 : 1) : a.compareTo(b);
                    })
                    .toList();
        }
        if (files.size() > limits.maxEntries()) {
            throw new LibraryException(
                    "markdownTooManyFiles", Map.of("folder", folder, "limit", String.valueOf(limits.maxEntries())));
        }
        if (files.isEmpty()) {
            throw new LibraryException("markdownNoFiles", Map.of("folder", folder));
        }
        return files;
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }
}
