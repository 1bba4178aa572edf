package studybot.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the text of one seed file into sections. A heading is a line {@code CHAPTER.SECTION Title} standing between
 * blank lines (or the file's edges); its body runs to the next heading, paragraphs kept. A framed marker line such as
 * {@code — joke —} ends the section it follows, and whatever comes after it until the next heading is not the book:
 * those lines are skipped with a log line naming them, never turned into a section. A line of punctuation alone
 * ({@code ...}, or a list of operators such as {@code + - * /}) is such a marker only where no text follows it before
 * the next heading; inside a section it is part of the body.
 */
public final class SeedParser {

    private static final Logger LOG = LoggerFactory.getLogger(SeedParser.class);
    private static final Pattern HEADING = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})[ \\t]+(\\S.{0,199}?)(?<!\\.)\\s*");
    private static final Pattern FRAMED_MARKER = Pattern.compile("[—–-]+\\s.*\\s[—–-]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\s…—–]+");

    /**
     * @param file named in sections' origins and in log lines
     * @param text the file's whole text, any BOM already removed; LF or CRLF
     */
    public List<Section> parse(Path file, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Section> sections = new ArrayList<>();
        SectionDraft draft = null;
        int skippedFrom = -1;
        boolean[] textAhead = textAhead(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher heading = HEADING.matcher(line);
            boolean standsAlone =
                    (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
            if (heading.matches() && standsAlone) {
                reportSkipped(file, skippedFrom, i);
                skippedFrom = -1;
                if (draft != null) {
                    sections.add(draft.toSection());
                }
                SectionNumber number =
                        new SectionNumber(Integer.parseInt(heading.group(1)), Integer.parseInt(heading.group(2)));
                draft = new SectionDraft(number, heading.group(3), new SourceLine(file, i + 1));
            } else if (skippedFrom >= 0 || line.isBlank()) {
                if (draft != null) {
                    draft.endParagraph();
                }
            } else if (draft != null && !isMarker(line, textAhead[i])) {
                draft.addLine(line);
            } else {
                if (draft != null) {
                    sections.add(draft.toSection());
                    draft = null;
                }
                skippedFrom = i;
            }
        }
        if (draft != null) {
            sections.add(draft.toSection());
        }
        reportSkipped(file, skippedFrom, lines.length);
        return sections;
    }

    /**
     * For each line, whether body text follows it before the next heading or the file's end; one backward pass, so a
     * file of many punctuation lines is still read in linear time.
     */
    private static boolean[] textAhead(String[] lines) {
        boolean[] ahead = new boolean[lines.length];
        for (int i = lines.length - 2; i >= 0; i--) {
            int next = i + 1;
            String following = lines[next].strip();
            if (isHeading(lines, next)) {
                ahead[i] = false;
            } else if (!following.isEmpty()
                    && !PUNCTUATION.matcher(following).matches()
                    && !FRAMED_MARKER.matcher(following).matches()) {
                ahead[i] = true;
            } else {
                ahead[i] = ahead[next];
            }
        }
        return ahead;
    }

    private static boolean isHeading(String[] lines, int i) {
        boolean standsAlone = (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
        return standsAlone && HEADING.matcher(lines[i]).matches();
    }

    /** Whether line {@code i} ends the section: a framed marker, or punctuation with no text after it. */
    private static boolean isMarker(String line, boolean textAhead) {
        String stripped = line.strip();
        return FRAMED_MARKER.matcher(stripped).matches()
                || PUNCTUATION.matcher(stripped).matches() && !textAhead;
    }

    private static void reportSkipped(Path file, int from, int to) {
        if (from >= 0) {
            LOG.info(
                    "Skipped lines {}-{} of {}: they follow an end marker or come before the first heading, outside"
                            + " any section",
                    from + 1,
                    to,
                    file);
        }
    }

    /** A section while its lines are still being read. */
    private static final class SectionDraft {
        private final SectionNumber number;
        private final String title;
        private final SourceLine origin;
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();

        SectionDraft(SectionNumber number, String title, SourceLine origin) {
            this.number = number;
            this.title = title;
            this.origin = origin;
        }

        void addLine(String line) {
            if (paragraph.length() > 0) {
                paragraph.append('\n');
            }
            paragraph.append(line.stripTrailing());
        }

        void endParagraph() {
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }

        Section toSection() {
            endParagraph();
            return new Section(number, title, paragraphs, origin);
        }
    }
}
