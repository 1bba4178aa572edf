package studybot.library.imports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Block;
import studybot.library.UnspacedScript;

/**
 * Turns a section's lines into blocks. Monospace lines are code, kept line for line with their indentation. Other lines
 * are prose, joined into paragraphs. A paragraph ends where the gap to the next line is clearly wider than the
 * document's usual line spacing, where the font size changes, where a list item starts, or where the next line is
 * indented after a sentence ended. Across a page break the gap says nothing, so there the indentation and a short last
 * line decide. A definition list's entry, as manuals typeset one (a short monospace term, its description indented
 * below it: "beginning-of-line (C-a)" over "Move to the start of the current line."), becomes one paragraph led by its
 * term, as an HTML definition list does: the description alone would not say what it describes.
 */
final class BlockMaker {

    private static final Pattern BULLET = Pattern.compile("^(?:[•◦▪‣∙·●○■□–—*]|\\d{1,3}[.)])\\s.*");
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)]$");
    /**
     * A line ending with a quote right after a word: a quoted word. On a full line the sentence goes on with the next
     * line ({@code based on the "obscure"} / {@code checks in the original shadow package.}); a quoted sentence ends
     * with its mark inside the quotes.
     */
    private static final Pattern QUOTED_WORD_END = Pattern.compile(".*[\\p{L}\\p{N}][\"”’]$");
    /** A gap this much over the usual spacing between lines is a paragraph break. */
    private static final float WIDER_GAP = 1.3f;
    /** Sizes closer than this share are the same font size. */
    private static final float SAME_SIZE = 0.1f;
    /** A definition's term is at most this many monospace lines ("-a" over "--all"), each at most this long. */
    private static final int TERM_LINES = 2;

    private static final int TERM_CHARACTERS = 60;
    /**
     * A description sits at least this many ems right of its term: more than a typeset paragraph's first-line indent
     * (about 1.4 em), so a code line followed by a new paragraph is no term.
     */
    private static final float DESCRIPTION_INDENT = 2f;
    /** At most this many ems: further right is a table's next cell or a centred caption, not a description. */
    private static final float DESCRIPTION_INDENT_MOST = 7f;

    /**
     * A line that ends inside a name the typesetter broke after an underscore ("exec_" + "prefix", "READLINE_" +
     * "LINE"): no prose line ends so, so the next line goes on without a space. A slash is not treated so: a directory
     * at a line's end ("/usr/share/applications/" + "directory") is as common as a URL broken there.
     */
    private static final Pattern BROKEN_AFTER_UNDERSCORE = Pattern.compile("[\\p{L}\\p{N}]_$");
    /** A web address TeX broke after a dot or a slash, without a hyphen: "https://CRAN.R-project." + "org)". */
    private static final Pattern BROKEN_URL = Pattern.compile("\\S*://\\S*([./])$");
    /** How an address's rest begins: after a dot, a lower-case name; after a slash, a path with a mark of one. */
    private static final Pattern URL_REST_AFTER_DOT = Pattern.compile("^\\p{Ll}[\\w.\\-/=?&#%~+]*[)\\].,;:]?(?:\\s|$)");

    private static final Pattern URL_REST_AFTER_SLASH =
            Pattern.compile("^[\\w\\-~]*[.=/?&#_][\\w.\\-/=?&#%~+]*[)\\].,;:]?(?:\\s|$)");

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
        String term = null;
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
            } else if (first.monospace() && describedBelow(run, lines, end)) {
                term = String.join(
                        ", ", run.stream().map(line -> line.text().strip()).toList());
            } else if (first.monospace()) {
                blocks.add(Block.code(code(run)));
            } else {
                int description = blocks.size();
                paragraphs(run, blocks);
                if (term != null) {
                    blocks.set(
                            description,
                            Block.prose(term + ": " + blocks.get(description).text()));
                    term = null;
                }
            }
            start = end;
        }
        return blocks;
    }

    /**
     * Whether the monospace lines {@code run} are a definition's term: short lines at one place, followed below them on
     * their page by prose indented well (but not far) right of them, whose paragraph stays indented on its next line.
     */
    private static boolean describedBelow(List<PageLine> run, List<PageLine> lines, int end) {
        PageLine term = run.get(0);
        if (run.size() > TERM_LINES
                || end >= lines.size()
                || run.stream()
                        .anyMatch(line -> line.text().strip().length() > TERM_CHARACTERS
                                || Math.abs(line.x() - term.x()) > line.charWidth())) {
            return false;
        }
        PageLine description = lines.get(end);
        PageLine last = run.get(run.size() - 1);
        float indent = DESCRIPTION_INDENT * description.fontSize();
        if (description.image()
                || description.page() != last.page()
                || description.baseline() - last.baseline() < 0.5f * description.fontSize()
                || description.x() - term.x() < indent
                || description.x() - term.x() > DESCRIPTION_INDENT_MOST * description.fontSize()) {
            return false;
        }
        if (end + 1 < lines.size() && !SENTENCE_END.matcher(description.text()).matches()) {
            PageLine next = lines.get(end + 1);
            return next.monospace()
                    || next.image()
                    || next.page() != description.page()
                    || next.x() - term.x() >= indent;
        }
        return true;
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
        List<String> terms = new ArrayList<>();
        PageLine firstTerm = null;
        PageLine previous = null;
        String lastText = "";
        for (PageLine line : run) {
            boolean termOnly = isTermOnly(line);
            boolean breaks = previous != null && breaksParagraph(previous, line, left, right);
            boolean entry = !termOnly
                    && !line.term().isEmpty()
                    && (previous == null || breaks || !terms.isEmpty() || endsEntry(previous, line, right));
            boolean described = !terms.isEmpty() && !termOnly && !entry && describes(firstTerm, previous, line);
            String text;
            if ((entry && !breaks && !terms.isEmpty()) || described) {
                paragraph.setLength(0);
                if (entry) {
                    terms.add(termOf(line));
                }
                text = String.join(", ", terms) + ": " + (entry ? definitionOf(line) : line.text());
            } else {
                if (breaks || (entry && previous != null)) {
                    blocks.add(Block.prose(paragraph.toString()));
                    paragraph.setLength(0);
                }
                text = entry ? termOf(line) + ": " + definitionOf(line) : line.text();
            }
            if (termOnly && (paragraph.isEmpty() || !terms.isEmpty())) {
                firstTerm = terms.isEmpty() ? line : firstTerm;
                terms.add(termOf(line));
            } else {
                terms.clear();
            }
            text = text.replaceAll("\\s+", " ");
            if (paragraph.isEmpty()) {
                paragraph.append(text);
            } else if (HyphenJoiner.endsBroken(lastText)) {
                paragraph.setLength(paragraph.length() - lastText.length());
                paragraph.append(joiner.join(lastText, text));
            } else if (BROKEN_AFTER_UNDERSCORE.matcher(lastText).find()
                    || continuesUrl(lastText, text)
                    || brokenWithoutSpaces(lastText, text)) {
                paragraph.append(text);
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

    /**
     * Whether a line that opens with a definition's term ({@link PageLine#term()}) after {@code previous} starts a new
     * entry: {@code previous} ended a sentence or stopped short of the right margin, as an entry's last line does, or
     * was a one-line entry at the same place, or the line stands left of {@code previous} as an entry's term stands
     * left of its description's wrapped lines. A line that goes on with a sentence wrapped from a full line above, at
     * its place, keeps its words as they were.
     */
    private static boolean endsEntry(PageLine previous, PageLine line, float right) {
        float em = line.fontSize();
        return SENTENCE_END.matcher(previous.text()).matches()
                || previous.endX() < right - 2 * em
                || (!previous.term().isEmpty() && Math.abs(line.x() - previous.x()) < 0.5f * em)
                || line.x() < previous.x() - 0.8f * em;
    }

    /**
     * Whether {@code line} is all a definition's term, as texinfo sets the first terms of an entry with several
     * ("‘htmldir’" over "‘dvidir’" over "‘psdir’ Directories for …") or a term over its indented description.
     */
    private static boolean isTermOnly(PageLine line) {
        return !line.term().isEmpty() && line.term().length() == line.text().length();
    }

    /**
     * Whether {@code line} is the description of the terms from {@code firstTerm} to {@code previous}, each a line of
     * its own: indented 2 to 7 ems right of them, as {@link #describedBelow} asks of a monospace term, no further below
     * than lines of one paragraph are.
     */
    private boolean describes(PageLine firstTerm, PageLine previous, PageLine line) {
        float em = line.fontSize();
        float indent = line.x() - firstTerm.x();
        float gap = line.baseline() - previous.baseline();
        return line.page() == previous.page()
                && sameSize(line, previous)
                && indent >= DESCRIPTION_INDENT * em
                && indent <= DESCRIPTION_INDENT_MOST * em
                && gap > 0
                && gap <= WIDER_GAP * lineSpacing * em;
    }

    /** A definition's term, as an HTML definition list's reads: without a trailing colon. */
    private static String termOf(PageLine line) {
        return TRAILING_COLON.matcher(line.term().strip()).replaceAll("");
    }

    private static String definitionOf(PageLine line) {
        return line.text().substring(line.term().length()).strip();
    }

    /**
     * Whether a line of Japanese or Chinese, which put no space between words, goes on in {@code next}: a break between
     * two of their characters (or their full-width punctuation) is no space ("宣" + "言します").
     */
    private static boolean brokenWithoutSpaces(String line, String next) {
        return !line.isEmpty()
                && !next.isEmpty()
                && writtenWithoutSpaces(line.codePointBefore(line.length()))
                && writtenWithoutSpaces(next.codePointAt(0));
    }

    private static boolean writtenWithoutSpaces(int codePoint) {
        return UnspacedScript.contains(codePoint)
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.KATAKANA
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    /** Whether {@code next} goes on with a web address {@code line} ends with, broken where it has no hyphen. */
    private static boolean continuesUrl(String line, String next) {
        Matcher url = BROKEN_URL.matcher(line);
        if (!url.find()) {
            return false;
        }
        return (url.group(1).equals(".") ? URL_REST_AFTER_DOT : URL_REST_AFTER_SLASH)
                .matcher(next)
                .find();
    }

    private boolean breaksParagraph(PageLine previous, PageLine line, float left, float right) {
        if (!sameSize(previous, line) || BULLET.matcher(line.text()).matches()) {
            return true;
        }
        float em = line.fontSize();
        boolean sentenceEnded = SENTENCE_END.matcher(previous.text()).matches()
                && !(QUOTED_WORD_END.matcher(previous.text()).matches() && previous.endX() >= right - 2 * em);
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
