package studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studybot.library.Section;

/**
 * Cuts a section into what the embedding model reads: its title alone, then its body in passages of
 * {@value #SENTENCES} sentences, each led by the title. A small model reads a few sentences well and a whole
 * section badly, and a section scores by its best passage, so one on-topic paragraph is enough to find it.
 */
final class PassageSplitter {

    static final int SENTENCES = 3;
    /** A passage never grows past this many characters, however long its sentences (the model cuts at 256 tokens). */
    static final int MAX_CHARACTERS = 700;
    /** After . ! ? … (and a closing quote or bracket), or at a paragraph break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][”’\")\\]]?)\\s+|\\n\\s*\\n\\s*");

    List<Passage> passages(int ordinal, Section section) {
        List<Passage> passages = new ArrayList<>();
        String title = section.title();
        passages.add(new Passage(ordinal, 0, title));
        String body = section.body();
        List<Integer> starts = sentenceStarts(body);
        for (int i = 0; i < starts.size(); i += SENTENCES) {
            int start = starts.get(i);
            int end = i + SENTENCES < starts.size() ? starts.get(i + SENTENCES) : body.length();
            end = Math.min(end, start + MAX_CHARACTERS);
            String sentences = body.substring(start, end).strip();
            if (!sentences.isEmpty()) {
                passages.add(new Passage(ordinal, start, title + ". " + sentences));
            }
        }
        return passages;
    }

    /**
     * Where each sentence starts. Bounded in a body without sentence ends: a run longer than a passage is cut into
     * passage-sized pieces, so a huge section gives many passages rather than one the model would truncate.
     */
    private static List<Integer> sentenceStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        int previous = 0;
        starts.add(0);
        Matcher matcher = SENTENCE_END.matcher(body);
        while (matcher.find()) {
            if (matcher.end() >= body.length()) {
                break;
            }
            addPieces(starts, previous, matcher.end());
            previous = matcher.end();
        }
        addPieces(starts, previous, body.length());
        starts.remove(starts.size() - 1);
        return starts;
    }

    private static void addPieces(List<Integer> starts, int from, int to) {
        for (int cut = from + MAX_CHARACTERS; cut < to; cut += MAX_CHARACTERS) {
            starts.add(cut);
        }
        starts.add(to);
    }
}
