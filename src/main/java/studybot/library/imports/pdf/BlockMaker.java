package studybot.library.imports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import studybot.library.Block;

/**
 * Turns a section's lines into blocks. Monospace lines are code, kept line for line with their indentation. Other lines
 * are prose, joined into paragraphs. A paragraph ends where the gap to the next line is clearly wider than the
 * document's usual line spacing, where the font size changes, where a list item starts, or where the next line is
 * indented after a sentence ended. Across a page break the gap says nothing, so there the indentation and a short last
 * line decide.
 */
final class BlockMaker {

    private static final Pattern BULLET = Pattern.compile("^(?:[•◦▪‣∙·●○■□–—*]|\\d{1,3}[.)])\\s.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)]$");
    /** A gap this much over the usual spacing between lines is a paragraph break. */
    private static final float WIDER_GAP = 1.3f;
    /** Sizes closer than this share are the same font size. */
    private static final float SAME_SIZE = 0.1f;

    private final HyphenJoiner joiner;
    private final float lineSpacing;

    /** @param lineSpacing the document's usual distance between baselines, as a multiple of the font size */
    BlockMaker(HyphenJoiner joiner, float lineSpacing) {
        this.joiner = joiner;
        this.lineSpacing = lineSpacing;
    }

    /** The document's usual line spacing: the median gap between neighbouring prose lines of one size. */
    static float usualLineSpacing(List<PageLine> lines) {
        List<Float> ratios = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PageLine previous = lines.get(i - 1);
            PageLine line = lines.get(i);
            if (line.page() == previous.page()
                    && !line.image()
                    && !previous.image()
                    && line.monospace() == previous.monospace()
                    && sameSize(line, previous)) {
                float ratio = (line.baseline() - previous.baseline()) / line.fontSize();
                if (ratio > 0.8f && ratio < 3f) {
                    ratios.add(ratio);
                }
            }
        }
        if (ratios.isEmpty()) {
            return 1.2f;
        }
        ratios.sort(null);
        return ratios.get(ratios.size() / 2);
    }

    List<Block> blocks(List<PageLine> lines) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            PageLine first = lines.get(start);
            int end = start + 1;
            while (end < lines.size()
                    && !first.image()
                    && !lines.get(end).image()
                    && lines.get(end).monospace() == first.monospace()) {
                end++;
            }
            List<PageLine> run = lines.subList(start, end);
            if (first.image()) {
                blocks.add(new Block(Block.Kind.IMAGE, "An image on page " + (first.page() + 1) + "."));
            } else if (first.monospace()) {
                blocks.add(Block.code(code(run)));
            } else {
                paragraphs(run, blocks);
            }
            start = end;
        }
        return blocks;
    }

    private String code(List<PageLine> run) {
        float left = Float.MAX_VALUE;
        for (PageLine line : run) {
            left = Math.min(left, line.x());
        }
        StringBuilder text = new StringBuilder();
        PageLine previous = null;
        for (PageLine line : run) {
            if (previous != null) {
                text.append('\n');
                if (line.page() == previous.page()
                        && line.baseline() - previous.baseline() > WIDER_GAP * lineSpacing * line.fontSize()) {
                    text.append('\n');
                }
            }
            int indent = line.charWidth() > 0 ? Math.round((line.x() - left) / line.charWidth()) : 0;
            text.append(" ".repeat(Math.max(0, indent))).append(line.text());
            previous = line;
        }
        return text.toString();
    }

    private void paragraphs(List<PageLine> run, List<Block> blocks) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (PageLine line : run) {
            left = Math.min(left, line.x());
            right = Math.max(right, line.endX());
        }
        StringBuilder paragraph = new StringBuilder();
        PageLine previous = null;
        String lastText = "";
        for (PageLine line : run) {
            if (previous != null && breaksParagraph(previous, line, left, right)) {
                blocks.add(Block.prose(paragraph.toString()));
                paragraph.setLength(0);
            }
            String text = line.text().replaceAll("\\s+", " ");
            if (paragraph.isEmpty()) {
                paragraph.append(text);
            } else if (HyphenJoiner.endsBroken(lastText)) {
                paragraph.setLength(paragraph.length() - lastText.length());
                paragraph.append(joiner.join(lastText, text));
            } else {
                paragraph.append(' ').append(text);
            }
            previous = line;
            lastText = text;
        }
        if (!paragraph.isEmpty()) {
            blocks.add(Block.prose(paragraph.toString()));
        }
    }

    private boolean breaksParagraph(PageLine previous, PageLine line, float left, float right) {
        if (!sameSize(previous, line) || BULLET.matcher(line.text()).matches()) {
            return true;
        }
        float em = line.fontSize();
        boolean sentenceEnded = SENTENCE_END.matcher(previous.text()).matches();
        boolean indented = line.x() - left > 0.8f * em && line.x() - previous.x() > 0.8f * em;
        if (sentenceEnded && indented) {
            return true;
        }
        if (line.page() != previous.page()) {
            return sentenceEnded && previous.endX() < right - 2 * em;
        }
        float gap = line.baseline() - previous.baseline();
        return gap < 0 || gap > WIDER_GAP * lineSpacing * em;
    }

    private static boolean sameSize(PageLine a, PageLine b) {
        return Math.abs(a.fontSize() - b.fontSize()) <= SAME_SIZE * Math.max(a.fontSize(), b.fontSize());
    }
}
