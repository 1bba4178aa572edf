package studybot.library.imports.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Gathers every page's lines with their position and font, and the images drawn big enough to be figures, in reading
 * order. PDFBox's text stripper finds the lines and words; this keeps what it would otherwise flatten into plain text,
 * and stops as soon as the text outgrows the import's limit.
 */
final class LineCollector extends PDFTextStripper {

    /** Smaller drawings are rules, bullets and icons, not figures a reader would miss. */
    private static final float FIGURE_MIN_POINTS = 24;
    /** A line is code when at least this share of its characters is in a fixed-pitch font. */
    private static final double MONOSPACE_SHARE = 0.8;

    private static final List<String> MONOSPACE_NAMES = List.of(
            "mono",
            "courier",
            "consola",
            "code",
            "menlo",
            "inconsolata",
            "typewriter",
            "fixed",
            "lucidaconsole",
            "monaco",
            "cmtt",
            "sfmono",
            "hack");

    /**
     * A glyph the font gives no Unicode for comes out as its bare code, a control character: texinfo's frame corners
     * (LCIRCLE10's 8 to 11) read as a vertical tab that became a space inside "as" ("look a s follows").
     */
    private static final Pattern UNMAPPED_GLYPH = Pattern.compile("\\p{Cc}");

    private static final List<String> BOLD_NAMES = List.of("bold", "black", "heavy", "demi");

    private static final Pattern TEX_BOLD = Pattern.compile("^[a-z]{0,2}bx?(?:sl|ti|it)?\\d");

    private static final Pattern TEX_TYPEWRITER = Pattern.compile("(?:^|\\+)[a-z]{0,2}tt(?:\\d|$|-)");

    /**
     * A gap between two glyphs wider than this share of the font's space is a word break. PDFBox's 0.5 glued words that
     * writers set apart by position alone, where the font reports a space wider than it prints: the Debian Reference's
     * LaTeX PDF read "andmetacharacters" (a 2.45 pt gap, the space said to be 5.7 pt at 9 pt) 64 times in 112 pages;
     * 0.3 splits them all and changes no word of WeasyPrint's PDFs.
     */
    private static final float WORD_GAP_IN_SPACES = 0.3f;
    /** Glyphs whose baselines are this many font sizes apart are on different lines. */
    private static final float LINE_JUMP = 2;
    /** A footnote marker is set at most this share of the text's size after it, and raised. */
    private static final float MARKER_SIZE = 0.85f;

    private static final Pattern MARKER = Pattern.compile("\\d{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}");

    private final long maxChars;
    private final List<PageLine> lines = new ArrayList<>();
    private final List<PageLine> pageImages = new ArrayList<>();
    private final Map<PDFont, Boolean> monospaceFonts = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();
    private int pageLinesFrom;
    private float pageHeight;
    private long chars;

    private final LeadingTerm leadingTerm = new LeadingTerm(this::isSetApart);

    private LineCollector(long maxChars) {
        this.maxChars = maxChars;
        setSortByPosition(true);
        setSpacingTolerance(WORD_GAP_IN_SPACES);
    }

    /** The document's lines, page by page, top to bottom. */
    static List<PageLine> collect(PDDocument document, long maxChars) throws IOException {
        LineCollector collector = new LineCollector(maxChars);
        collector.writeText(document, Writer.nullWriter());
        return collector.lines;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageLinesFrom = lines.size();
        pageImages.clear();
        pageHeight = page.getCropBox().getHeight();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        finishLine();
        if (!pageImages.isEmpty()) {
            List<PageLine> onPage = lines.subList(pageLinesFrom, lines.size());
            onPage.addAll(pageImages);
            onPage.sort(Comparator.comparingDouble(PageLine::baseline));
        }
        super.endPage(page);
    }

    @Override
    protected void writeString(String string, List<TextPosition> textPositions) throws IOException {
        int jump = lineJump(textPositions);
        if (jump == 0) {
            finishLine();
        } else if (jump > 0) {
            // the rest of the word sits on another line: PDFBox ran a page's last line into the next page's first
            writeGlyphs(textPositions.subList(0, jump));
            finishLine();
            writeGlyphs(textPositions.subList(jump, textPositions.size()));
            return;
        }
        text.append(UNMAPPED_GLYPH.matcher(string).replaceAll(""));
        positions.addAll(textPositions);
    }

