package studybot.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studybot.library.Block;
import studybot.library.UnspacedScript;
import studybot.reply.Text;

/**
 * Writes the short quote a search hit shows: about {@code length} characters of the book around the best spot, whole
 * words only, {@code …} where the book goes on, matched words emphasised (overlapping matches, such as the character
 * pairs a Japanese or Chinese word is searched by, as one run), as structured {@link Text} (the renderer escapes the
 * book's own characters). "Best" is the window showing the most different query words, then the most matches, then the
 * earliest; it starts at the body's beginning when the matches are near it, else at the start of the sentence holding
 * the first match (or a little before the match in a very long sentence).
 *
 * <p>A quote never runs across a sub-heading that the seed format flattened into a paragraph, nor from prose into a
 * code listing: the text is read as {@link TextStretch stretches} (prose between listings and sub-headings, then each
 * listing, table and image), and each window lies inside one of them. Prose that matched is quoted before anything
 * else; a hit matched only in a listing shows the matched lines as code, where bold cannot mark words but the lines say
 * why the section was found.
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
    /** The most lines of a code listing an excerpt shows. */
    private static final int MAX_CODE_LINES = 4;

    private static final String DANGLING_PUNCTUATION = ",;:—–-(";
    private static final String FULL_WIDTH_SENTENCE_ENDS = "。！？";

    private final int length;

    /** @param length the excerpt's target length in characters of book text */
    ExcerptWriter(int length) {
        this.length = length;
    }

    /**
     * The excerpt for a hit. When only the title matched, the body has nothing to point at, so the excerpt is the title
     * with its matched words emphasised, then a line with the body's opening.
     *
     * @param stretches the parts of the body that may be quoted, as {@link TextStretch#of} finds them
     */
    Text forHit(MatchedText title, MatchedText body, List<TextStretch> stretches) {
        if (body.matched() || !title.matched()) {
            return excerpt(body, stretches);
        }
        String titleText = title.text();
        Text heading = render(titleText, new Window(0, titleText.length()), title);
        int openingLength = Math.max(MIN_OPENING, length - titleText.length());
        Text opening = render(body.text(), windowFrom(body.text(), 0, openingLength, stretches), body);
        return opening.isEmpty() ? heading : heading.append(Text.plain("\n")).append(opening);
    }

    /**
     * About {@code length} characters of the prose from {@code start}: the passage a search by meaning found. The text
     * is the section's prose, so only the prose stretches apply.
     */
    Text from(String text, int start, List<TextStretch> stretches) {
        return render(text, windowFrom(text, start, length, stretches), MatchedText.unmatched(text));
    }

    /**
     * The best window of the text's prose, else the best lines of a listing that matched, else the prose's opening when
     * nothing matched.
     */
    Text excerpt(MatchedText text, List<TextStretch> stretches) {
        Quote best = null;
        for (TextStretch stretch : stretches) {
            MatchedText part = text.within(stretch.start(), stretch.end());
            Scored scored = stretch.kind() == Block.Kind.CODE ? bestLines(part) : bestWindow(part);
            Quote candidate = new Quote(stretch, scored.shifted(stretch.start()));
            if (best == null || candidate.beats(best)) {
                best = candidate;
            }
        }
        if (best == null) {
            return Text.empty();
        }
        Window window = best.scored().window();
        return best.stretch().kind() == Block.Kind.CODE
                ? renderCode(text.text(), window)
                : render(text.text(), window, text);
    }

    /**
     * About {@code size} characters from {@code start}, inside the stretch of prose that holds it (or the next one, if
     * {@code start} is inside a sub-heading or a gap between stretches).
     */
    private static Window windowFrom(String text, int start, int size, List<TextStretch> stretches) {
        for (TextStretch stretch : stretches) {
            if (stretch.isProse() && start < stretch.end()) {
                int from = Math.max(start, stretch.start());
                String part = text.substring(stretch.start(), stretch.end());
                return window(part, from - stretch.start(), size, from - stretch.start())
                        .shifted(stretch.start());
            }
        }
        return new Window(text.length(), text.length());
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
        Scored best = null;
        int previousStart = -1;
        Set<String> terms = new HashSet<>();
        for (MatchSpan anchor : matches) {
            int start = Math.min(startBefore(text, anchor.start()), Math.max(0, text.length() - length));
            if (start == previousStart) {
                continue;
            }
            previousStart = start;
            Scored candidate = scored(window(text, start, length, anchor.start()), matches, terms);
            if (best == null || candidate.beats(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The lines of a listing to quote: from a line holding a match, the lines that follow up to a blank line, up to
     * {@value #MAX_CODE_LINES} lines and about {@code length} characters; the run showing the most different query
     * words, then the most matches, then the earliest. The listing's opening when nothing in it matched.
     */
    private Scored bestLines(MatchedText listing) {
        String text = listing.text();
        List<MatchSpan> matches = listing.matches();
        if (matches.isEmpty()) {
            return new Scored(linesFrom(text, 0), 0, 0);
        }
        Scored best = null;
        int previousStart = -1;
        Set<String> terms = new HashSet<>();
        for (MatchSpan anchor : matches) {
            int start = text.lastIndexOf('\n', anchor.start() - 1) + 1;
            if (start == previousStart) {
                continue;
            }
            previousStart = start;
            Scored candidate = scored(linesFrom(text, start), matches, terms);
            if (best == null || candidate.beats(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /** The lines from the one starting at {@code start}, as many as {@link #bestLines} quotes. */
    private Window linesFrom(String text, int start) {
        int end = start;
        int next = start;
        for (int lines = 0; lines < MAX_CODE_LINES && next <= text.length(); lines++) {
            int lineEnd = text.indexOf('\n', next);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lines > 0 && (isBlank(text, next, lineEnd) || lineEnd - start > length)) {
                break;
            }
            end = lineEnd;
            next = lineEnd + 1;
        }
        return new Window(start, end);
    }

    /**
     * How many different query words, and how many matches, the window shows. Matches are in text order, so they are
     * found by a binary search and a short scan; {@code terms} is scratch space, reused across calls.
     */
    private static Scored scored(Window window, List<MatchSpan> matches, Set<String> terms) {
        terms.clear();
        int count = 0;
        for (int i = firstAtOrAfter(matches, window.start()); i < matches.size(); i++) {
            MatchSpan match = matches.get(i);
            if (match.start() >= window.end()) {
                break;
            }
            if (window.holds(match)) {
                terms.add(match.term());
                count++;
            }
        }
        return new Scored(window, terms.size(), count);
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

    /**
     * Whether a sentence starts at {@code p}: after a full stop and a space, or a paragraph break, or right after the
     * full stop Japanese and Chinese end a sentence with and follow with no space ({@code 。}, {@code ！}, {@code ？}).
     */
    private static boolean isSentenceStart(String text, int p) {
        if (Character.isWhitespace(text.charAt(p))) {
            return false;
        }
        if (FULL_WIDTH_SENTENCE_ENDS.indexOf(text.charAt(p - 1)) >= 0) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(p - 1))) {
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
            while (forward < reach && cutsWord(text, forward)) {
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
            while (back > from && cutsWord(text, back) && to - back < WORD_REACH) {
                back--;
            }
            if (back > from && !cutsWord(text, back)) {
                to = back;
            }
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Window(from, to);
    }

    /**
     * Whether a cut at {@code at} would fall inside a word. Japanese and Chinese run their words together without
     * spaces, so a cut next to one of their characters falls between words (never between a surrogate pair's halves).
     */
    private static boolean cutsWord(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        if (Character.isWhitespace(text.charAt(at - 1)) || Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            return true;
        }
        return !UnspacedScript.contains(text.codePointBefore(at)) && !UnspacedScript.contains(text.codePointAt(at));
    }

    private static int wordStart(String text, int at) {
        int back = at;
        while (back > 0 && cutsWord(text, back) && at - back < WORD_REACH) {
            back--;
        }
        return cutsWord(text, back) ? at : back;
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
            if (match.start() < start || match.end() > end || match.end() <= written) {
                continue;
            }
            if (match.start() < written) {
                written = match.end();
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

    /**
     * The lines of a listing as a code block, without the indentation they share, cut with {@code …} if a single line
     * is longer than an excerpt.
     */
    private Text renderCode(String text, Window window) {
        List<String> lines =
                text.substring(window.start(), window.end()).lines().toList();
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(ExcerptWriter::indentation)
                .min()
                .orElse(0);
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            code.append(code.length() == 0 ? "" : "\n").append(line.substring(Math.min(indent, line.length())));
        }
        if (code.length() > length) {
            code.setLength(length);
            code.append(ELLIPSIS);
        }
        return code.toString().isBlank()
                ? Text.empty()
                : Text.builder().codeBlock(code.toString()).build();
    }

    private static int indentation(String line) {
        int at = 0;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
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

    /** The best window of one stretch, placed in the whole text. */
    private record Quote(TextStretch stretch, Scored scored) {

        /**
         * A stretch that matched beats one that did not; then prose beats listings, tables and images (the prose that
         * matched says more than the code it explains); then the better window; on a tie the earlier stays.
         */
        boolean beats(Quote other) {
            boolean matched = scored.distinct() > 0;
            if (matched != other.scored().distinct() > 0) {
                return matched;
            }
            if (stretch.isProse() != other.stretch().isProse()) {
                return stretch.isProse();
            }
            return scored.beats(other.scored());
        }
    }
}
