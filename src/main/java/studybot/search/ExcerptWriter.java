package studybot.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studybot.facts.SubHeading;
import studybot.reply.Text;

/**
 * Writes the short quote a search hit shows: about {@code length} characters of the book around the best spot, whole
 * words only, {@code …} where the book goes on, matched words emphasised, as structured {@link Text} (the renderer
 * escapes the book's own characters). "Best" is the window showing the most different query words, then the most
 * matches, then the earliest; it starts at the body's beginning when the matches are near it, else at the start of the
 * sentence holding the first match (or a little before the match in a very long sentence).
 *
 * <p>A quote never runs across a sub-heading that the seed format flattened into a paragraph: the body is read as the
 * stretches between its sub-headings, and each window lies inside one of them, so no heading is glued to the text
 * around it.
 */
final class ExcerptWriter {

    private static final String ELLIPSIS = "…";
    /** Context kept before the first match when no sentence starts shortly before it. */
    private static final int LEAD = 40;
    /** How far back from a match a sentence may start for the excerpt to begin there. */
    private static final int SENTENCE_REACH = 90;
    /** How far a cut moves to fall between words before it gives up and cuts the (very long) word. */
    private static final int WORD_REACH = 30;
    /** A title-only hit still quotes at least this much of the body's opening under the title. */
    private static final int MIN_OPENING = 80;

    private static final String DANGLING_PUNCTUATION = ",;:—–-(";

    private final int length;

    /** @param length the excerpt's target length in characters of book text */
    ExcerptWriter(int length) {
        this.length = length;
    }

    /**
     * The excerpt for a hit. When only the title matched, the body has nothing to point at, so the excerpt is the title
     * with its matched words emphasised, then a line with the body's opening.
     *
     * @param headings where the body's flattened sub-headings are, in order
     */
    Text forHit(MatchedText title, MatchedText body, List<SubHeading> headings) {
        if (body.matched() || !title.matched()) {
            return excerpt(body, headings);
        }
        String titleText = title.text();
        Text heading = render(titleText, new Window(0, titleText.length()), title);
        int openingLength = Math.max(MIN_OPENING, length - titleText.length());
        Text opening = render(body.text(), windowFrom(body.text(), 0, openingLength, headings), body);
        return opening.isEmpty() ? heading : heading.append(Text.plain("\n")).append(opening);
    }

    /** About {@code length} characters of the text from {@code start}: the passage a search by meaning found. */
    Text from(String text, int start, List<SubHeading> headings) {
        return render(text, windowFrom(text, start, length, headings), MatchedText.unmatched(text));
    }

    /** The best window of the text, or its opening when nothing in it matched. */
    Text excerpt(MatchedText text, List<SubHeading> headings) {
        Scored best = null;
        for (Window stretch : stretches(text.text(), headings)) {
            Scored candidate =
                    bestWindow(text.within(stretch.start(), stretch.end())).shifted(stretch.start());
            if (best == null || candidate.beats(best)) {
                best = candidate;
            }
        }
        return best == null ? Text.empty() : render(text.text(), best.window(), text);
    }

    /**
     * About {@code size} characters from {@code start}, inside the stretch between sub-headings that holds it (or the
     * next stretch, if {@code start} is inside a heading).
     */
    private static Window windowFrom(String text, int start, int size, List<SubHeading> headings) {
        for (Window stretch : stretches(text, headings)) {
            if (start < stretch.end()) {
                int from = Math.max(start, stretch.start());
                String part = text.substring(stretch.start(), stretch.end());
                return window(part, from - stretch.start(), size, from - stretch.start())
                        .shifted(stretch.start());
            }
        }
        return new Window(text.length(), text.length());
    }

    /** The stretches of the text between its sub-headings, in order; the whole text when it has none. */
    private static List<Window> stretches(String text, List<SubHeading> headings) {
        List<Window> stretches = new ArrayList<>(headings.size() + 1);
        int at = 0;
        for (SubHeading heading : headings) {
            if (heading.start() > at) {
                stretches.add(new Window(at, heading.start()));
            }
            at = Math.max(at, heading.end());
        }
        if (at < text.length() || stretches.isEmpty()) {
            stretches.add(new Window(at, Math.max(at, text.length())));
        }
        return stretches;
    }

    /**
     * Tries a window at each match and keeps the best. Matches are in text order and a window is about {@code length}
     * characters, so each window's matches are found by a binary search and a short scan: the work grows with the
     * number of matches, not with its square.
     */
    private Scored bestWindow(MatchedText matched) {
        String text = matched.text();
        if (!matched.matched()) {
            return new Scored(window(text, 0, length, text.length()), 0, 0);
        }
        List<MatchSpan> matches = matched.matches();
        Window best = null;
        int bestDistinct = -1;
        int bestCount = -1;
        int previousStart = -1;
        Set<String> terms = new HashSet<>();
        for (MatchSpan anchor : matches) {
            int start = Math.min(startBefore(text, anchor.start()), Math.max(0, text.length() - length));
            if (start == previousStart) {
                continue;
            }
            previousStart = start;
            Window candidate = window(text, start, length, anchor.start());
            terms.clear();
            int count = 0;
            for (int i = firstAtOrAfter(matches, candidate.start()); i < matches.size(); i++) {
                MatchSpan match = matches.get(i);
                if (match.start() >= candidate.end()) {
                    break;
                }
                if (candidate.holds(match)) {
                    terms.add(match.term());
                    count++;
                }
            }
            if (terms.size() > bestDistinct || (terms.size() == bestDistinct && count > bestCount)) {
                best = candidate;
                bestDistinct = terms.size();
                bestCount = count;
            }
        }
        return new Scored(best, bestDistinct, bestCount);
    }

