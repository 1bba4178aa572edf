package studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.BookIndex;
import studybot.library.Section;

/**
 * Cuts a section into passages, what both the passage BM25 and the embedding model read: the title alone, then the
 * body's paragraphs merged in order up to about {@value #WORDS} words, each passage led by the title. A paragraph is a
 * unit of thought, so passages rarely cut one in two; a paragraph longer than a passage is cut at sentence ends. A
 * section scores by its best passages, so one on-topic paragraph finds it and a long section no longer wins a question
 * because its many words happen to hold the question's.
 */
final class PassageSplitter {

    /** Words a passage grows to: a few sentences, well inside what the model reads (256 tokens). */
    static final int WORDS = 120;
    /** A passage never grows past this many characters, however long its words (code, URLs). */
    static final int MAX_CHARACTERS = 900;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** After . ! ? … (and a closing quote or bracket). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][”’\")\\]]?)\\s+");

    private static final Pattern WORD = Pattern.compile("\\S+");

    List<Passage> passages(int ordinal, Section section) {
        List<Passage> passages = new ArrayList<>();
        String title = section.title();
        passages.add(new Passage(ordinal, 0, title));
        String body = section.body();
        int start = -1;
        int end = 0;
        int words = 0;
        for (int[] piece : pieces(body)) {
            int pieceWords = words(body, piece[0], piece[1]);
            boolean full = words + pieceWords > WORDS || piece[1] - start > MAX_CHARACTERS;
            if (start >= 0 && full) {
                passages.add(new Passage(ordinal, start, title + ". " + body.substring(start, end)));
                start = -1;
                words = 0;
            }
            if (start < 0) {
                start = piece[0];
            }
            end = piece[1];
            words += pieceWords;
        }
        if (start >= 0) {
            passages.add(new Passage(ordinal, start, title + ". " + body.substring(start, end)));
        }
        return passages;
    }

    /**
     * The terms the book's own index points at the section with, as one passage led by the title, for passage BM25
     * alone: the words a reader looks a topic up by ("deadlock", "wraparound"), which its prose may not repeat.
     */
    Optional<Passage> indexTerms(int ordinal, Section section, BookIndex index) {
        List<String> terms = index.termsOf(section.number());
        return terms.isEmpty()
                ? Optional.empty()
                : Optional.of(new Passage(ordinal, 0, section.title() + ". " + String.join("; ", terms)));
    }

    /** The body's paragraphs as [start, end) ranges, a long one cut into sentence runs that fit a passage. */
    private static List<int[]> pieces(String body) {
        List<int[]> pieces = new ArrayList<>();
        int from = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(body);
        while (from < body.length()) {
            int to = breaks.find(from) ? breaks.start() : body.length();
            int next = to == body.length() ? to : breaks.end();
            cut(body, from, to, pieces);
            from = next;
        }
        return pieces;
    }

    /** A paragraph as it is if it fits, else runs of whole sentences that fit, else hard cuts. */
    private static void cut(String body, int from, int to, List<int[]> pieces) {
        if (from >= to) {
            return;
        }
        if (words(body, from, to) <= WORDS && to - from <= MAX_CHARACTERS) {
            pieces.add(new int[] {from, to});
            return;
        }
        Matcher ends = SENTENCE_END.matcher(body).region(from, to);
        int sentence = from;
        while (sentence < to) {
            int stop = ends.find() ? ends.start() : to;
            int next = stop == to ? to : ends.end();
            for (int at = sentence; at < stop; at += MAX_CHARACTERS) {
                pieces.add(new int[] {at, Math.min(stop, at + MAX_CHARACTERS)});
            }
            sentence = next;
        }
    }

    private static int words(String text, int from, int to) {
        Matcher words = WORD.matcher(text).region(from, to);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }
}
