package studybot.library.imports.pdf;

import java.util.Collection;
import java.util.TreeSet;

/** Pages named the way a reader counts them, from 1, with runs shortened: "pages 3, 5, 9–12". */
final class PageRanges {

    private PageRanges() {}

    /** The pages given from 0, described from 1. */
    static String describe(Collection<Integer> pages) {
        TreeSet<Integer> sorted = new TreeSet<>(pages);
        if (sorted.size() == 1) {
            return "page " + (sorted.first() + 1);
        }
        StringBuilder text = new StringBuilder("pages ");
        Integer runStart = null;
        Integer previous = null;
        for (int page : sorted) {
            if (previous != null && page == previous + 1) {
                previous = page;
                continue;
            }
            appendRun(text, runStart, previous);
            runStart = page;
            previous = page;
        }
        appendRun(text, runStart, previous);
        return text.toString();
    }

    private static void appendRun(StringBuilder text, Integer start, Integer end) {
        if (start == null) {
            return;
        }
        if (text.length() > "pages ".length()) {
            text.append(", ");
        }
        text.append(start + 1);
        if (end > start) {
            text.append('–').append(end + 1);
        }
    }
}
