package studybot.section.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.reply.Text;

/**
 * Splits text longer than a page into pages a reader can follow: between paragraphs where possible, else between
 * sentences, else between words, and only as a last resort inside a word. A page never exceeds the page size, which
 * the renderer's limit dictates (an embed description holds 4096 characters), counted as
 * {@link Text#renderedLengthBound}: as long as any renderer may make it once it has escaped what needs escaping.
 *
 * <p>Pages are consecutive slices of the text: joined, they are the text again. A page keeps the blank line or
 * space it was cut at, so a renderer should strip it.
 */
public final class SectionPager {

    public static final int DEFAULT_PAGE_SIZE = 3000;
    /** Small enough for tests, large enough that a surrogate pair never has to be split. */
    public static final int MIN_PAGE_SIZE = 16;

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

    /** The pages of {@code text}, at least one (an empty text is one empty page). */
    public List<String> pages(String text) {
        List<String> pages = new ArrayList<>();
        int start = 0;
        for (int limit = limit(text, start); limit < text.length(); limit = limit(text, start)) {
            int end = cut(text, start, limit);
            pages.add(text.substring(start, end));
            start = end;
        }
        pages.add(text.substring(start));
        return List.copyOf(pages);
    }

    /** Where a page starting at {@code start} must end at the latest: where its rendered length reaches the size. */
    private int limit(String text, int start) {
        int length = 0;
        for (int i = start; i < text.length(); i++) {
            length += Text.renderedLengthBound(text.substring(i, i + 1));
            if (length > pageSize) {
                return i;
            }
        }
        return text.length();
    }

    /** Where the page starting at {@code start} ends: after the last best boundary before {@code limit}, or there. */
    private int cut(String text, int start, int limit) {
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
        boolean splitsPair = Character.isLowSurrogate(text.charAt(limit))
                && Character.isHighSurrogate(text.charAt(limit - 1));
        return splitsPair ? limit - 1 : limit;
    }
}
