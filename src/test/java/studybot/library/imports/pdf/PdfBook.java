package studybot.library.imports.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Writes fixture PDFs with PDFBox itself, laid out as a typeset book is: A4 pages, a running header and a page number
 * on each page once {@link #runningHeader} is set, Helvetica prose, Courier code, bold headings with a bookmark
 * pointing at the heading's place on its page.
 */
final class PdfBook {

    static final float LEFT = 72;
    private static final float TOP = 770;
    private static final PDFont PROSE = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont CODE = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float CODE_SIZE = 10;
    /** Every Courier glyph is 600 units of 1,000 wide. */
    private static final float COURIER_ADVANCE = 0.6f;

    private final PDDocument document = new PDDocument();
    private final List<PDOutlineNode> levels = new ArrayList<>();
    private PDDocumentOutline outline;
    private PDPage page;
    private PDPageContentStream content;
    private String runningHeader;
    private float y;

    PdfBook runningHeader(String text) {
        runningHeader = text;
        return this;
    }

    PdfBook page() {
        closeContent();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = call(() -> new PDPageContentStream(document, page));
        y = TOP;
        if (runningHeader != null) {
            draw(BOLD, 9, LEFT, 810, runningHeader);
            draw(PROSE, 9, 290, 30, String.valueOf(document.getNumberOfPages()));
        }
        return this;
    }

    PdfBook prose(String... lines) {
        for (String line : lines) {
            y -= 14;
            draw(PROSE, 11, LEFT, y, line);
        }
        return this;
    }

    /** A prose line starting with a first-line indent, as typeset books begin a paragraph. */
    PdfBook indented(String line) {
        y -= 14;
        draw(PROSE, 11, LEFT + 15, y, line);
        return this;
    }

    /** A prose line with a smaller Courier word inside, as a manual prints inline code. */
    PdfBook proseWithCode(String before, String code, String after) {
        y -= 14;
        float x = LEFT;
        x += drawWidth(PROSE, 11, x, before + " ");
        x += drawWidth(CODE, 9, x, code);
        draw(PROSE, 11, x, y, after);
        return this;
    }

    /**
     * A prose line with a bold term set apart from the word before it by {@code gap} points of position rather than by
     * a space character, as LaTeX and other writers place a word in another font.
     */
    PdfBook proseWithTerm(String before, String term, String after, float gap) {
        y -= 14;
        float x = LEFT;
        x += drawWidth(PROSE, 11, x, before) + gap;
        x += drawWidth(BOLD, 11, x, term);
        draw(PROSE, 11, x, y, after);
        return this;
    }

    /**
     * A definition list's entry on one line, as pdflatex and texinfo set one: the term in bold ({@code monospace}:
     * Courier), then a gap of three spaces, then the definition.
     */
    PdfBook entry(boolean monospace, String term, String definition) {
        y -= 14;
        float x = LEFT + drawWidth(monospace ? CODE : BOLD, 11, LEFT, term) + 9;
        draw(PROSE, 11, x, y, definition);
        return this;
    }

    /** A prose line that opens with a bold word followed by an ordinary space, as inside a wrapped sentence. */
    PdfBook boldFirst(String bold, String rest) {
        y -= 14;
        float x = LEFT + drawWidth(BOLD, 11, LEFT, bold + " ");
        draw(PROSE, 11, x, y, rest);
        return this;
    }

    /** A prose line indented as a definition list's description is, well right of its Courier term. */
    PdfBook description(String line) {
        y -= 14;
        draw(PROSE, 11, LEFT + 29, y, line);
        return this;
    }

    /** A paragraph break: more space than between lines. */
    /**
     * A footnote at the foot of the page, as TeX sets one: its marker raised and smaller than its 8-point text,
     * {@code below} lines under the page's first footnote line.
     */
    PdfBook footnote(int below, String marker, String text) {
        float baseline = 110 - 10 * below;
        float width = call(() -> PROSE.getStringWidth(marker) / 1000 * 6);
        draw(PROSE, 6, LEFT, baseline + 3, marker);
        draw(PROSE, 8, LEFT + width, baseline, text);
        return this;
    }

    PdfBook gap() {
        y -= 10;
        return this;
    }

    /** A code line, {@code indent} characters in. */
    PdfBook code(int indent, String line) {
        y -= 12;
        draw(CODE, CODE_SIZE, LEFT + indent * COURIER_ADVANCE * CODE_SIZE, y, line);
        return this;
    }

    /** A title page's title here: a large line with no bookmark. */
    PdfBook title(String title) {
        y -= 40;
        draw(BOLD, 24, LEFT, y, title);
        y -= 10;
        return this;
    }

    /** A heading here, with a bookmark at {@code level} (1 for a chapter) pointing at it. */
    PdfBook heading(int level, String title) {
        y -= 30;
        draw(BOLD, 16, LEFT, y, title);
        bookmark(level, title, (int) (y + 20));
        y -= 6;
        return this;
    }

    /** A heading printed as {@code printed}, with a bookmark at {@code level} titled otherwise pointing at it. */
    PdfBook heading(int level, String printed, String bookmark) {
        y -= 30;
        draw(BOLD, 16, LEFT, y, printed);
        bookmark(level, bookmark, (int) (y + 20));
        y -= 6;
        return this;
    }

    /** A bookmark at {@code level} pointing at {@code top} (points from the page's bottom) of the current page. */
    PdfBook bookmark(int level, String title, int top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(top);
        return add(level, title, destination);
    }

    private PdfBook add(int level, String title, PDPageDestination destination) {
        if (outline == null) {
            outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            levels.add(outline);
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        while (levels.size() > level) {
            levels.remove(levels.size() - 1);
        }
        levels.get(levels.size() - 1).addLast(item);
        levels.add(item);
        return this;
    }

    /** A bookmark at {@code level} naming only the current page, not a point on it. */
    PdfBook bookmarkToPage(int level, String title) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        return add(level, title, destination);
    }

    /** A bookmark at {@code level} pointing at the top of an earlier page, {@code pageIndex} from 0. */
    PdfBook bookmarkBack(int level, String title, int pageIndex) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(document.getPage(pageIndex));
        destination.setTop(800);
        return add(level, title, destination);
    }

    /** A bookmark at {@code level} without a destination, as damaged or hand-edited outlines have. */
    PdfBook bookmarkToNowhere(int level, String title) {
        return add(level, title, null);
    }

    /**
     * Damages the outline as a broken writer might: the last top-level bookmark's next is the first again, and the
     * first is its own first child.
     */
    PdfBook loopOutline() {
        PDOutlineItem first = outline.getFirstChild();
        outline.getLastChild().getCOSObject().setItem(COSName.NEXT, first);
        first.getCOSObject().setItem(COSName.FIRST, first);
        first.getCOSObject().setItem(COSName.LAST, first);
        return this;
    }

    /** A 120 by 80 point picture here. */
    PdfBook image() {
        y -= 90;
        call(() -> {
            PDImageXObject picture =
                    LosslessFactory.createFromImage(document, new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB));
            content.drawImage(picture, LEFT, y, 120, 80);
            return null;
        });
        return this;
    }

    PdfBook info(String title, String author, String language) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setLanguage(language);
        return this;
    }

    PdfBook protect(ProtectionPolicy policy) {
        call(() -> {
            document.protect(policy);
            return null;
        });
        return this;
    }

    Path save(Path file) {
        closeContent();
        call(() -> {
            document.save(file.toFile());
            document.close();
            return null;
        });
        return file;
    }

    private void draw(PDFont font, float size, float x, float baseline, String text) {
        call(() -> {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
            return null;
        });
    }

    private float drawWidth(PDFont font, float size, float x, String text) {
        draw(font, size, x, y, text);
        return call(() -> font.getStringWidth(text) / 1000 * size);
    }

    private void closeContent() {
        if (content != null) {
            call(() -> {
                content.close();
                return null;
            });
            content = null;
        }
    }

    private static <T> T call(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoCall<T> {
        T run() throws IOException;
    }
}
