package studybot.library.imports.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a heading that pandoc wrapped inside a raw HTML tag back on one line before CommonMark reads the page.
 * {@code pandoc -f html -t gfm} keeps a heading's raw HTML (Sphinx's section number {@code <span>}, a link in the
 * title, the "¶" permalink {@code <a class="headerlink">}) and wraps it at its line width like prose, so the heading's
 * line ends inside a tag; CommonMark ends an ATX heading at its line, so the title kept the half tag as words ("4.1 if
 * Statements&lt;a href=…") and the rest of the tag was read as a paragraph ({@code title="Permalink to this
 * heading">¶}). A heading line that ends inside a tag takes the lines after it up to the one that closes the tag (at
 * most {@value #MAX_JOINED}, none blank, a fence or a heading); one whose tag no such line closes stays as it is.
 * Fenced code is not touched.
 */
final class WrappedHeadings {

    /** The most lines joined onto one heading: pandoc wraps a Sphinx heading over two to four. */
    static final int MAX_JOINED = 20;

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s|$)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).*?\\1");
    /** A tag begun and not ended at the end of the text: {@code <a href="#x" class="headerlink"}. */
    private static final Pattern OPEN_TAG_AT_END = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?$");

    private WrappedHeadings() {}

    /** {@code markdown} with each wrapped heading on one line, joined with spaces. */
    static String join(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.find()) {
                String marks = fenceLine.group(1);
                if (fence == null) {
                    fence = marks;
                } else if (marks.charAt(0) == fence.charAt(0) && marks.length() >= fence.length()) {
                    fence = null;
                }
            }
            int end = fence == null && ATX_HEADING.matcher(line).find() ? closingLine(lines, i) : i;
            out.add(end == i ? line : joined(lines, i, end));
            i = end;
        }
        return String.join("\n", out);
    }

    /** The line that closes the tag heading line {@code start} ends inside of; {@code start} itself when none does. */
    private static int closingLine(String[] lines, int start) {
        StringBuilder heading = new StringBuilder(lines[start]);
        for (int next = start + 1; endsInsideTag(heading) && next <= start + MAX_JOINED; next++) {
            if (next >= lines.length
                    || lines[next].isBlank()
                    || FENCE.matcher(lines[next]).find()
                    || ATX_HEADING.matcher(lines[next]).find()) {
                return start;
            }
            heading.append(' ').append(lines[next].strip());
            if (!endsInsideTag(heading)) {
                return next;
            }
        }
        return start;
    }

    private static boolean endsInsideTag(CharSequence heading) {
        return OPEN_TAG_AT_END
                .matcher(CODE_SPAN.matcher(heading).replaceAll(""))
                .find();
    }

    private static String joined(String[] lines, int start, int end) {
        StringBuilder heading = new StringBuilder(lines[start]);
        for (int i = start + 1; i <= end; i++) {
            heading.append(' ').append(lines[i].strip());
        }
        return heading.toString();
    }
}
