package studybot.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.reply.Text;

/**
 * Splits text longer than a page into pages a reader can follow: between paragraphs where possible, else between
 * sentences or lines, else between words, and only as a last resort inside a word. A page never exceeds the page size,
 * which the renderer's limit dictates (an embed description holds 4096 characters), counted as
 * {@link Text#renderedLengthBound}: as long as any renderer may make it once it has escaped what needs escaping, plus
 * the markers around each bold run ({@code **…**} on Discord).
 *
 * <p>The text holds plain and bold runs and code listings only (a section's body). Pages are consecutive slices of it
 * without the whitespace they were cut at: joined with that whitespace, they are the text again. A bold run or a
 * listing cut by a page break is bold, or a listing, on both pages.
 */
public final class SectionPager {

    public static final int DEFAULT_PAGE_SIZE = 3000;
    /** Small enough for tests, large enough that a surrogate pair never has to be split. */
    public static final int MIN_PAGE_SIZE = 16;
    /** What a bold run adds when rendered, at most: {@code **} before and after it. */
    static final int BOLD_MARKERS = 4;
    /** What a code listing adds when rendered, at most: a fence line before and after it. */
    static final int CODE_MARKERS = 8;

    private static final List<Pattern> BOUNDARIES_BEST_FIRST = List.of(
            Pattern.compile("\\n[ \\t]*\\n\\s*"),
            Pattern.compile("(?<=[.!?…])[\"'’”)\\]]*\\s+|\\n\\s*"),
            Pattern.compile("\\s+"));

    private final int pageSize;

    public SectionPager(int pageSize) {
        if (pageSize < MIN_PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds at least " + MIN_PAGE_SIZE + " characters: " + pageSize);
        }
        this.pageSize = pageSize;
    }

    public SectionPager() {
        this(DEFAULT_PAGE_SIZE);
    }

    public int pageSize() {
        return pageSize;
    }

    /**
     * The pages of {@code text}, at least one (an empty text is one empty page).
     *
     * @throws IllegalArgumentException if the text holds anything but plain and bold runs and code listings
     */
    public List<Text> pages(Text text) {
        Runs runs = Runs.of(text);
        String flat = runs.text();
        List<Text> pages = new ArrayList<>();
        int start = 0;
        for (int limit = limit(runs, start); limit < flat.length(); limit = limit(runs, start)) {
            int end = cut(flat, start, limit);
            pages.add(runs.slice(start, end));
            start = end;
        }
        pages.add(runs.slice(start, flat.length()));
        return List.copyOf(pages);
    }

    /** Where a page starting at {@code start} must end at the latest: where its rendered length reaches the size. */
    private int limit(Runs runs, int start) {
        String text = runs.text();
        int length = 0;
        for (int i = start; i < text.length(); i++) {
            length += Text.renderedLengthBound(text.substring(i, i + 1));
            if (runs.kind(i) != Runs.PLAIN && (i == start || runs.kind(i - 1) != runs.kind(i))) {
                length += runs.kind(i) == Runs.BOLD ? BOLD_MARKERS : CODE_MARKERS;
            }
            if (length > pageSize) {
                return i;
            }
        }
        return text.length();
    }

    /** Where the page starting at {@code start} ends: after the last best boundary before {@code limit}, or there. */
    private static int cut(String text, int start, int limit) {
        for (Pattern boundary : BOUNDARIES_BEST_FIRST) {
            Matcher matcher = boundary.matcher(text).region(start, limit).useTransparentBounds(true);
            int end = -1;
            while (matcher.find()) {
                if (matcher.end() > start) {
                    end = matcher.end();
                }
            }
            if (end > start) {
                return end;
            }
        }
        return insideWord(text, limit);
    }

    /** The limit itself, moved back so it does not split a surrogate pair. */
    private static int insideWord(String text, int limit) {
        boolean splitsPair =
                Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1));
        return splitsPair ? limit - 1 : limit;
    }

    /** The text's characters, and which of them are bold or in a code listing. */
    private record Runs(String text, byte[] kindAt) {

        static final byte PLAIN = 0;
        static final byte BOLD = 1;
        static final byte CODE = 2;

        static Runs of(Text text) {
            StringBuilder flat = new StringBuilder();
            List<int[]> marked = new ArrayList<>();
            for (Text.Span span : text.spans()) {
                if (span instanceof Text.Plain plain) {
                    flat.append(plain.text());
                } else if (span instanceof Text.Strong strong) {
                    marked.add(new int[] {
                        flat.length(), flat.length() + strong.text().length(), BOLD
                    });
                    flat.append(strong.text());
                } else if (span instanceof Text.CodeBlock code) {
                    marked.add(new int[] {
                        flat.length(), flat.length() + code.text().length(), CODE
                    });
                    flat.append(code.text());
                } else {
                    throw new IllegalArgumentException("a page holds plain and bold text and code only, not " + span);
                }
            }
            byte[] kindAt = new byte[flat.length()];
            marked.forEach(run -> Arrays.fill(kindAt, run[0], run[1], (byte) run[2]));
            return new Runs(flat.toString(), kindAt);
        }

        byte kind(int i) {
            return kindAt[i];
        }

        /** {@code [start, end)} without whitespace at either end, each run as the text has it. */
        Text slice(int start, int end) {
            while (start < end && Character.isWhitespace(text.charAt(start)) && kindAt[start] != CODE) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1)) && kindAt[end - 1] != CODE) {
                end--;
            }
            Text.Builder page = Text.builder();
            int run = start;
            for (int i = start; i <= end; i++) {
                if (i == end || i > run && kindAt[i] != kindAt[run]) {
                    String words = text.substring(run, i);
                    if (!words.isEmpty()) {
                        if (kindAt[run] == BOLD) {
                            page.strong(words);
                        } else if (kindAt[run] == CODE) {
                            page.codeBlock(words);
                        } else {
                            page.plain(words);
                        }
                    }
                    run = i;
                }
            }
            return page.build();
        }
    }
}