    /** The index of the first match starting at or after {@code position}. */
    private static int firstAtOrAfter(List<MatchSpan> matches, int position) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (matches.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Where to begin so that a match at {@code matchStart} reads well. */
    private int startBefore(String text, int matchStart) {
        if (matchStart <= length * 2 / 3) {
            return 0;
        }
        for (int p = matchStart; p >= Math.max(1, matchStart - SENTENCE_REACH); p--) {
            if (isSentenceStart(text, p)) {
                return p;
            }
        }
        return matchStart - LEAD;
    }

    private static boolean isSentenceStart(String text, int p) {
        if (Character.isWhitespace(text.charAt(p)) || !Character.isWhitespace(text.charAt(p - 1))) {
            return false;
        }
        int q = p - 1;
        int newlines = 0;
        while (q >= 0 && Character.isWhitespace(text.charAt(q)) && newlines < 2 && p - q <= SENTENCE_REACH) {
            if (text.charAt(q) == '\n') {
                newlines++;
            }
            q--;
        }
        if (q < 0 || newlines >= 2 || Character.isWhitespace(text.charAt(q))) {
            return true;
        }
        char last = text.charAt(q);
        if ("\"'”’)".indexOf(last) >= 0 && q > 0) {
            last = text.charAt(q - 1);
        }
        return ".!?…".indexOf(last) >= 0;
    }

    /**
     * A window of about {@code size} characters from {@code start}, both ends moved onto word boundaries. The start
     * moves forward past a cut word unless that would pass {@code keep}, the match it must show.
     */
    private static Window window(String text, int start, int size, int keep) {
        int n = text.length();
        int from = Math.max(0, Math.min(start, n));
        if (cutsWord(text, from)) {
            int forward = from;
            int reach = Math.min(n, keep + 1);
            while (forward < reach && !Character.isWhitespace(text.charAt(forward))) {
                forward++;
            }
            if (forward <= keep) {
                from = forward;
            } else {
                from = wordStart(text, from);
            }
        }
        while (from < n && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = Math.min(n, from + size);
        if (cutsWord(text, to)) {
            int back = to;
            while (back > from && !Character.isWhitespace(text.charAt(back - 1)) && to - back < WORD_REACH) {
                back--;
            }
            if (back > from && Character.isWhitespace(text.charAt(back - 1))) {
                to = back;
            }
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Window(from, to);
    }

    private static boolean cutsWord(String text, int at) {
        return at > 0
                && at < text.length()
                && !Character.isWhitespace(text.charAt(at - 1))
                && !Character.isWhitespace(text.charAt(at));
    }

    private static int wordStart(String text, int at) {
        int back = at;
        while (back > 0 && !Character.isWhitespace(text.charAt(back - 1)) && at - back < WORD_REACH) {
            back--;
        }
        return back == 0 || Character.isWhitespace(text.charAt(back - 1)) ? back : at;
    }

    private static Text render(String text, Window window, MatchedText matched) {
        int start = window.start();
        int end = window.end();
        boolean cutAtStart = !isBlank(text, 0, start);
        boolean cutAtEnd = !isBlank(text, end, text.length());
        if (cutAtEnd) {
            while (end > start
                    && (DANGLING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0
                            || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
        }
        if (start >= end) {
            return Text.empty();
        }
        Text.Builder out = Text.builder();
        if (cutAtStart) {
            out.plain(ELLIPSIS);
        }
        int written = start;
        int boldFrom = -1;
        for (MatchSpan match : matched.matches()) {
            if (match.start() < written || match.start() < start || match.end() > end) {
                continue;
            }
            if (boldFrom >= 0 && match.start() > written) {
                out.strong(oneLine(text, boldFrom, written));
                boldFrom = -1;
            }
            if (boldFrom < 0) {
                out.plain(oneLine(text, written, match.start()));
                boldFrom = match.start();
            }
            written = match.end();
        }
        if (boldFrom >= 0) {
            out.strong(oneLine(text, boldFrom, written));
        }
        out.plain(oneLine(text, written, end));
        if (cutAtEnd) {
            out.plain(ELLIPSIS);
        }
        return out.build();
    }

    /** {@code text[from, to)} with every run of whitespace made one space: an excerpt shows its passage on one line. */
    private static String oneLine(String text, int from, int to) {
        StringBuilder line = new StringBuilder(to - from);
        boolean inWhitespace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inWhitespace) {
                    line.append(' ');
                }
                inWhitespace = true;
            } else {
                line.append(c);
                inWhitespace = false;
            }
        }
        return line.toString();
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [start, end)} of a text. */
    private record Window(int start, int end) {

        boolean holds(MatchSpan match) {
            return match.start() >= start && match.end() <= end;
        }

        Window shifted(int by) {
            return new Window(start + by, end + by);
        }
    }

    /** A window with how many different query words, and how many matches, it shows. */
    private record Scored(Window window, int distinct, int count) {

        Scored shifted(int by) {
            return new Scored(window.shifted(by), distinct, count);
        }

        /** More different words, else more matches; on a tie the earlier window (the one already kept) stays. */
        boolean beats(Scored other) {
            return distinct > other.distinct || (distinct == other.distinct && count > other.count);
        }
    }
}
