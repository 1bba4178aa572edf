package studybot.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import studybot.library.Section;

/**
 * Finds sections by the words of their titles, the way people remember them: any case, a word's start ({@code repl}),
 * or with a slip of the keyboard ({@code replicaton}). Built once per library; the title words are folded up front so a
 * query only compares short strings.
 */
final class TitleIndex {

    private static final Set<String> FILLER = Set.of(
            "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "vs", "or", "is", "how", "what", "about",
            "section", "chapter");
    private static final int EXACT = 4;
    private static final int PREFIX = 3;
    private static final int TYPO = 2;
    private static final int TYPO_IN_PREFIX = 1;
    private static final int MIN_PREFIX = 2;
    private static final int MIN_TYPO_PREFIX = 5;

    private final List<Entry> entries;

    /** @param sections in book order, which breaks ties between equally good matches */
    TitleIndex(List<Section> sections) {
        this.entries = sections.stream()
                .map(section -> new Entry(section, List.copyOf(new LinkedHashSet<>(FoldedWords.of(section.title())))))
                .toList();
    }

    /**
     * The sections whose titles match the most of {@code words}, and at least half of them, best first. Filler words
     * ("the", "and") only count when the query is nothing else.
     */
    List<Section> matches(List<String> words) {
        List<String> meaningful =
                words.stream().filter(word -> !FILLER.contains(word)).toList();
        List<String> query = meaningful.isEmpty() ? words : meaningful;
        List<Match> found = new ArrayList<>();
        for (Entry entry : entries) {
            int matched = 0;
            int score = 0;
            for (String word : query) {
                int best = entry.words.stream()
                        .mapToInt(titleWord -> score(word, titleWord))
                        .max()
                        .orElse(0);
                if (best > 0) {
                    matched++;
                    score += best;
                }
            }
            if (matched > 0) {
                found.add(new Match(entry.section, matched, score));
            }
        }
        int mostMatched = found.stream().mapToInt(Match::matched).max().orElse(0);
        if (2 * mostMatched < query.size()) {
            return List.of();
        }
        return found.stream()
                .filter(match -> match.matched == mostMatched)
                .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(match -> match.section.number()))
                .map(Match::section)
                .toList();
    }

    private static int score(String typed, String titleWord) {
        if (typed.equals(titleWord)) {
            return EXACT;
        }
        if (typed.length() >= MIN_PREFIX && titleWord.startsWith(typed)) {
            return PREFIX;
        }
        int slips = allowedSlips(typed);
        if (slips == 0) {
            return 0;
        }
        if (EditDistance.within(typed, titleWord, slips) <= slips) {
            return TYPO;
        }
        if (typed.length() >= MIN_TYPO_PREFIX
                && titleWord.length() > typed.length()
                && EditDistance.within(typed, titleWord.substring(0, typed.length()), 1) <= 1) {
            return TYPO_IN_PREFIX;
        }
        return 0;
    }

    private static int allowedSlips(String typed) {
        if (typed.length() < 4) {
            return 0;
        }
        return typed.length() < 10 ? 1 : 2;
    }

    private record Entry(Section section, List<String> words) {}

    private record Match(Section section, int matched, int score) {}
}
