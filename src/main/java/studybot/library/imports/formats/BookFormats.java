package studybot.library.imports.formats;

import java.time.Clock;
import java.util.List;
import studybot.library.imports.BookAssembler;
import studybot.library.imports.BookImporter;
import studybot.library.imports.FormatReader;
import studybot.library.imports.ImportLimits;
import studybot.library.imports.epub.EpubReader;
import studybot.library.imports.html.HtmlReader;
import studybot.library.imports.markdown.MarkdownReader;
import studybot.library.imports.pdf.PdfReader;

/**
 * Every format studybot imports, in the order they are asked: EPUB first (a zip with its own name), then PDF, then
 * Markdown, then HTML (a folder of pages). The bot's loader and {@code check-book} both take their importer from here,
 * so they always read the same formats.
 */
public final class BookFormats {

    private BookFormats() {}

    /** One reader per format. */
    public static List<FormatReader> readers() {
        return List.of(new EpubReader(), new PdfReader(), new MarkdownReader(), new HtmlReader());
    }

    /** An importer reading every format within {@code limits}, numbering books on {@code clock}'s time. */
    public static BookImporter importer(ImportLimits limits, Clock clock) {
        return new BookImporter(readers(), limits, new BookAssembler(clock));
    }
}
