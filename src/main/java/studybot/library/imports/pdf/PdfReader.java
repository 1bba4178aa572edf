package studybot.library.imports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import studybot.library.LibraryException;
import studybot.library.imports.FormatReader;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.ImportedBook;
import studybot.library.imports.ImportedSection;
import studybot.library.imports.Skipped;

/**
 * Reads a PDF book. A PDF is a set of pages, not a text with structure, so the structure comes from its outline
 * (bookmarks), and a PDF without one is refused rather than guessed at. The file's size is checked before a byte is
 * read; PDFBox then reads it through a temp-file-backed cache, so a large file does not sit in the heap.
 */
public final class PdfReader implements FormatReader {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** How far into the file the header may start: some writers put junk before it. */
    private static final int MAGIC_WINDOW = 1024;
    /** How far from the end the "%%EOF" marker may be: some writers append a few bytes after it. */
    private static final int TAIL_WINDOW = 1024;

    @Override
    public String format() {
        return "PDF";
    }

    @Override
    public boolean accepts(Path source) {
        if (!Files.isRegularFile(source)) {
            return false;
        }
        if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(source)) {
            return startsLikePdf(in.readNBytes(MAGIC_WINDOW));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ImportedBook read(Path source, ImportLimits limits) throws LibraryException {
        String name = source.getFileName().toString();
        checkSize(source, name, limits);
        checkComplete(source, name);
        try (RandomAccessReadBufferedFile file = new RandomAccessReadBufferedFile(source.toFile());
                PDDocument document = Loader.loadPDF(file, "", IOUtils.createTempFileOnlyStreamCache())) {
            checkPermissions(document, name);
            return read(document, name, limits);
        } catch (InvalidPasswordException e) {
            throw new LibraryException("pdfEncrypted", Map.of("file", name));
        } catch (LineCollector.TextLimitExceeded e) {
            throw new LibraryException("pdfTooMuchText", Map.of("file", name, "limit", e.limit()));
        } catch (IOException | RuntimeException e) {
            // PDFBox meets some damage (a broken number, a missing object) with an unchecked exception
            throw new LibraryException("pdfUnreadable", Map.of("file", name, "reason", oneLine(e)));
        }
    }

    private static void checkSize(Path source, String name, ImportLimits limits) throws LibraryException {
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new LibraryException("pdfCannotRead", Map.of("file", name, "reason", oneLine(e)));
        }
        if (size > limits.maxFileBytes()) {
            throw new LibraryException(
                    "pdfTooBig",
                    Map.of("file", name, "size", megabytes(size), "limit", megabytes(limits.maxFileBytes())));
        }
    }

    /**
     * A PDF ends with "%%EOF". PDFBox would read a file cut short as far as it goes, and the rest of the book would be
     * lost without a word, so such a file is refused.
     */
    private static void checkComplete(Path source, String name) throws LibraryException {
        try (SeekableByteChannel channel = Files.newByteChannel(source)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, TAIL_WINDOW));
            channel.position(size - tail.capacity());
            int read = 0;
            while (tail.hasRemaining() && read >= 0) {
                read = channel.read(tail);
            }
            if (!new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new LibraryException("pdfCutShort", Map.of("file", name));
            }
        } catch (IOException e) {
            throw new LibraryException("pdfCannotRead", Map.of("file", name, "reason", oneLine(e)));
        }
    }

    private static void checkPermissions(PDDocument document, String name) throws LibraryException {
        if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
            throw new LibraryException("pdfNoCopying", Map.of("file", name));
        }
    }

    private static ImportedBook read(PDDocument document, String name, ImportLimits limits)
            throws IOException, LibraryException {
        List<Bookmark> outline = OutlineWalker.read(document);
        if (outline.isEmpty()) {
            throw new LibraryException("pdfNoBookmarks", Map.of("file", name));
        }
        List<PageLine> lines = LineCollector.collect(document, limits.maxTextChars());
        long total = lines.stream().mapToLong(PageLine::weight).sum();
        if (total == 0) {
            throw new LibraryException("pdfNoText", Map.of("file", name));
        }
        int pageCount = document.getNumberOfPages();
        float[] pageHeights = pageHeights(document);
        RunningLines running = RunningLines.find(lines, pageHeights);
        List<PageLine> text = without(lines, running::isRunning);
        Footnotes footnotes = Footnotes.find(text, pageHeights);
        List<PageLine> content = without(text, footnotes::isFootnote);
        BlockMaker blocks = new BlockMaker(HyphenJoiner.learn(content), BlockMaker.usualLineSpacing(content));
        SectionCutter cutter = new SectionCutter(content, pageCount, blocks);
        List<ImportedSection> chapters = cutter.cut(outline);
        if (chapters.isEmpty()) {
            throw new LibraryException("pdfBookmarksNowhere", Map.of("file", name));
        }
        List<Skipped> skipped = new ArrayList<>(running.skipped());
        skipped.addAll(footnotes.skipped());
        skipped.addAll(cutter.skipped());
        long frontMatter = content.subList(0, cutter.firstSectionLine()).stream()
                .mapToLong(PageLine::weight)
                .sum();
        if (frontMatter > 0) {
            skipped.add(Skipped.of(
                    "front-matter",
                    "beforeFirstBookmark",
                    Map.of("count", frontMatter),
                    PageRanges.describe(cutter.pagesBefore(cutter.firstSectionLine()))));
        }
        double kept = (double) (total
                        - running.droppedWeight()
                        - footnotes.droppedWeight()
                        - frontMatter
                        - cutter.droppedWeight())
                / total;
        PDDocumentInformation info = document.getDocumentInformation();
        String title = clean(info.getTitle());
        return new ImportedBook(
                "",
                title.isEmpty() ? FirstPageTitle.of(lines, outline, name) : title,
                clean(info.getAuthor()),
                clean(document.getDocumentCatalog().getLanguage()),
                chapters,
                skipped,
                Math.max(0, Math.min(1, kept)));
    }

    /** {@code lines} without those whose index {@code leftOut} holds. */
    private static List<PageLine> without(List<PageLine> lines, IntPredicate leftOut) {
        List<PageLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!leftOut.test(i)) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static float[] pageHeights(PDDocument document) {
        float[] heights = new float[document.getNumberOfPages()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = document.getPage(i).getCropBox().getHeight();
        }
        return heights;
    }

    private static boolean startsLikePdf(byte[] head) {
        outer:
        for (int i = 0; i + MAGIC.length <= head.length; i++) {
            for (int j = 0; j < MAGIC.length; j++) {
                if (head[i + j] != MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static double megabytes(long bytes) {
        return bytes / 1_000_000.0;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
