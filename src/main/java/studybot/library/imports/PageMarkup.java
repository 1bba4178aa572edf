package studybot.library.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private final Path source;

    /** @param source the book, as the refusals name it */
    public PageMarkup(ImportLimits limits, Path source) {
        this.limits = limits;
        this.source = source;
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
}
