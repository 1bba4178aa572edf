package studybot.quiz;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
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
        Map<String, BitSet> mentioned = new HashMap<>();
        terms.parallelStream()
                .map(term -> Map.entry(term, mentioning(Blanks.forms(term), texts)))
                .toList()
                .forEach(entry -> mentioned.put(entry.getKey(), entry.getValue()));
        return new TopicNeighbours(mentioned);
    }

    private static BitSet mentioning(Predicate<String> forms, List<String> texts) {
        BitSet found = new BitSet(texts.size());
        for (int i = 0; i < texts.size(); i++) {
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
