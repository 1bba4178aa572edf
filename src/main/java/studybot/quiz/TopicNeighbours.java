package studybot.quiz;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import studybot.library.Library;
import studybot.library.Section;

/**
 * Which of the book's terms it discusses in the same chapters. Nearness in meaning, as a sentence-embedding model sees
 * single words, follows everyday English: "crate" is near "box" and "game", "scope" near "design" and "development"; in
 * the book a crate is discussed beside packages and modules, and a box in another chapter. A distractor the book never
 * discusses where it discusses the answer is a word no student of that part would put in the sentence.
 */
final class TopicNeighbours {

    /** The share of chapters two terms must have in common (cosine of their chapter sets) to be neighbours. */
    static final double MIN_SHARED = 0.45;
    /** Fewer chapters than this tell no topics apart (a short book discusses everything in one or two): no check. */
    static final int MIN_CHAPTERS = 8;

    /** How many letters of a word's start {@link #wordStarts} keeps: the most a term's starts need. */
    private static final int START = 5;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** No terms known: every two are neighbours. For a deck drawn without meanings, where the order is not used. */
    static final TopicNeighbours NONE = new TopicNeighbours(Map.of());

    private final Map<String, BitSet> chapters;

    private TopicNeighbours(Map<String, BitSet> chapters) {
        this.chapters = Map.copyOf(chapters);
    }

    /** The chapters each term (in lower case) is mentioned in, in any form ({@link Blanks#forms}). */
    static TopicNeighbours of(Library library, List<String> terms) {
        Map<Integer, StringBuilder> chapters = new TreeMap<>();
        for (Section section : library.sections()) {
            chapters.computeIfAbsent(section.number().chapter(), chapter -> new StringBuilder())
                    .append(String.join("\n", section.paragraphs()))
                    .append('\n');
        }
        if (chapters.size() < MIN_CHAPTERS) {
            return NONE;
        }
        List<String> texts =
                chapters.values().stream().map(StringBuilder::toString).toList();
        Map<String, BitSet> wordStarts = wordStarts(texts);
        Map<String, BitSet> mentioned = new HashMap<>();
        terms.parallelStream()
                .map(term -> Map.entry(term, mentioning(term, texts, wordStarts)))
                .toList()
                .forEach(entry -> mentioned.put(entry.getKey(), entry.getValue()));
        return new TopicNeighbours(mentioned);
    }

    /**
     * The chapters where some word starts with each start of one to {@value #START} letters or digits: a term's forms
     * are looked for only in the chapters where a word starts as one of them does, not in every chapter's text.
     */
    private static Map<String, BitSet> wordStarts(List<String> texts) {
        Map<String, BitSet> starts = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            for (String word : NOT_WORD.split(texts.get(i).toLowerCase(Locale.ROOT))) {
                for (int length = 1; length <= Math.min(START, word.length()); length++) {
                    starts.computeIfAbsent(word.substring(0, length), start -> new BitSet())
                            .set(i);
                }
            }
        }
        return starts;
    }

    private static BitSet mentioning(String term, List<String> texts, Map<String, BitSet> wordStarts) {
        BitSet candidates = new BitSet(texts.size());
        for (String start : Blanks.formStarts(term.toLowerCase(Locale.ROOT))) {
            String leading = NOT_WORD.split(start, 2)[0];
            if (leading.isEmpty()) {
                candidates.set(0, texts.size());
                break;
            }
            BitSet chapters = wordStarts.get(leading.substring(0, Math.min(START, leading.length())));
            if (chapters != null) {
                candidates.or(chapters);
            }
        }
        Predicate<String> forms = Blanks.forms(term);
        BitSet found = new BitSet(texts.size());
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (forms.test(texts.get(i))) {
                found.set(i);
            }
        }
        return found;
    }

    /** Whether the book discusses the two terms in enough of the same chapters; true when either is unknown. */
    boolean neighbours(String one, String other) {
        BitSet a = chapters.get(one.toLowerCase(Locale.ROOT));
        BitSet b = chapters.get(other.toLowerCase(Locale.ROOT));
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        BitSet shared = (BitSet) a.clone();
        shared.and(b);
        return shared.cardinality() >= MIN_SHARED * Math.sqrt((double) a.cardinality() * b.cardinality());
    }
}
