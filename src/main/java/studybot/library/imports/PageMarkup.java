package studybot.library.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import studybot.library.LibraryException;

/**
 * Parses one book's HTML, XHTML and XML documents, refusing a page whose tree would not fit before jsoup builds it. A
 * parsed page holds every tag as an object of a few hundred bytes, so the page's characters and the tags it opens
 * ({@code <} followed by a letter) are counted on the raw text first, in one pass: a refusal costs no more than the
 * text already read. Every reader of a book's markup (EPUB pages, navigation, NCX, package document; HTML pages, start
 * and contents pages) parses through here.
 */
public final class PageMarkup {

    private final ImportLimits limits;
    private final String source;

    /** @param source the book, as the refusals name it */
    public PageMarkup(ImportLimits limits, Path source) {
        this(limits, source.toString());
    }

    /** @param source the book, as the refusals name it: a path, or the name of an uploaded file */
    public PageMarkup(ImportLimits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    /** Whether a file named {@code fileName} is a page of a book of pages: HTML or XHTML. */
    public static boolean isPage(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /**
     * Copies the page named {@code page} from {@code in} to {@code out} through {@code budget} while it stays within
     * the page limits, and refuses it as reading it would, with the same line: a zip's page over the limits is never
     * written past them. The page is counted to its end (within the budget's entry limit), so the refusal gives its
     * size, as the reader's does.
     *
     * @param entry the page's entry name in the zip, as the budget's refusals name it
     * @param declaredSize the size the zip's header gives, or -1: a page declared over the limit writes nothing
     */
    public void copyPage(
            String page, String entry, long declaredSize, InputStream in, OutputStream out, UnpackBudget budget)
            throws IOException, LibraryException {
        Counted counted =
                new Counted(declaredSize > limits.maxPageChars() ? OutputStream.nullOutputStream() : out, limits);
        budget.copy(entry, in, counted);
        requireWithin(counted.bytes, counted.tags, page);
    }

    /** {@code text}, the page named {@code page} in the book, parsed as HTML. */
    public Document html(String text, String page) throws LibraryException {
        requireWithin(text.length(), tagsIn(text), page);
        return Jsoup.parse(text, "");
    }

    /** {@code text}, the document named {@code page} in the book, parsed as XML. */
    public Document xml(String text, String page) throws LibraryException {
        requireWithin(text.length(), tagsIn(text), page);
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    /**
     * The page in {@code file}, named {@code page} in the book, parsed as HTML in the charset it declares, as
     * {@link Jsoup#parse(java.io.File)} does. A file over the limit is refused from its size, before it is read.
     */
    public Document html(Path file, String page) throws IOException, LibraryException {
        long size = Files.size(file);
        requireWithin(size, 0, page);
        byte[] bytes = Files.readAllBytes(file);
        requireWithin(bytes.length, tagsIn(bytes), page);
        return Jsoup.parse(
                new ByteArrayInputStream(bytes), null, file.toAbsolutePath().toString());
    }

    private void requireWithin(long chars, long tags, String page) throws LibraryException {
        if (chars > limits.maxPageChars()) {
            throw new LibraryException(
                    "pageTooLong",
                    Map.of(
                            "source",
                            source,
                            "page",
                            page,
                            "size",
                            String.valueOf(chars),
                            "limit",
                            String.valueOf(limits.maxPageChars())));
        }
        if (tags > limits.maxPageElements()) {
            throw new LibraryException(
                    "pageTooManyTags",
                    Map.of("source", source, "page", page, "limit", String.valueOf(limits.maxPageElements())));
        }
    }

    /** The tags {@code text} opens, counted up to one over the limit. */
    private long tagsIn(CharSequence text) {
        long tags = 0;
        int last = text.length() - 1;
        for (int i = 0; i < last && tags <= limits.maxPageElements(); i++) {
            if (text.charAt(i) == '<' && isAsciiLetter(text.charAt(i + 1))) {
                tags++;
            }
        }
        return tags;
    }

    private long tagsIn(byte[] bytes) {
        long tags = 0;
        int last = bytes.length - 1;
        for (int i = 0; i < last && tags <= limits.maxPageElements(); i++) {
            if (bytes[i] == '<' && isAsciiLetter((char) bytes[i + 1])) {
                tags++;
            }
        }
        return tags;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Counts a page's bytes and opened tags as they pass, writing them on only while both are within the limits. */
    private static final class Counted extends OutputStream {
        private final OutputStream out;
        private final ImportLimits limits;
        private long bytes;
        private long tags;
        private boolean afterLessThan;

        Counted(OutputStream out, ImportLimits limits) {
            this.out = out;
            this.limits = limits;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (afterLessThan && isAsciiLetter((char) buffer[i])) {
                    tags++;
                }
                afterLessThan = buffer[i] == '<';
            }
            bytes += length;
            if (bytes <= limits.maxPageChars() && tags <= limits.maxPageElements()) {
                out.write(buffer, offset, length);
            }
        }
    }
}