    private void writeGlyphs(List<TextPosition> glyphs) {
        StringBuilder word = new StringBuilder();
        glyphs.forEach(glyph -> word.append(glyph.getUnicode()));
        text.append(UNMAPPED_GLYPH
                .matcher(Normalizer.normalize(word, Normalizer.Form.NFKC))
                .replaceAll(""));
        positions.addAll(glyphs);
    }

    /**
     * Where in {@code glyphs} the text leaves the line gathered so far for one far above or below it, or -1; upright
     * text only, as a figure's turned axis labels run up the page. PDFBox gives no line break between a page's last
     * line and the next page's first when it flushes the one with the other: R-intro's footnote at the foot of page 39
     * ran into page 40's header ("… can be used.Chapter 7: Reading data from files 34").
     */
    private int lineJump(List<TextPosition> glyphs) {
        TextPosition last = null;
        for (int i = positions.size() - 1; i >= 0 && last == null; i--) {
            if (!positions.get(i).getUnicode().isBlank()) {
                last = positions.get(i);
            }
        }
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition glyph = glyphs.get(i);
            if (glyph.getUnicode().isBlank()) {
                continue;
            }
            if (last != null
                    && glyph.getDir() == 0
                    && last.getDir() == 0
                    && Math.abs(glyph.getYDirAdj() - last.getYDirAdj())
                            > LINE_JUMP * Math.max(glyph.getFontSizeInPt(), last.getFontSizeInPt())) {
                return i;
            }
            last = glyph;
        }
        return -1;
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        finishLine();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
            noteImage(name);
        }
        super.processOperator(operator, operands);
    }

    private void noteImage(COSName name) throws IOException {
        PDResources resources = getResources();
        if (resources == null || !resources.isImageXObject(name)) {
            return;
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float width = Math.abs(ctm.getScalingFactorX());
        float height = Math.abs(ctm.getScalingFactorY());
        if (width >= FIGURE_MIN_POINTS && height >= FIGURE_MIN_POINTS) {
            float top = pageHeight - (ctm.getTranslateY() + height);
            float left = ctm.getTranslateX();
            pageImages.add(PageLine.image(getCurrentPageNo() - 1, top, left, left + width));
        }
    }

    private void finishLine() throws IOException {
        String line = text.toString().strip();
        if (!line.isEmpty() && !positions.isEmpty()) {
            chars += line.length();
            if (chars > maxChars) {
                throw new TextLimitExceeded(maxChars);
            }
            int marker = leadingMarker();
            String kept = marker == 0
                    ? line
                    : line.substring(markerText(marker).length()).strip();
            lines.add(toLine(kept.isEmpty() ? line : kept, marker > 0 && !kept.isEmpty()));
        }
        text.setLength(0);
        positions.clear();
    }

    /**
     * How many glyphs at the line's start are a footnote marker: a number or a dagger set smaller than the text after
     * it and raised above its baseline, as TeX sets "¹Basic LaTeX doesn't…" at the foot of a page; 0 if none.
     */
    private int leadingMarker() {
        int end = 0;
        while (end < positions.size() && positions.get(end).getUnicode().isBlank()) {
            end++;
        }
        int start = end;
        TextPosition first = end < positions.size() ? positions.get(end) : null;
        while (end < positions.size()
                && !positions.get(end).getUnicode().isBlank()
                && positions.get(end).getFontSizeInPt() == first.getFontSizeInPt()
                && positions.get(end).getYDirAdj() == first.getYDirAdj()) {
            end++;
        }
        int next = end;
        while (next < positions.size() && positions.get(next).getUnicode().isBlank()) {
            next++;
        }
        if (first == null || next >= positions.size()) {
            return 0;
        }
        TextPosition after = positions.get(next);
        String marker = markerTextOf(start, end);
        boolean smaller = first.getFontSizeInPt() <= MARKER_SIZE * after.getFontSizeInPt();
        boolean raised = after.getYDirAdj() - first.getYDirAdj() > 0.2f * after.getFontSizeInPt();
        return MARKER.matcher(marker).matches() && smaller && raised ? end : 0;
    }

    private String markerText(int end) {
        return markerTextOf(0, end).strip();
    }

    private String markerTextOf(int from, int to) {
        StringBuilder marker = new StringBuilder();
        positions.subList(from, to).forEach(glyph -> marker.append(glyph.getUnicode()));
        return marker.toString();
    }

    private PageLine toLine(String line, boolean marked) {
        float baseline = 0;
        float x = Float.MAX_VALUE;
        float endX = 0;
        float widths = 0;
        int visible = 0;
        int monospace = 0;
        for (TextPosition position : positions) {
            baseline = Math.max(baseline, position.getYDirAdj());
            if (!position.getUnicode().isBlank()) {
                x = Math.min(x, position.getXDirAdj());
                endX = Math.max(endX, position.getXDirAdj() + position.getWidthDirAdj());
                visible++;
                widths += position.getWidthDirAdj();
                if (isMonospace(position.getFont())) {
                    monospace++;
                }
            }
        }
        boolean code = visible > 0 && monospace >= MONOSPACE_SHARE * visible;
        return new PageLine(
                getCurrentPageNo() - 1,
                baseline,
                x == Float.MAX_VALUE ? 0 : x,
                endX,
                usualSize(code, monospace > 0 && monospace < visible),
                visible == 0 ? 0 : widths / visible,
                code,
                false,
                marked,
                code || marked ? "" : termOf(line),
                line);
    }

    /** The start of {@code line} that is a definition's term ({@link LeadingTerm}), or empty. */
    private String termOf(String line) {
        String term = leadingTerm.find(positions);
        int matched = 0;
        int end = 0;
        while (end < line.length() && matched < term.length()) {
            char character = line.charAt(end);
            if (!Character.isWhitespace(character)) {
                if (character != term.charAt(matched)) {
                    return "";
                }
                matched++;
            }
            end++;
        }
        return term.isEmpty() || matched < term.length() ? "" : line.substring(0, end);
    }

    /**
     * The line's font size: the median over its characters, or, for prose with inline code in a smaller fixed-pitch
     * font, over its proportional characters only, so that "stored as {@code object.__class__}" reads as the same size
     * as the line above.
     */
    private float usualSize(boolean code, boolean mixed) {
        List<Float> sizes = new ArrayList<>(positions.size());
        for (TextPosition position : positions) {
            boolean visible = !position.getUnicode().isBlank();
            if (visible && (!mixed || isMonospace(position.getFont()) == code)) {
                sizes.add(position.getFontSizeInPt());
            }
        }
        if (sizes.isEmpty()) {
            return positions.get(0).getFontSizeInPt();
        }
        sizes.sort(null);
        return sizes.get(sizes.size() / 2);
    }

    private boolean isMonospace(PDFont font) {
        if (font == null) {
            return false;
        }
        return monospaceFonts.computeIfAbsent(font, LineCollector::looksMonospace);
    }

    /** Whether a font sets words apart from the running text, as a definition's term is: bold or monospace. */
    private boolean isSetApart(PDFont font) {
        return font != null && (isMonospace(font) || boldFonts.computeIfAbsent(font, LineCollector::looksBold));
    }

    private static boolean looksBold(PDFont font) {
        if (isBoldName(String.valueOf(font.getName()))) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }

    /**
     * Whether a font's name is a bold one's: "Bold", "Black", "Heavy", "Demi" in it ("LMRoman10-Bold",
     * "Arial,BoldItalic", "NimbusSans-Bold") or TeX's bold extended naming, two letters at most and "b" or "bx" before
     * the design size ("CMBX10", "CMB10", cm-super's "SFBX1000", "ECBX1000"), after a subset prefix.
     */
    static boolean isBoldName(String fontName) {
        String name = fontName.toLowerCase(Locale.ROOT).replace(" ", "");
        String base = name.substring(name.indexOf('+') + 1);
        return BOLD_NAMES.stream().anyMatch(base::contains)
                || TEX_BOLD.matcher(base).find();
    }

    private static boolean looksMonospace(PDFont font) {
        if (isTypewriterName(String.valueOf(font.getName()))) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && descriptor.isFixedPitch();
    }

    /**
     * Whether a font's name is a fixed-pitch one's: a known family ("Courier", "DejaVuSansMono") or TeX's typewriter
     * naming, two letters at most and "tt" before the design size ("CMTT10", cm-super's "SFTT1000", "ECTT1000",
     * "txtt"), after a subset prefix ("ABCDEF+").
     */
    static boolean isTypewriterName(String fontName) {
        String name = fontName.toLowerCase(Locale.ROOT).replace(" ", "");
        return MONOSPACE_NAMES.stream().anyMatch(name::contains)
                || TEX_TYPEWRITER.matcher(name).find();
    }

    /** The text outgrew {@code maxTextChars}; thrown from inside PDFBox's page loop to stop it at once. */
    static final class TextLimitExceeded extends IOException {

        private final long limit;

        TextLimitExceeded(long limit) {
            super("more than " + limit + " characters of text");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
