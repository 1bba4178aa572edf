package studybot.section.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text longer than a page into pages a reader can follow: between paragraphs where possible, else between
 * sentences, else between words, and only as a last resort inside a word. A page never exceeds the page size, which
 * the renderer's limit dictates (an embed description holds 4096 characters).
 *
 * <p>Pages are consecutive slices of the text: joined, they are the text again. A page keeps the blank line or
 * space it was cut at, so a renderer should strip it.
 */
public final class SectionPager {

    public static final int DEFAULT_PAGE_SIZE = 3000;
    /** Small enough for tests, large enough that a surrogate pair or an escape never has to be split. */
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
        while (text.length() - start > pageSize) {
            int end = cut(text, start);
            pages.add(text.substring(start, end));
            start = end;
        }
        pages.add(text.substring(start));
        return List.copyOf(pages);
    }

    /** Where the page starting at {@code start} ends: after the last best boundary that fits, or at the limit. */
    private int cut(String text, int start) {
        int limit = start + pageSize;
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

    /** The limit itself, moved back so it splits neither a surrogate pair nor a backslash escape. */
    private static int insideWord(String text, int limit) {
        int end = limit;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int backslashes = 0;
        while (backslashes < end && text.charAt(end - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1 ? end - 1 : end;
    }
}
