package studybot.library.imports.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes pandoc's extensions to Markdown out of a page before CommonMark reads it, keeping the text: {@code pandoc -t
 * markdown} (its default) writes attributes after spans, links, code spans and headings ({@code [match]{.xref .std}},
 * {@code # Title {#id}}) and wraps blocks in fenced divs ({@code ::: {.highlight-python3}} … {@code :::}), which
 * CommonMark would read as words: titles read "match{.xref …} Statements", and an indented code block right after a
 * div's opening line is a paragraph's continuation, so code read as prose. commonmark-java has no extension for either,
 * so this pre-pass, line by line:
 *
 * <ul>
 *   <li>a div's fence line ({@code :::} with or without attributes or a class) becomes a blank line, its content stays
 *       (a {@code highlight-*} div's code block is a code block again);
 *   <li>a bracketed span {@code [text]{attributes}} becomes its text (a span may hold a link, and spans nest), and an
 *       attribute block after a link, an image, a code span or at the end of a heading is dropped;
 *   <li>a definition of a definition list ({@code : text}, its further paragraphs indented by four) becomes its
 *       paragraphs, so they are not read as indented code;
 *   <li>a raw block ({@code ```{=html}} … {@code ```}) loses its fences: raw HTML is then left out and reported as any
 *       raw HTML is; a raw block for another format ({@code {=latex}}) is dropped.
 * </ul>
 *
 * Fenced code, indented code and the inside of code spans are never touched; an indented code block is written out
 * fenced, with the same lines.
 */
final class PandocMarkup {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern RAW_BLOCK = Pattern.compile("^\\s*\\{\\s*=([\\w-]+)\\s*\\}\\s*$");
    private static final Pattern DIV_FENCE =
            Pattern.compile("^\\s*:{3,}\\s*(?:\\{[^}]*\\}|[\\w-]+)?\\s*(?::{3,}\\s*)?$");
    /** The start of a definition in pandoc's definition lists: a colon or tilde, then the definition's first line. */
    private static final Pattern DEFINITION = Pattern.compile("^[:~] {1,3}(?=\\S)");

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)", Pattern.DOTALL);

    /** One attribute: {@code #id}, {@code .class} or {@code key=value} ({@code =html} for a raw span). */
    private static final String ATTRIBUTE = "(?:[#.][^\\s{}#.][^\\s{}]*|[\\w:-]+=(?:\"[^\"]*\"|[^\\s{}\"]+)|=[\\w-]+)";

    private static final String ATTRIBUTES = "\\{\\s*" + ATTRIBUTE + "(?:\\s+" + ATTRIBUTE + ")*\\s*\\}";
    /**
     * A bracketed span with attributes. Plain characters are taken in runs and nothing is given back (possessive), so a
     * span of a whole long paragraph, as pandoc writes texinfo's, is matched without a stack frame per character;
     * giving back could not make a match anyway, since only an escaped or a link's bracket may stand inside.
     */
    private static final Pattern SPAN =
            Pattern.compile("\\[((?:\\\\.|\\[[^\\[\\]]*\\]\\([^()\\s]*\\)|[^\\[\\]\\\\]++)*+)\\]" + ATTRIBUTES);

    private static final Pattern AFTER_LINK_OR_CODE = Pattern.compile("(?<=[)`\\u0000])" + ATTRIBUTES);
    private static final Pattern HEADING_ATTRIBUTES =
            Pattern.compile("(?m)^(\\s{0,3}#{1,6}\\s.*?)\\s*" + ATTRIBUTES + "\\s*$");
    private static final char CODE_MARK = '\u0000';

    private PandocMarkup() {}

    /** {@code markdown} without pandoc's attributes, div fences and raw blocks. */
    static String strip(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        IndentedCode code = new IndentedCode();
        String fence = null;
        boolean rawBlock = false;
        boolean rawHtml = false;
        boolean previousBlank = true;
        boolean inList = false;
        boolean inDefinition = false;
        for (String given : lines) {
            String line = given;
            if (DEFINITION.matcher(line).find()) {
                inDefinition = true;
                line = DEFINITION.matcher(line).replaceFirst("");
            } else if (inDefinition && !line.isBlank()) {
                if (indentOf(line) >= 4) {
                    line = IndentedCode.dropIndent(line, 4);
                } else {
                    inDefinition = false;
                }
            }
            if (fence != null) {
                if (line.strip().startsWith(fence)
                        && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                    if (rawBlock) {
                        rawBlock = false;
                        continue;
                    }
                }
                if (!rawBlock || rawHtml) {
                    out.add(line);
                }
                continue;
            }
            int indent = indentOf(line);
            if (code.isOpen() && (line.isBlank() || indent >= code.indent)) {
                code.add(line);
                continue;
            }
            code.closeInto(out);
            Matcher opening = FENCE.matcher(line);
            if (opening.matches()) {
                flush(prose, out);
                fence = opening.group(1);
                Matcher raw = RAW_BLOCK.matcher(opening.group(2));
                rawBlock = raw.matches();
                rawHtml = rawBlock && raw.group(1).equalsIgnoreCase("html");
                if (!rawBlock) {
                    out.add(line);
                }
                previousBlank = false;
                continue;
            }
            if (line.isBlank()) {
                flush(prose, out);
                out.add(line);
                previousBlank = true;
                continue;
            }
            if (previousBlank && indent >= (inList ? 8 : 4)) {
                flush(prose, out);
                code.open(inList ? 8 : 4);
                code.add(line);
                continue;
            }
            if (DIV_FENCE.matcher(line).matches()) {
                flush(prose, out);
                out.add("");
                previousBlank = true;
                continue;
            }
            if (LIST_ITEM.matcher(line).find()) {
                inList = true;
            } else if (indent == 0 && previousBlank) {
                inList = false;
            }
            prose.append(line).append('\n');
            previousBlank = false;
        }
        code.closeInto(out);
        flush(prose, out);
        return String.join("\n", out);
    }

    /**
     * An indented code block, written out fenced: two of them that only a div's fences kept apart would otherwise run
     * together once the fences are blank lines.
     */
    private static final class IndentedCode {
        private final List<String> lines = new ArrayList<>();
        private int indent;

        boolean isOpen() {
            return !lines.isEmpty();
        }

        void open(int indent) {
            this.indent = indent;
        }

        void add(String line) {
            lines.add(line);
        }

        void closeInto(List<String> out) {
            if (lines.isEmpty()) {
                return;
            }
            int last = lines.size();
            while (lines.get(last - 1).isBlank()) {
                last--;
            }
            String margin = " ".repeat(indent - 4);
            String fence = margin + "~".repeat(Math.max(3, longestTildeRun(lines) + 1));
            out.add(fence);
            for (String line : lines.subList(0, last)) {
                out.add(line.isBlank() ? "" : margin + dropIndent(line, indent));
            }
            out.add(fence);
            out.addAll(lines.subList(last, lines.size()));
            lines.clear();
        }

        private static int longestTildeRun(List<String> lines) {
            int longest = 0;
            for (String line : lines) {
                int run = 0;
                for (int i = 0; i < line.length(); i++) {
                    run = line.charAt(i) == '~' ? run + 1 : 0;
                    longest = Math.max(longest, run);
                }
            }
            return longest;
        }

        /**
         * {@code line} without its first {@code columns} columns of indentation (a tab counts to the next stop of 4).
         */
        static String dropIndent(String line, int columns) {
            int column = 0;
            int i = 0;
            while (i < line.length() && column < columns) {
                char c = line.charAt(i);
                if (c == ' ') {
                    column++;
                } else if (c == '\t') {
                    column += 4 - column % 4;
                } else {
                    break;
                }
                i++;
            }
            return " ".repeat(Math.max(0, column - columns)) + line.substring(i);
        }
    }

    /** Adds the lines of prose gathered so far, without their attributes; a paragraph's attributes may span lines. */
    private static void flush(StringBuilder prose, List<String> out) {
        if (prose.length() == 0) {
            return;
        }
        String text = prose.substring(0, prose.length() - 1);
        prose.setLength(0);
        List<String> codeSpans = new ArrayList<>();
        Matcher spans = CODE_SPAN.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (spans.find()) {
            codeSpans.add(spans.group());
            spans.appendReplacement(masked, String.valueOf(CODE_MARK));
        }
        spans.appendTail(masked);
        String plain = masked.toString();
        for (String before = ""; !before.equals(plain); ) {
            before = plain;
            plain = AFTER_LINK_OR_CODE.matcher(plain).replaceAll("");
            plain = SPAN.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        }
        plain = HEADING_ATTRIBUTES.matcher(plain).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        StringBuilder restored = new StringBuilder();
        int next = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == CODE_MARK && next < codeSpans.size()) {
                restored.append(codeSpans.get(next++));
            } else {
                restored.append(c);
            }
        }
        out.add(restored.toString());
    }

    private static int indentOf(String line) {
        int indent = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                indent++;
            } else if (c == '\t') {
                indent += 4 - indent % 4;
            } else {
                break;
            }
        }
        return indent;
    }
}
